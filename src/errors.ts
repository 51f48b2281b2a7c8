/** Exit codes, documented in the README; scripts rely on them. */
export const EXIT = {
  ok: 0,
  /** Not found, or a runtime failure. */
  failure: 1,
  /** The command line or an input file was wrong. */
  usage: 2,
  /** The user pressed Ctrl-C. */
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An expected failure: its message is shown as one line on stderr, with no
 * stack trace, and the process exits with its code.
 */
export class CareersError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.failure,
    /** Extra lines printed after the message, e.g. a hint. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CareersError';
  }
}

export const usageError = (message: string, hint?: string) => new CareersError(message, EXIT.usage, hint);
