import { join } from 'node:path';
import { run } from './cli/run.js';
import type { IO, Output } from './terminal/io.js';
import { fdOutput, isNonEmptyFile, isTerminal } from './terminal/fd-output.js';
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

/**
 * The real process behind the IO object; the only place that touches
 * `process` for the commands. Streams are created only when something
 * needs them (a terminal, a prompt, stdin): a lookup piped to a file
 * writes with fs.writeSync and never loads Node's stream modules.
 */
function processIO(root: string): IO & { streamed(): boolean; closePrompt(): void } {
  const stdoutIsTTY = isTerminal(1);
  // Whether any output went through a stream, which may still be flushing when the command returns.
  let streamed = stdoutIsTTY;
  const stream = (get: () => NodeJS.WritableStream) => () => {
    streamed = true;
    return get();
  };
  // Looked for only when a command asks: a lookup never opens a terminal it does not need.
  let terminal: PromptTerminal | undefined | null = null;
  const promptOn = () => {
    if (terminal === null) {
      terminal = promptTerminal(process.platform, ascii);
      if (terminal) streamed = true;
    }
    return terminal;
  };
  if (stdoutIsTTY) process.stdout.on('error', writeFailed);
  const ascii = localeIsAscii(process.env, process.platform);
  // Only what a terminal shows is made ASCII: a file gets the guide's text as it is.
  const forTerminal = (output: Output): Output => (ascii ? { write: (text) => output.write(toAscii(text)) } : output);
  const stdout: Output = stdoutIsTTY ? forTerminal(process.stdout) : fdOutput(1, stream(() => process.stdout.on('error', writeFailed)), writeFailed);
  // A Windows console needs the stream, which writes through the console API rather than as bytes in the console's code page.
  const stderr: Output = process.platform === 'win32' && isTerminal(2) ? stream(() => process.stderr)() : fdOutput(2, stream(() => process.stderr), () => {});
  return {
    streamed: () => streamed,
    stdout,
    stderr,
    get stdin() {
      return process.stdin;
    },
    get prompt() {
      return promptOn();
    },
    closePrompt: () => terminal?.close(),
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
    now: () => new Date(),
  };
}

/** Runs the command line of this process; `root` is the package folder (bin/careers.js knows it). */
export async function main(root: string): Promise<void> {
  const io = processIO(root);
  const code = await run(process.argv.slice(2), io);
  io.closePrompt();
  // Everything was written synchronously: exit now. Node's orderly shutdown once the event loop is empty costs about a millisecond more.
  if (!io.streamed()) process.exit(code);
  process.exitCode = code;
}
