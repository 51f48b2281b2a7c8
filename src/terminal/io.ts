/**
 * Everything a command may touch of the outside world, passed in rather than
 * reached for (like gh's IOStreams), so a test can run any command in-process
 * with a fake terminal and capture what it printed.
 */
export interface Output {
  write(text: string): void;
}

export interface IO {
  stdout: Output;
  stderr: Output;
  /** Standard input, for a command that reads it (`-` for a file). */
  stdin(): NodeJS.ReadableStream;
  /**
   * The terminal to prompt on: stdin and stdout when both are terminals, else
   * the controlling terminal; undefined when there is none. Looked for only
   * when a command is about to ask: a lookup opens no terminal.
   */
  prompt(): { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } | undefined;
  stdoutIsTTY: boolean;
  /** Standard output is a regular file that already holds text: output is appended to it (`>> notes.md`). */
  stdoutAppends?: boolean;
  /** Terminal size, or undefined when stdout is not a terminal. */
  columns: number | undefined;
  rows: number | undefined;
  /** Shows text through the user's pager (absent in tests); writePage decides when a text is long enough and stdout a terminal. */
  page?: (text: string) => Promise<void>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** process.platform: a few terminal features depend on it. */
  platform: string;
  /** Folder of the guide shipped with the tool, and its cache, search index and checked assessment inputs, made by the build. */
  builtinGuideDir: string;
  builtinGuideCache?: string;
  builtinSearchIndex?: string;
  builtinGuideChecked?: string;
  /** Folder of the worker threads' scripts (src/check/workers/, built into dist/workers/; the tests build their own from the sources). */
  workersDir: string;
  now(): Date;
}

/** The same IO with other outputs. */
export const withOutputs = (io: IO, outputs: Partial<Pick<IO, 'stdout' | 'stderr'>>): IO => ({ ...io, ...outputs });
