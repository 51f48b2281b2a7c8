import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { IO } from '../../src/terminal/io.js';
import { run } from '../../src/cli/run.js';

export const REPO_GUIDE = fileURLToPath(new URL('../../guide', import.meta.url));

export interface FakeIO extends IO {
  out(): string;
  err(): string;
}

/** An IO object that records what a command prints; a "terminal" by flag only. */
export function fakeIO(overrides: Partial<IO> = {}): FakeIO {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  const io = {
    stdout: { write: (s: string) => void (out += s) },
    stderr: { write: (s: string) => void (err += s) },
    stdin: () => stdin,
    prompt: () => undefined,
    stdoutIsTTY: false,
    columns: undefined,
    rows: undefined,
    cwd: process.cwd(),
    env: {},
    platform: 'linux',
    builtinGuideDir: REPO_GUIDE,
    now: () => new Date('2026-11-26T12:00:00Z'),
    out: () => out,
    err: () => err,
  };
  // By descriptor, so an override's getter stays a getter (a test can tell whether a command touched it).
  return Object.defineProperties(io, Object.getOwnPropertyDescriptors(overrides));
}

/** Runs the CLI in-process and returns its exit code and output. */
export async function runCli(argv: string[], overrides: Partial<IO> = {}) {
  const io = fakeIO(overrides);
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export const ANSI = /\u001B\[/;
