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
  stdin: NodeJS.ReadableStream;
  /** The terminal to prompt on; present only when stdin and stdout are both terminals. */
  prompt?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
  stdoutIsTTY: boolean;
  /** Terminal size, or undefined when stdout is not a terminal. */
  columns: number | undefined;
  rows: number | undefined;
  /** Shows text through the user's pager (absent in tests); writePage decides when a text is long enough and stdout a terminal. */
  page?: (text: string) => Promise<void>;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** process.platform: a few terminal features depend on it. */
  platform: string;
  /** Folder of the guide shipped with the tool, and its index precompiled by the build. */
  builtinGuideDir: string;
  builtinGuideIndex?: string;
  /** The built-in assessment data as checked by the build (see loadAssessment). */
  builtinAssessment?: string;
  now(): Date;
}
