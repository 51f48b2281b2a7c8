/** A system error's code (ENOENT, EACCES, ...), else its message: short enough for a one-line warning. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);

/** What js-yaml says is wrong, on one line (its full message adds a source excerpt); undefined for other errors. */
export const yamlReason = (error: unknown): string | undefined => (error as { reason?: string })?.reason?.split('\n')[0];
