import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ESCAPED_SECTION } from '../helpers/hostile.js';
import { careersInPty } from '../helpers/pty.js';
import { BIN, cleanEnv } from '../helpers/spawn-cli.js';

/**
 * Bad input that only a process of its own shows: escape sequences in a real
 * terminal, readers that stop early, an endless pipe, a descriptor limit.
 * The rest of the bad inputs are tested in-process in tests/commands/bad-inputs.test.ts.
 */

/** Any escape that is not an SGR colour code, or any other control but tab and newline: what styled output must never hold. */
const FOREIGN_ESCAPE = /\u001B(?!\[[0-9;]*m)|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F]/;

let root: string;
const at = (...parts: string[]) => path.join(root, ...parts);
const write = (file: string, content: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
};
const section = (title: string) => `---\ntitle: ${title}\nsummary: About ${title}\n---\nBody of ${title}.\n`;
const env = () => ({ CAREERS_HOME: at('home'), XDG_CACHE_HOME: at('cache') });

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-bad-'));
  write(
    at('answers.yaml'),
    'stage: industry\ntop_institution: false\nskills: { software: 4, ml: 1, research: 0, theory: 1 }\nnumerical: true\npublications: 0\nresearch_experience: none\ninterests: [implementation]\nphd: no\nregion: us\n',
  );
  write(at('escapes', 'esc.md'), ESCAPED_SECTION);
  write(at('escapes', 'bad\u001B[31mname.md'), section('Bad name'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('escape sequences in a guide never reach a real terminal', () => {
  it.each([
    ['list', ['list']],
    ['read', ['read', 'escaped', '--no-pager']],
    ['search', ['search', 'hostile']],
  ])('emits only colour codes: %s', (_, args) => {
    const { code, output } = careersInPty([...args, '--guide', at('escapes')], { env: env() });
    expect(code).toBe(0);
    expect(output).toMatch(/Escaped/);
    expect(output.replace(/\r/g, '')).not.toMatch(FOREIGN_ESCAPE);
  });
});

describe('pipes and terminals', () => {
  /** The shell idiom: `careers … | head -1`. Exit status of careers itself, its stderr, and the line head printed. */
  const headOne = (args: string[]) => {
    const script = `${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')} 2>"$ERR" | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const err = at(`stderr-${args[0]}-${Math.random().toString(36).slice(2)}`);
    const out = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...cleanEnv(env()), ERR: err } }).stdout;
    return { first: out.split('\n')[0], status: /status=(\d+)/.exec(out)?.[1], stderr: fs.readFileSync(err, 'utf8') };
  };

  it.each([
    ['read --all', ['read', '--all'], /^# /],
    ['list', ['list'], /^about\t/],
    ['search', ['search', 'research'], /^# Search: research$/],
    ['assess --format markdown', ['assess', '--answers', 'ANSWERS', '--no-save', '--format', 'markdown'], /^# My careers plan/],
  ])('%s | head -1 ends quietly with exit 0', (_, args, first) => {
    const result = headOne(args.map((a) => (a === 'ANSWERS' ? at('answers.yaml') : a)));
    expect(result).toEqual({ first: expect.stringMatching(first), status: '0', stderr: '' });
  });

  it('exits 0 with nothing on stderr when the reader is gone before the first write', async () => {
    const child = spawn(process.execPath, [BIN, 'read', '--all'], { env: cleanEnv(env()), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('does not prompt when there is no terminal to read answers from, even if stdout is one', () => {
    const { code, output } = careersInPty(['assess'], { env: env(), stdinFrom: '/dev/null', noControllingTerminal: true });
    expect(code).toBe(2);
    expect(output).toMatch(/assess asks its questions in a terminal; here, pass the answers with --answers FILE/);
    expect(output).toMatch(/careers assess --help lists the answer keys/);
  });

  it.each([
    ['that exits 1', 'false', /careers: the pager \(false\) failed: exit 1; --no-pager prints directly/],
    ['stopped by a signal', 'sh -c "kill -TERM $$"', /careers: the pager \(.*\) failed: (stopped by SIGTERM|exit 143); --no-pager prints directly/],
  ])('exits 1 with one line when the pager fails: one %s', (_, pager, message) => {
    const { code, output } = careersInPty(['read', '--all'], { env: { ...env(), PAGER: pager } });
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/^\s+at /m);
  });
});

describe('bad inputs that need a shell', () => {
  const bash = (script: string, extraEnv: Record<string, string> = {}) =>
    spawnSync('bash', ['-c', script], { encoding: 'utf8', env: cleanEnv({ ...env(), ...extraEnv }), timeout: 20_000 });
  const cli = `"${process.execPath}" "${BIN}"`;

  it('reads no more of an endless pipe than an answers file may hold', () => {
    const result = bash(`${cli} assess --answers <(yes) --no-save`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^careers: cannot read answers from \/dev\/fd\/\d+: file is too large/);
  });

  it('keeps no descriptor open longer than a read: fifty guide folders work under ulimit -n 64', () => {
    // 50 folders and 100 files, each more than the 64 descriptors allowed (it was 1,050 files: a cold cache for each cost seconds).
    const folders = Array.from({ length: 50 }, (_, i) => {
      const dir = at('guides', `many-${i}`);
      write(path.join(dir, 'good.md'), section('Still good'));
      write(path.join(dir, `s${i}.md`), section(`S ${i}`));
      return dir;
    });
    const result = bash(`ulimit -n 64; ${cli} list`, { CAREERS_GUIDE: folders.join(':'), XDG_CACHE_HOME: at('cache-many') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^s49\t/m);
  });
});
