import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/spawn-cli.js';
import { TerminalSession, useTerminalSessions } from '../helpers/tmux.js';
import { useTempFolders } from '../helpers/temp-folders.js';

/**
 * A prompt that loses its terminal, or is ended from outside: the process
 * exits with the signal's code (129 hang-up, 130 SIGINT, 143 SIGTERM), with
 * no native crash, and leaves the terminal as it found it (echo on, cursor
 * shown). Run in tmux, waiting for screen text.
 */

const { tempDir } = useTempFolders('lost');
let dir = '';
beforeEach(() => {
  dir = tempDir();
});
// Registered after the folders' removal, so it runs first: the program is gone before its folder is.
const opened = useTerminalSessions();

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** What a crash of Node itself, or an uncaught error, prints. */
const CRASH = /Assertion failed|Native stack trace|Segmentation|Unhandled 'error' event|^\s+at /m;
const FIRST_QUESTION = { assess: /Where are you in your career\?|\? /, timeline: /What are you applying for\?/ };

/** Polls for a file another process writes, as the screen is polled: no fixed sleep. */
async function fileText(file: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file) || !fs.readFileSync(file, 'utf8').includes('\n')) {
    if (Date.now() > deadline) throw new Error(`${file} was never written`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return fs.readFileSync(file, 'utf8');
}

describe.each([
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)('a prompt ended by %s from outside', (signal, code) => {
  it.each(['timeline', 'assess'] as const)(`careers %s exits ${code} and leaves the terminal usable`, async (command) => {
    const session = opened(TerminalSession.start([command], { env: { CAREERS_HOME: path.join(dir, 'data') } }));
    await session.waitFor(FIRST_QUESTION[command]);
    process.kill(session.programPid(), signal);
    expect(await session.exitCode()).toBe(code);
    expect(session.cursorVisible()).toBe(true);
    // Raw mode is off: the terminal echoes what is typed again (the shell's sleep is reading nothing).
    session.send('typed-after-exit');
    await session.waitFor(/typed-after-exit/);
    expect(session.screen()).not.toMatch(CRASH);
  });
});

describe('a terminal closed during a prompt', () => {
  it.each(['timeline', 'assess'] as const)('careers %s exits 129 (hang-up) with no crash', async (command) => {
    const [codeFile, errFile] = [path.join(dir, 'code'), path.join(dir, 'stderr')];
    // The shell outlives the hang-up (its trap) to record the exit code; careers itself keeps the default.
    const line = `trap : HUP; ${quote(process.execPath)} ${quote(BIN)} ${command} 2>${quote(errFile)}; echo $? > ${quote(codeFile)}`;
    const session = opened(
      TerminalSession.shell(`sh -c ${quote(line)}`, { ...cleanEnv({ CAREERS_HOME: path.join(dir, 'data'), TERM: 'xterm-256color' }) } as Record<
        string,
        string
      >),
    );
    await session.waitFor(FIRST_QUESTION[command]);
    session.close(); // the window is closed: the terminal hangs up
    expect((await fileText(codeFile)).trim()).toBe('129');
    expect(fs.readFileSync(errFile, 'utf8')).not.toMatch(CRASH);
  });
});
