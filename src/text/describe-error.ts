/** A system error's code (ENOENT, EACCES, ...), else its message: short enough for a one-line warning. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
