import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, careers, cleanEnv } from '../helpers/spawn-cli.js';
import { careersInPty } from '../helpers/pty.js';

/**
 * What only the built CLI in a process of its own shows: the exit code
 * through the real main, a full disk, a real
 * terminal and its pager, and the launcher. Commands themselves are tested in-process in
 * tests/commands/.
 */
const ANSI = /\u001B\[/;

describe('the built binary', () => {
  it.each([
    [['read', 'sklls'], 1, /^careers: no topic "sklls"; did you mean skills\?\n$/],
    [['lsit'], 2, /unknown command 'lsit'[\s\S]*Did you mean list\?/],
  ])('careers %j exits %i with one clear message', (args, code, message) => {
    const result = careers(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  // A reader that stops early (`| head -1`) is in bad-inputs.test.ts, with the exit status of careers itself.
  it('prints a section piped', () => {
    const { code, stdout, stderr } = careers(['read', 'skills']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^# Skills within technical AI research\n/);
  });
});

describe('careers in a real terminal', () => {
  it('renders a section with styling instead of markdown', () => {
    const { code, output } = careersInPty(['read', 'skills', '--no-pager'], { columns: 72 });
    expect(code).toBe(0);
    expect(output).toMatch(ANSI);
    expect(output).not.toMatch(/^---/m);
    expect(output).not.toMatch(/\*\*/);
  });

  // An aligned list at a known width is tested in-process (tests/commands/read-list.test.ts).
  it('treats a terminal that reports 0 columns as unknown size, not as zero width, and shows an aligned list', () => {
    const { code, output } = careersInPty(['list'], { env: { NO_COLOR: '1' }, columns: 0 });
    expect(code).toBe(0);
    expect(output).toMatch(/^skills\s+Skills within technical AI research — /m);
    expect(output).not.toMatch(ANSI);
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

describe('a stdout that cannot be written', () => {
  it.each([[['list']], [['--version']]])('careers %j > /dev/full says so in one line and exits 1', (args) => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${args.join(' ')} > /dev/full`], { encoding: 'utf8', env: cleanEnv() });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('careers: cannot write output: ENOSPC\n');
  });
});

describe('the launcher', () => {
  it('prints the version', () => {
    const { code, stdout } = careers(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('says in one line how to build when dist/ is missing, but still knows its version', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-unbuilt-'));
    fs.cpSync(path.dirname(BIN), path.join(copy, 'bin'), { recursive: true });
    fs.copyFileSync(path.join(path.dirname(BIN), '..', 'package.json'), path.join(copy, 'package.json'));
    const run = (args: string[]) => spawnSync(process.execPath, [path.join(copy, 'bin', 'careers.js'), ...args], { encoding: 'utf8', env: cleanEnv() });
    const list = run(['list']);
    const version = run(['--version']);
    fs.rmSync(copy, { recursive: true, force: true });
    expect([list.status, list.stdout, list.stderr]).toEqual([1, '', 'careers: not built yet: run npm install (or npm run build) in the careers folder\n']);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
