import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import type { IO } from '../../src/terminal/io.js';
import { run } from '../../src/cli/run.js';

export const REPO_GUIDE = fileURLToPath(new URL('../../guide', import.meta.url));

/** The guide and search caches of the in-process commands, shared by every test file of the run (see global-setup.ts). */
const CACHE = path.join(inject('cacheRoot'), 'source');
const PREBUILT = inject('prebuilt');
const WORKERS_DIR = inject('workersDir');

export interface FakeIO extends IO {
  out(): string;
  err(): string;
}

/**
 * An IO object that records what a command prints; a "terminal" by flag only.
 * The built-in guide comes with its cache and search index made beforehand,
 * from the sources, as the build makes them for the built CLI: without them
 * every command parsed the whole guide again (about 150 ms of a 10 ms command).
 */
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
    builtinGuideCache: PREBUILT.cache,
    builtinSearchIndex: PREBUILT.search,
    builtinGuideChecked: PREBUILT.checked,
    workersDir: WORKERS_DIR,
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

/**
 * A command line run in-process as tests/helpers/spawn-cli.ts runs it in a
 * process of its own: stdout piped, no terminal to ask questions on, `input`
 * (empty by default) on standard input, an environment of only a UTF-8
 * locale, the test cache folder and `env`. Today is the real date, as for
 * the built CLI. `stdoutAppends` says stdout is a file with text in it (`>> notes.md`).
 */
export function careers(args: string[], options: { env?: Record<string, string>; input?: string; cwd?: string; stdoutAppends?: boolean } = {}) {
  const stdin = new PassThrough();
  stdin.end(options.input ?? '');
  return runCli(args, {
    stdin: () => stdin,
    env: { LANG: 'C.UTF-8', XDG_CACHE_HOME: CACHE, ...options.env },
    now: () => new Date(),
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.stdoutAppends ? { stdoutAppends: true } : {}),
  });
}

export const ANSI = /\u001B\[/;
