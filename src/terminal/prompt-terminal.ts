import { closeSync, openSync, writeSync } from 'node:fs';
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
  const terminal = openPromptTerminal(platform, ascii);
  if (terminal) keepUsable(terminal.input as ReadStream, terminal.output as WriteStream);
  return terminal;
}

function openPromptTerminal(platform: string, ascii: boolean): PromptTerminal | undefined {
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

/** How careers exits when a signal ends it during a prompt: 128 and the signal's number, as shells report it. */
export const SIGNAL_EXITS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
/** The cursor shown again, and the shell's prompt on a line of its own rather than after the question. */
const SHOW_CURSOR = '\u001B[?25h\n';

/**
 * Leaves the terminal usable however a prompt ends. Prompts put it in raw
 * mode and hide the cursor; a signal from outside (kill, a closed window's
 * SIGHUP) would end the process with both still so. When the terminal
 * itself goes (its window closed), switching raw mode off fails with EIO as
 * Inquirer's readline cleans up, reported as an 'error' event nobody
 * handled, and Node then aborted on its own reset of the terminal. So raw
 * mode is switched off and the cursor shown before exiting with the
 * signal's code, and a terminal that is gone is a hang-up: exit 129.
 */
function keepUsable(input: ReadStream, output: WriteStream): void {
  let gone = false;
  let ending = false;
  const end = (code: number): void => {
    // Restoring a terminal that is gone fails with an 'error' event, which calls back here: the first call goes on.
    if (ending) return;
    ending = true;
    try {
      if (input.isRaw) input.setRawMode(false);
      const { fd } = output as WriteStream & { fd?: number };
      if (!gone && fd !== undefined) writeSync(fd, SHOW_CURSOR);
    } catch {
      gone = true;
    }
    // Node resets the terminal it started on as it exits, and aborts if that fails (node.cc ResetStdio); it leaves alone a
    // descriptor the program closed. A terminal that hung up no longer says it is one (isatty fails), so all three are closed:
    // everything was written synchronously, and the process ends next.
    if (gone) for (const stdio of [0, 1, 2]) closeQuietly(stdio);
    process.exit(code);
  };
  for (const [signal, code] of Object.entries(SIGNAL_EXITS)) process.on(signal, () => end(code));
  input.on('error', () => {
    gone = true;
    end(SIGNAL_EXITS.SIGHUP);
  });
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}
