const ANSI = /\u001B\[[0-9;]*m/g;
const visibleLength = (text: string) => text.replace(ANSI, '').length;
/**
 * The indent and a list bullet or number after it: continuation lines hang
 * under the text, not the bullet. Escape codes may come before, between or
 * after them (a quoted box opens its colour before its indent).
 */
const LEAD = /^(?:\u001B\[[0-9;]*m|[ \t])*(?:(?:[*•-]|\d+\.)(?:\u001B\[[0-9;]*m|[ \t])+)?/;
const TABLE_LINE = /[│┌└├┤┬┴┼─]/;

/**
 * Wraps lines longer than width at spaces, keeping escape codes intact and
 * hanging continuation lines under the item's text; a plain word longer
 * than a line is cut. marked-terminal reflows
 * paragraphs but not list items, so this finishes the job for the whole page.
 */
export function wrapLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => (visibleLength(line) <= width || TABLE_LINE.test(line) ? line : wrapLine(line, width)))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  const lead = LEAD.exec(line)?.[0] ?? '';
  const hang = ' '.repeat(visibleLength(lead));
  const room = Math.max(1, width - hang.length);
  // A word wider than the page (an address, say) is cut into pieces that fit, unless it carries escape codes.
  const words = line
    .slice(lead.length)
    .split(' ')
    .flatMap((word) => (word.length > room && !word.includes('\u001B') ? (word.match(new RegExp(`.{1,${room}}`, 'gu')) ?? [word]) : [word]));
  const lines: string[] = [];
  let current = lead;
  let length = visibleLength(lead);
  let empty = true;
  for (const word of words) {
    const size = visibleLength(word);
    if (!empty && length + 1 + size > width) {
      lines.push(current);
      current = hang + word;
      length = hang.length + size;
    } else {
      current += (empty ? '' : ' ') + word;
      length += (empty ? 0 : 1) + size;
    }
    empty = false;
  }
  lines.push(current);
  return lines.join('\n');
}
