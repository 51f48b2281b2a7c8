import { openSync } from 'node:fs';
import { isatty, ReadStream, WriteStream } from 'node:tty';
import type { PromptStreams } from './prompts/prompt-context.js';

export interface PromptTerminal extends PromptStreams {
  /** Closes what was opened for the prompts, so the process can end. */
  close(): void;
}

/**
 * The terminal to ask questions on, found the way ssh and fzf find theirs:
 * standard input and output when both are terminals; otherwise (output
 * piped into a notes file, input from a pipe) the controlling terminal,
 * /dev/tty. Without one (cron, CI, a process started with setsid) there is
 * none, and commands that need answers say so.
 */
export function promptTerminal(platform: string, ascii: boolean): PromptTerminal | undefined {
  const stdinIsTTY = isatty(0);
  if (stdinIsTTY && isatty(1)) return { input: process.stdin, output: process.stdout, ascii, close: () => {} };
  if (platform === 'win32') return stdinIsTTY && isatty(2) ? { input: process.stdin, output: process.stderr, ascii, close: () => {} } : undefined;
  const opened: Array<{ destroy(): void }> = [];
  try {
    const input = stdinIsTTY ? process.stdin : new ReadStream(openSync('/dev/tty', 'r'));
    if (input !== process.stdin) opened.push(input);
    const output = isatty(2) ? process.stderr : new WriteStream(openSync('/dev/tty', 'w'));
    if (output !== process.stderr) opened.push(output);
    return { input, output, ascii, close: () => opened.forEach((stream) => stream.destroy()) };
  } catch {
    // ENXIO: no controlling terminal
    opened.forEach((stream) => stream.destroy());
    return undefined;
  }
}
