import { spawnSync } from 'node:child_process';
import { BIN, cleanEnv } from './spawn-cli.js';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the built CLI with a real pseudo-terminal as stdin and stdout, using
 * util-linux `script`. The pty is sized with stty first, as a terminal would be.
 */
export function careersInPty(
  args: string[],
  options: { env?: Record<string, string>; columns?: number; stdinFrom?: string; noControllingTerminal?: boolean } = {},
) {
  // stdinFrom redirects stdin from a file (e.g. /dev/null): stdout stays a terminal, stdin does not.
  const redirect = options.stdinFrom ? ` < ${quote(options.stdinFrom)}` : '';
  // setsid starts a session with no controlling terminal: /dev/tty cannot be opened, though stdout is still the pty.
  const setsid = options.noControllingTerminal ? 'setsid --wait ' : '';
  const command = `stty cols ${options.columns ?? 80} rows 40; ${setsid}${quote(process.execPath)} ${quote(BIN)} ${args.map(quote).join(' ')}${redirect}`;
  const result = spawnSync('script', ['-qefc', command, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv({ TERM: 'xterm-256color', ...options.env }),
    timeout: 15_000,
  });
  return { code: result.status, output: result.stdout.replace(/\r\n/g, '\n') };
}
