/*
 * marked has no depth limit: a 2 KB section of 2,000 nested `>` overflows
 * the stack, emphasis-heavy text takes time that grows with the square of
 * its length, and very wide tables are slow (../shared/notes/libraries.md).
 * Guide files may come from anyone, so a section is measured before it is
 * lexed, and one beyond these bounds is shown as plain wrapped text instead.
 * Real sections are far inside them.
 */

/** Larger than any real guide section by an order of magnitude. */
const MAX_CHARS = 256 * 1024;
/** Blockquotes, list markers and indentation, counted together on one line. */
const MAX_DEPTH = 24;
/** Asterisks and underscores, which marked pairs up as emphasis. */
const MAX_EMPHASIS_MARKS = 8_000;
/** Cells in one table row. */
const MAX_COLUMNS = 64;

const LEAD = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * How deeply a line nests: each `>` and list marker at its start, and, on a
 * line that starts with one, each two spaces of indentation before it (a
 * nested list item). Indentation alone, as in a code block, nests nothing.
 */
function depth(line: string): number {
  const lead = LEAD.exec(line)?.[0] ?? '';
  const markers = lead.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  return markers ? markers + Math.floor(lead.replace(/[^ \t]/g, '').length / 2) : 0;
}

/** Why a markdown text is beyond what the renderer is trusted with, or undefined if it is within bounds. */
export function tooComplexToRender(markdown: string): string | undefined {
  if (markdown.length > MAX_CHARS) return `it is longer than ${MAX_CHARS / 1024} KiB`;
  let emphasis = 0;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 42 || c === 95) emphasis++; // * and _
  }
  if (emphasis > MAX_EMPHASIS_MARKS) return `it has more than ${MAX_EMPHASIS_MARKS.toLocaleString('en')} emphasis marks`;
  for (const line of markdown.split('\n')) {
    if (depth(line) > MAX_DEPTH) return `it nests more than ${MAX_DEPTH} deep`;
    if (line.includes('|') && line.split('|').length - 1 > MAX_COLUMNS) return `it has a table wider than ${MAX_COLUMNS} columns`;
  }
  return undefined;
}
