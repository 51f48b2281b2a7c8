import { isatty } from 'node:tty';
import { fileURLToPath } from 'node:url';
import { run } from './cli.js';
import type { IO } from './io.js';
import { page } from './pager.js';

/**
 * The real process behind the IO object; the only place that touches
 * `process` for the commands. process.stdin is only touched when a command
 * reads it: creating the stream costs time that a lookup should not pay.
 */
function processIO(): IO {
  const stdinIsTTY = isatty(0);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    ...(stdinIsTTY && process.stdout.isTTY
      ? {
          get prompt() {
            return { input: process.stdin, output: process.stdout };
          },
        }
      : {}),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY,
    // Some pseudo-terminals report a size of 0: treat that as unknown, not as zero columns.
    columns: (process.stdout.isTTY && process.stdout.columns) || undefined,
    rows: (process.stdout.isTTY && process.stdout.rows) || undefined,
    page: (text) => page(text, process.env.PAGER),
    cwd: process.cwd(),
    env: process.env,
    builtinGuideDir: fileURLToPath(new URL('../guide', import.meta.url)),
    builtinGuideIndex: fileURLToPath(new URL('./guide-index.json', import.meta.url)),
    now: () => new Date(),
  };
}

export async function main(): Promise<void> {
  // A reader that stops early (`careers read --all | head -1`) is not an error;
  // any other failure to write (a full disk) is one line on stderr, not a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`careers: cannot write output: ${error.code ?? error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  process.exitCode = await run(process.argv.slice(2), processIO());
}
