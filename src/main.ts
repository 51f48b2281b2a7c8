import { join } from 'node:path';
import { run } from './cli/run.js';
import type { IO, Output } from './terminal/io.js';
import { isNonEmptyFile } from './terminal/append-output.js';
import { page } from './terminal/pager.js';
import { promptTerminal, type PromptTerminal } from './terminal/prompt-terminal.js';
import { localeIsAscii, toAscii } from './text/ascii.js';

/** A reader that stops early (`careers read --all | head -1`) is not an error; any other failure to write (a full disk) is one line, exit 1. */
function writeFailed(error: NodeJS.ErrnoException): never {
  if (error.code !== 'EPIPE') {
    try {
      process.stderr.write(`careers: cannot write output: ${error.code ?? error.message}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left to tell
    }
  }
  process.exit(error.code === 'EPIPE' ? 0 : 1);
}

/** The real process behind the IO object; the only place that touches `process` for the commands. */
function processIO(root: string): IO & { closePrompt(): void } {
  const stdoutIsTTY = process.stdout.isTTY === true;
  process.stdout.on('error', writeFailed);
  process.stderr.on('error', () => {}); // nowhere left to say it
  const ascii = localeIsAscii(process.env, process.platform);
  // Only what a terminal shows is made ASCII: a file gets the guide's text as it is.
  const forTerminal = (output: Output): Output => (ascii ? { write: (text) => output.write(toAscii(text)) } : output);
  let terminal: { found?: PromptTerminal } | undefined;
  return {
    stdout: stdoutIsTTY ? forTerminal(process.stdout) : process.stdout,
    stderr: process.stderr,
    stdin: () => process.stdin,
    prompt: () => (terminal ??= { found: promptTerminal(process.platform, ascii) }).found,
    closePrompt: () => terminal?.found?.close(),
    stdoutIsTTY,
    stdoutAppends: !stdoutIsTTY && isNonEmptyFile(1),
    // Some pseudo-terminals report a size of 0: treat that as unknown, not as zero columns.
    columns: (stdoutIsTTY && process.stdout.columns) || undefined,
    rows: (stdoutIsTTY && process.stdout.rows) || undefined,
    page: (text) => page(ascii ? toAscii(text) : text, process.env.PAGER),
    cwd: process.cwd(),
    env: process.env,
    platform: process.platform,
    builtinGuideDir: join(root, 'guide'),
    builtinGuideCache: join(root, 'dist', 'guide-cache.json'),
    builtinSearchIndex: join(root, 'dist', 'search-index.json'),
    builtinGuideChecked: join(root, 'dist', 'guide-checked.json'),
    workersDir: join(root, 'dist', 'workers'),
    now: () => new Date(),
  };
}

/** Runs the command line of this process; `root` is the package folder (bin/careers.js knows it). */
export async function main(root: string): Promise<void> {
  const io = processIO(root);
  const code = await run(process.argv.slice(2), io);
  io.closePrompt();
  process.exitCode = code;
}
