import { CareersError, EXIT } from '../errors.js';
import { withOutputs, type IO } from '../terminal/io.js';
import { stripControls } from '../text/sanitize.js';

/** Every failure of a command ends here: one line on stderr (a hint may follow), and the exit code to return. */
export function reportError(error: unknown, io: IO): number {
  if (error instanceof CareersError) {
    io.stderr.write(`careers: ${error.message}\n`);
    if (error.hint) io.stderr.write(`${error.hint}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    io.stderr.write('cancelled\n');
    return EXIT.cancelled;
  }
  const detail = io.env.CAREERS_DEBUG ? `\n${(error as Error)?.stack ?? String(error)}` : ' (set CAREERS_DEBUG=1 for details)';
  io.stderr.write(`careers: unexpected error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
  return EXIT.failure;
}

/**
 * Everything on stderr is a message we never style, and many echo input: a
 * topic, an answers file's name, a guide file's path with ESC in its name, a
 * YAML error quoting the line. Control characters are removed here, once for
 * every message, so no caller can forget to.
 */
export const withSafeStderr = (io: IO): IO => withOutputs(io, { stderr: { write: (text) => io.stderr.write(stripControls(text)) } });
