import { fileURLToPath } from 'node:url';
import type { IO } from './io.js';
import { page } from './pager.js';
import { VERSION } from './version.js';

/** The real process behind the IO object; the only place that touches `process` for the commands. */
function processIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    ...(process.stdin.isTTY && process.stdout.isTTY ? { prompt: { input: process.stdin, output: process.stdout } } : {}),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    rows: process.stdout.isTTY ? process.stdout.rows : undefined,
    page: (text) => page(text, process.env.PAGER),
    cwd: process.cwd(),
    env: process.env,
    builtinGuideDir: fileURLToPath(new URL('../guide', import.meta.url)),
    builtinGuideIndex: fileURLToPath(new URL('./guide-index.json', import.meta.url)),
    now: () => new Date(),
  };
}

export async function main(): Promise<void> {
  // A reader that stops early (`careers read --all | head -1`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const argv = process.argv.slice(2);
  // Asked for by scripts and prompts more than anything else: answered before Commander is even loaded.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const { run } = await import('./cli.js');
  process.exitCode = await run(argv, processIO());
}
