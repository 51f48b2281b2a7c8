import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, careers, cleanEnv } from '../helpers/spawn-cli.js';
import { careersInPty } from '../helpers/pty.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('careers search', () => {
  it('ranks sections and prints the matching passages with their ids', () => {
    const { code, stdout } = careers(['search', 'GPA', '--format', 'text']);
    expect(code).toBe(0);
    const [first, passage] = stdout.split('\n');
    expect(first).toMatch(/^phd-process\s/);
    expect(passage).toMatch(/^ {2}.*3\.6/);
  });

  it('does not forgive typos in short words ("gpa" is not "gpu")', () => {
    const hits = JSON.parse(careers(['search', 'gpa', '--format', 'json']).stdout) as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).toEqual(['phd-process']);
  });

  it('matches prefixes and small typos', () => {
    expect(careers(['search', 'residenc']).stdout).toMatch(/^# Search: residenc\n/);
    expect(careers(['search', 'recomendation']).code).toBe(0);
  });

  it('prints JSON with ids, scores and passages', () => {
    const hits = JSON.parse(careers(['search', 'statement of purpose', '--format', 'json']).stdout) as Array<{ id: string; score: number; passages: string[] }>;
    expect(hits[0]?.id).toBe('statement-of-purpose');
    expect(hits[0]?.passages.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('exits 1 when nothing matches', () => {
    const { code, stderr } = careers(['search', 'xyzzyqwv']);
    expect(code).toBe(1);
    expect(stderr).toBe('careers: nothing in the guide matches "xyzzyqwv"; careers list shows every topic\n');
  });

  it('searches custom folders too', () => {
    expect(careers(['search', 'overriding', '--guide', fixture('custom-guide'), '--format', 'text']).stdout).toMatch(/^skills\s/);
  });
});

describe('careers list --tags', () => {
  it('prints every tag with its count', () => {
    const { stdout } = careers(['list', '--tags']);
    const rows = stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(3);
    for (const [tag, count] of rows) {
      expect(tag).toMatch(/^\S+$/);
      expect(Number(count)).toBeGreaterThan(0);
    }
  });
});

describe('careers validate', () => {
  it('passes the built-in guide', () => {
    const { code, stderr } = careers(['validate']);
    expect(stderr).toMatch(/sections? checked, no errors/);
    expect(code).toBe(0);
  });

  it('reports each broken file as file:line and exits 1; a note without a title is not broken', () => {
    const { code, stdout, stderr } = careers(['validate', fixture('broken-guide')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken-guide\/evil\.md:1: front-matter in "js" is not allowed/);
    expect(stdout).not.toMatch(/no-title\.md/);
    expect(stderr).toMatch(/^careers: 1 error in /);
  });

  it('holds a folder to the built-in schema with --strict: a section without a title fails', () => {
    const { code, stdout, stderr } = careers(['validate', '--strict', fixture('broken-guide')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken-guide\/evil\.md:1: front-matter in "js" is not allowed; only YAML is read/);
    expect(stdout).toMatch(/broken-guide\/no-title\.md:?\d*: missing required field "title"/);
    expect(stderr).toMatch(/^careers: 2 errors in /);
  });

  it('checks a custom folder against the built-in ids', () => {
    expect(careers(['validate', fixture('custom-guide')]).code).toBe(0);
  });

  it('checks the assessment data and role profiles a folder provides', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-validate-'));
    fs.mkdirSync(path.join(dir, 'assess'));
    fs.mkdirSync(path.join(dir, 'roles'));
    fs.writeFileSync(path.join(dir, 'assess', 'scoring.yaml'), 'fit: { strong: thirty, possible: 18 }\ncaveat: c\nrules: []\n');
    fs.writeFileSync(path.join(dir, 'roles', 'research-engineer.md'), '---\ntitle: Research engineer\nsummary: mine\nreplaces: research-engineer\nrole:\n  weights: { software: 3 }\n---\nbody\n');
    const { code, stdout } = careers(['validate', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    // Nested fields point at their own line, or at their nearest parent's when they are missing.
    expect(stdout).toMatch(/assess\/scoring\.yaml:1: fit\.strong: .*number/);
    expect(stdout).toMatch(/roles\/research-engineer\.md:5: role\.weights\.ml: is required/);
  });

  it('says so when the folder does not exist', () => {
    const { code, stderr } = careers(['validate', path.join(fixture('custom-guide'), 'nope')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a folder/);
  });
});

describe('careers completion', () => {
  it('prints a zsh script built on bash completion', () => {
    const script = careers(['completion', 'zsh']).stdout;
    expect(script).toContain('bashcompinit');
    expect(script).toContain('complete -F _careers careers');
  });

  it('prints a bash script that completes topic ids from the guide', () => {
    const script = careers(['completion', 'bash']).stdout;
    // Complete "careers read sk" with a `careers` on PATH that is the built binary.
    const bin = path.dirname(BIN);
    const run = spawnSync('bash', ['-c', `careers() { node "${BIN}" "$@"; }; export -f careers; ${script}\nCOMP_WORDS=(careers read sk); COMP_CWORD=2; _careers; echo "\${COMPREPLY[@]}"`], {
      encoding: 'utf8',
      env: cleanEnv({ PATH: `${bin}:${process.env.PATH}` }),
    });
    expect(run.stdout.trim().split(' ')).toContain('skills');
  });

  /** What bash's completion offers for each command line, in a folder holding notes.md and drafts/draft.md: one bash for them all. */
  const complete = (lines: string[][]) => {
    const script = careers(['completion', 'bash']).stdout;
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-complete-'));
    try {
      fs.writeFileSync(path.join(cwd, 'notes.md'), '# Notes\n');
      fs.mkdirSync(path.join(cwd, 'drafts'));
      fs.writeFileSync(path.join(cwd, 'drafts', 'draft.md'), '# Draft\n');
      const calls = lines.map((words) => `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _careers; echo "\${COMPREPLY[*]}"`);
      const run = spawnSync('bash', ['-c', `careers() { node "${BIN}" "$@"; }; export -f careers; ${script}\n${calls.join('\n')}`], { cwd, encoding: 'utf8', env: cleanEnv() });
      return run.stdout.split('\n').slice(0, lines.length).map((line) => line.split(' ').filter(Boolean));
    } finally {
      fs.rmSync(cwd, { recursive: true, force: true });
    }
  };

  it('completes file names for view and check wherever the file is on the line, and commands and topics after help', () => {
    const offered = complete([
      ['careers', 'view', 'no'],
      ['careers', 'view', '--width', '60', 'no'],
      ['careers', 'view', 'drafts/'],
      ['careers', 'check', 'sop', 'dr'],
      ['careers', 'check', 'sop', 'drafts/d'],
      ['careers', 'check', 's'],
      ['careers', 'help', 're'],
      ['careers', 'help', 'env'],
      ['careers', 'help', ''],
    ]);
    expect(offered.slice(0, 5)).toEqual([['notes.md'], ['notes.md'], ['drafts/draft.md'], ['drafts'], ['drafts/draft.md']]);
    // The kind comes first: no file names in its place.
    expect(offered[5]).toEqual(['sop']);
    expect(offered[6]).toEqual(['read']);
    expect(offered[7]).toEqual(['environment']);
    expect(offered[8]).toEqual(expect.arrayContaining(['assess', 'timeline', 'view', 'environment', 'data']));
  });

  it('prints a fish script', () => {
    expect(careers(['completion', 'fish']).stdout).toContain('complete -c careers -n __fish_use_subcommand -a read');
  });

  it('refuses an unknown shell with a usage error', () => {
    const { code, stderr } = careers(['completion', 'tcsh']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bash, zsh, fish/);
  });
});

describe('the pager', () => {
  it('pages long output in a terminal through $PAGER', () => {
    const { output } = careersInPty(['read', 'skills'], { env: { PAGER: 'sed -n 1p; echo PAGED' } });
    expect(output).toContain('PAGED');
  });

  it('is skipped with --no-pager and when piped', () => {
    expect(careersInPty(['read', 'skills', '--no-pager'], { env: { PAGER: 'echo PAGED' } }).output).not.toContain('PAGED');
    expect(careers(['read', 'skills', '--format', 'terminal'], { env: { PAGER: 'echo PAGED' } }).stdout).not.toContain('PAGED');
  });
});

describe('completion in a real interactive bash', () => {
  it('completes topic ids, and never runs what a guide folder or a candidate holds', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-complete-'));
    const { TerminalSession } = await import('../helpers/tmux.js');
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // A hostile guide folder: a tag that breaks the line and holds a command substitution.
    const hostile = path.join(dir, 'hostile');
    fs.mkdirSync(hostile);
    fs.writeFileSync(path.join(hostile, 'evil.md'), `---\ntitle: Evil\nsummary: s\ntags: ["x\\n$(touch ${dir}/PWNED1)\\tz"]\n---\nBody.\n`);
    // A `careers` whose candidates themselves are hostile, to hold the script to never evaluating them.
    fs.writeFileSync(path.join(bin, 'careers'), `#!/bin/sh\nif [ "$1 $2" = "completion --topics" ]; then "${process.execPath}" "${BIN}" "$@"; printf '%s\\n' '$(touch ${dir}/PWNED2)' '\`touch ${dir}/PWNED3\`'; exit 0; fi\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    const session = TerminalSession.shell('bash --norc --noprofile -i', { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, TERM: 'xterm-256color', PS1: '$ ', CAREERS_GUIDE: hostile, XDG_CACHE_HOME: path.join(dir, 'cache') });
    try {
      session.send('source <(careers completion bash)', 'Enter');
      await session.waitFor(/\$ $/m);
      session.send('careers read sk', 'Tab');
      await session.waitFor(/careers read skills/);
      session.send('C-u', 'careers read ', 'Tab', 'Tab');
      await session.waitFor(/research-engineering/);
      session.send('C-u', 'echo done', 'Enter');
      await session.waitFor(/^done$/m);
      for (const n of [1, 2, 3]) expect(fs.existsSync(path.join(dir, `PWNED${n}`)), `PWNED${n}`).toBe(false);
    } finally {
      session.close();
      // The shell may still be writing its cache as it is killed: removing the temp folder is best effort.
      await new Promise((resolve) => setTimeout(resolve, 200));
      try {
        fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
      } catch {
        // left in the temp folder
      }
    }
  }, 30_000);

  it.each(['zsh', 'fish'])('%s: tested where installed', (shell) => {
    const found = spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
    if (!found) console.log(`${shell} is not installed here: its completion script was not run (apt install ${shell} to run it)`);
    // Where the shell is installed, its script must at least parse.
    if (found) expect(spawnSync(shell, shell === 'fish' ? ['--no-execute', '-c', careers(['completion', 'fish']).stdout] : ['-n', '-c', careers(['completion', 'zsh']).stdout]).status).toBe(0);
  });
});
