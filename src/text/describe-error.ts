import { YAMLError } from 'yaml';

/** A system error's code (ENOENT, EACCES, ...), else its message: short enough for a one-line warning. */
export const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);

/** What the YAML parser says is wrong, on one line, without its position (its full message adds the line and a source excerpt); undefined for other errors. */
export const yamlReason = (error: unknown): string | undefined =>
  error instanceof YAMLError ? (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') : undefined;

/** The 1-based line of the YAML text where the parser found an error, when it says. */
export const yamlLine = (error: unknown): number | undefined => (error instanceof YAMLError ? error.linePos?.[0].line : undefined);
