import stringWidth from 'fast-string-width';
import wrapAnsi from 'wrap-ansi';

/*
 * Widths are measured with fast-string-width: string-width (which wrap-ansi
 * uses inside) segments every non-ASCII line into graphemes and compiles
 * Unicode-property patterns on first use, most of a first rendering's
 * measuring. Wrapping stays with wrap-ansi: at a break it closes and
 * reopens every style still open (a link's colour and its underline), where
 * fast-wrap-ansi reopens only the last one (docs/performance.md).
 */

/**
 * The indent and a list bullet or number after it: continuation lines hang
 * under the text, not the bullet. Escape codes may come before, between or
 * after them (a quoted box opens its colour before its indent).
 */
const LEAD = /^(?:\u001B\[[0-9;]*m|[ \t])*(?:(?:[*•-]|\d+\.)(?:\u001B\[[0-9;]*m|[ \t])+)?/;
const TABLE_LINE = /[│┌└├┤┬┴┼─]/;
const ESCAPES = /\u001B\[[0-9;]*m/g;

/**
 * Wraps lines wider than width (in terminal columns: wide characters count
 * two, escape codes none) at spaces, hanging continuation lines under the
 * item's text; a word wider than a line is cut. marked-terminal reflows
 * paragraphs but not list items, so this finishes the job for the whole page.
 * Tables are left alone: cli-table3 has laid them out already.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (stringWidth(line) <= width || TABLE_LINE.test(line) ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const found = LEAD.exec(line)?.[0] ?? '';
  // The styles opened in the lead go to wrap-ansi with the text, so that it reopens them on every line it makes.
  const lead = found.replace(ESCAPES, '');
  const styles = found.match(ESCAPES)?.join('') ?? '';
  const hang = ' '.repeat(stringWidth(lead));
  const room = Math.max(1, width - hang.length);
  // wrap-ansi closes and reopens styles and links at each break, so every line stands on its own. It cuts a word wider
  // than a line in time that grows faster than the word (a 256 KiB word took 0.2 s, and more for each doubling): in a
  // line without escape codes (plain text, as a section too complex to render is shown), such a word is cut into
  // line-wide pieces first, in one pass; wrap-ansi cuts again any piece that is wider in columns.
  const rest = styles + line.slice(found.length);
  const text = rest.includes('\u001B')
    ? rest
    : rest.replace(new RegExp(`\\S{${room + 1},}`, 'g'), (word) => (word.match(new RegExp(`.{1,${room}}`, 'gu')) ?? [word]).join(' '));
  return wrapAnsi(text, room, { hard: true })
    .split('\n')
    .map((part, i) => (i === 0 ? lead : hang) + part)
    .join('\n');
}
