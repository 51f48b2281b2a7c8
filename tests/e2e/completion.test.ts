import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, careers, careersOnPath, cleanEnv } from '../helpers/spawn-cli.js';
import { useTempFolders } from '../helpers/temp-folders.js';
import { TerminalSession } from '../helpers/tmux.js';

/** Completion in the real shells, `careers` on their PATH being the built CLI. The scripts' text is tested in-process in tests/commands/. */
const { tempDir, folder } = useTempFolders('complete');

const installed = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/**
 * A test that needs `shell`. Under CI (CI=true, where .ci/run installs the
 * shells) a missing shell fails the test; elsewhere it is skipped, saying so.
 */
function withShell(shell: 'zsh' | 'fish') {
  const skip = !installed(shell) && process.env.CI !== 'true';
  if (skip) console.warn(`${shell} is not installed here: its completion test is skipped (apt-get install ${shell}; under CI=true it fails instead)`);
  return (name: string, test: () => Promise<void> | void, timeout?: number) =>
    it.skipIf(skip)(
      `${shell}: ${name}`,
      async () => {
        expect(installed(shell), `${shell} must be installed (.ci/run installs it)`).toBe(true);
        await test();
      },
      timeout,
    );
}

describe('completion in bash', () => {
  it('completes topic ids from the guide with the printed script', () => {
    const script = careers(['completion', 'bash']).stdout;
    // Complete "careers read sk" with a `careers` on PATH that is the built binary.
    const run = spawnSync(
      'bash',
      ['-c', `careers() { node "${BIN}" "$@"; }; export -f careers; ${script}\nCOMP_WORDS=(careers read sk); COMP_CWORD=2; _careers; echo "\${COMPREPLY[@]}"`],
      {
        encoding: 'utf8',
        env: cleanEnv({ PATH: `${path.dirname(BIN)}:${process.env.PATH}` }),
      },
    );
    expect(run.stdout.trim().split(' ')).toContain('skills');
  });

  /** What bash's completion offers for each command line, in a folder holding notes.md and drafts/draft.md: one bash for them all. */
  const complete = (lines: string[][]) => {
    const script = careers(['completion', 'bash']).stdout;
    const cwd = folder({ 'notes.md': '# Notes\n', 'drafts/draft.md': '# Draft\n' });
    const calls = lines.map(
      (words) => `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _careers; echo "\${COMPREPLY[*]}"`,
    );
    const run = spawnSync('bash', ['-c', `careers() { node "${BIN}" "$@"; }; export -f careers; ${script}\n${calls.join('\n')}`], {
      cwd,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    return run.stdout
      .split('\n')
      .slice(0, lines.length)
      .map((line) => line.split(' ').filter(Boolean));
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

  it('completes topic ids in an interactive bash, and never runs what a guide folder or a candidate holds', async () => {
    const dir = tempDir();
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // A hostile guide folder: a tag that breaks the line and holds a command substitution.
    const hostile = path.join(dir, 'hostile');
    fs.mkdirSync(hostile);
    fs.writeFileSync(path.join(hostile, 'evil.md'), `---\ntitle: Evil\nsummary: s\ntags: ["x\\n$(touch ${dir}/PWNED1)\\tz"]\n---\nBody.\n`);
    // A `careers` whose candidates themselves are hostile, to hold the script to never evaluating them.
    fs.writeFileSync(
      path.join(bin, 'careers'),
      `#!/bin/sh\nif [ "$1 $2" = "completion --topics" ]; then "${process.execPath}" "${BIN}" "$@"; printf '%s\\n' '$(touch ${dir}/PWNED2)' '\`touch ${dir}/PWNED3\`'; exit 0; fi\nexec "${process.execPath}" "${BIN}" "$@"\n`,
      { mode: 0o755 },
    );
    const session = TerminalSession.interactiveShell('bash --norc --noprofile -i', dir, bin, {
      CAREERS_GUIDE: hostile,
      XDG_CACHE_HOME: path.join(dir, 'cache'),
    });
    try {
      session.send('source <(careers completion bash); echo sourced', 'Enter');
      await session.waitFor(/^sourced\n\$ $/m);
      session.send('careers read sk', 'Tab');
      await session.waitFor(/careers read skills/);
      session.send('C-u', 'careers read ', 'Tab', 'Tab');
      await session.waitFor(/research-engineering/);
      session.send('C-u', 'echo done', 'Enter');
      await session.waitFor(/^done$/m);
      for (const n of [1, 2, 3]) expect(fs.existsSync(path.join(dir, `PWNED${n}`)), `PWNED${n}`).toBe(false);
    } finally {
      session.close();
    }
  }, 30_000);
});

describe('completion in zsh and fish', () => {
  withShell('zsh')(
    'completes commands and topic ids in an interactive zsh, through bashcompinit',
    async () => {
      const dir = tempDir();
      const session = TerminalSession.interactiveShell('zsh -f -i', dir, careersOnPath(dir), { XDG_CACHE_HOME: path.join(dir, 'cache') });
      try {
        // As the script's own comment says to put in ~/.zshrc, after the completion system is loaded.
        session.send('autoload -U compinit && compinit -u && source <(careers completion zsh) && echo sourced', 'Enter');
        await session.waitFor(/^sourced\n\$ $/m);
        session.send('careers read sk', 'Tab');
        await session.waitFor(/careers read skills/);
        session.send('C-u', 'careers tim', 'Tab');
        await session.waitFor(/careers timeline/);
      } finally {
        session.close();
      }
    },
    30_000,
  );

  withShell('fish')("completes commands, topic ids and option values through fish's own completion", () => {
    const dir = tempDir();
    const script = path.join(dir, 'careers.fish');
    fs.writeFileSync(script, careers(['completion', 'fish']).stdout);
    const complete = (line: string) =>
      spawnSync('fish', ['--no-config', '-c', `source ${script}; complete -C ${JSON.stringify(line)}`], {
        encoding: 'utf8',
        env: cleanEnv({ PATH: `${careersOnPath(dir)}:${process.env.PATH}`, HOME: dir }),
      });
    const candidates = (line: string) =>
      complete(line)
        .stdout.split('\n')
        .map((c) => c.split('\t')[0]);
    expect(complete('careers re').status).toBe(0);
    expect(candidates('careers re')).toContain('read');
    expect(candidates('careers read sk')).toContain('skills');
    expect(candidates('careers completion ')).toEqual(expect.arrayContaining(['bash', 'zsh', 'fish']));
    expect(candidates('careers assess --format ')).toContain('json');
  });
});
