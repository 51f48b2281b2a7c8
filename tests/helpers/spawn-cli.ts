import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const BIN = fileURLToPath(new URL('../../bin/careers.js', import.meta.url));

/**
 * Guide caches written by spawned commands go here, not into the home folder
 * of whoever runs the tests; apart from the in-process tests' caches, since
 * the built CLI and the sources are different builds, each with caches of its own.
 */
const CACHE = path.join(inject('cacheRoot'), 'built');

/**
 * A clean environment: no colour hints, custom guides or caches leak in from
 * the machine running the tests. SHLVL is there as in any shell's: a bash
 * started without it was seen to take 2-3 s longer to start node here.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, SHLVL: process.env.SHLVL ?? '1', LANG: 'C.UTF-8', XDG_CACHE_HOME: CACHE, ...extra };
}

/**
 * Spawns the built CLI with stdout piped (not a terminal), in a session of
 * its own (util-linux setsid), so it has no controlling terminal: run from a
 * developer's terminal it behaves as in CI, and a command that would ask
 * questions fails instead of waiting on /dev/tty.
 */
export function careers(args: string[], options: { env?: Record<string, string>; input?: string } = {}) {
  const result = spawnSync('setsid', ['--wait', process.execPath, BIN, ...args], {
    encoding: 'utf8',
    env: cleanEnv(options.env),
    input: options.input ?? '',
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A bash script run in `cwd` as a user types it, `careers` being the built
 * CLI, in a session of its own as `careers` above (no controlling terminal).
 */
export function careersShell(script: string, options: { cwd: string; env?: Record<string, string> }) {
  const result = spawnSync('setsid', ['--wait', 'bash', '-c', `careers() { "${process.execPath}" "${BIN}" "$@"; }\n${script}`], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: cleanEnv(options.env),
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes `dir`/bin hold a `careers` that is the built CLI, for a shell's PATH, and returns that folder. */
export function careersOnPath(dir: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'careers'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  return bin;
}
