import { fstatSync } from 'node:fs';
import { withOutputs, type IO } from './io.js';

/** Whether a descriptor is a regular file with something in it already: output to it is appended (`>> notes.md`). */
export function isNonEmptyFile(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

/** JSON and iCalendar are data, not notes: they are appended as they are. */
const DATA = /^(?:[{[]|BEGIN:)/;

/**
 * Markdown appended to a file that already holds text (`careers read cv >>
 * notes.md`) is set off from what came before by a blank line, so the raw
 * file reads cleanly, a heading has a blank line above it, and no text runs
 * into the previous block's last list item. A front-matter header in the
 * middle of a note reads as a rule and a heading, so that earns one warning.
 * Only for commands that print markdown; their JSON and calendars, and
 * other commands' lines (list, history), are appended as they are.
 */
export function forAppending(io: IO, printsMarkdown: boolean): IO {
  if (!io.stdoutAppends || !printsMarkdown) return io;
  let first = true;
  return withOutputs(io, {
    stdout: {
      write(text: string) {
        if (first && text) {
          first = false;
          if (text.startsWith('---\n'))
            io.stderr.write(
              'careers: warning: a front-matter header appended after other text reads as a rule and a heading (--front-matter is for a note of its own)\n',
            );
          if (!DATA.test(text)) text = `\n${text}`;
        }
        io.stdout.write(text);
      },
    },
  });
}
