/*
 * marked has no depth limit: a 2 KB section of 2,000 nested `>` overflows
 * the stack, emphasis-heavy text takes time that grows with the square of
 * its length, and very wide tables are slow (../shared/notes/libraries.md).
 * Within those bounds, time still grows with the square of one block's
 * size: lazy continuation lines of a blockquote in marked; links, email
 * addresses, strikethrough and inline HTML in marked-terminal's reflow of a
 * styled paragraph; a long table cell or many rows in cli-table3. Blocks
 * (text between blank lines) are what these costs grow with, so each block
 * is bounded too. Guide files may come from anyone, so a section is measured
 * before it is lexed, in one pass, and one beyond these bounds is shown as
 * plain wrapped text instead. Real sections are far inside them (the
 * built-in guide's largest block has 46 lines, 46 marks and 2.6 KB).
 */

/** Larger than any real guide section by an order of magnitude. */
const MAX_CHARS = 256 * 1024;
/** Blockquotes, list markers and indentation, counted together on one line. */
const MAX_DEPTH = 24;
/** Asterisks and underscores, which marked pairs up as emphasis. */
const MAX_EMPHASIS_MARKS = 8_000;
/** Cells in one table row. */
const MAX_COLUMNS = 64;
/** Lines in one block: a blockquote or list with lazy continuation lines, a table's rows. */
const MAX_BLOCK_LINES = 300;
/** Characters that open inline markup (links, autolinks, email addresses, code, strikethrough, HTML) in one block. */
const MAX_BLOCK_MARKS = 300;
/** Characters in one block, and in one table row (cli-table3 wraps a cell in time that grows with the square of its length). */
const MAX_BLOCK_CHARS = 16 * 1024;
const MAX_ROW_CHARS = 2 * 1024;
/**
 * Lines of blocks with blockquotes or list items in them (lazy
 * continuation lines included), and lines of tables, in the whole
 * section: marked and cli-table3 spend about a millisecond on each, so a
 * section of nothing else would take seconds even in small blocks.
 */
const MAX_NESTED_LINES = 1_000;
const MAX_TABLE_LINES = 1_000;

/** [ < @ ~ ` and : (of an autolink's scheme). Emphasis marks are counted for the whole section. */
const INLINE_MARKS = new Set([91, 60, 64, 126, 96, 58]);

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
  let block = { lines: 0, marks: 0, chars: 0, nested: false };
  let nestedLines = 0;
  let tableLines = 0;
  for (const line of markdown.split('\n')) {
    const nesting = depth(line);
    if (nesting > MAX_DEPTH) return `it nests more than ${MAX_DEPTH} deep`;
    if (nesting) block.nested = true;
    if (block.nested && ++nestedLines > MAX_NESTED_LINES) return `it has more than ${MAX_NESTED_LINES.toLocaleString('en')} lines of quotes and lists`;
    if (line.includes('|')) {
      if (line.split('|').length - 1 > MAX_COLUMNS) return `it has a table wider than ${MAX_COLUMNS} columns`;
      if (line.length > MAX_ROW_CHARS) return `it has a table row longer than ${MAX_ROW_CHARS / 1024} KiB`;
      if (++tableLines > MAX_TABLE_LINES) return `it has more than ${MAX_TABLE_LINES.toLocaleString('en')} lines of tables`;
    }
    if (!line.trim()) {
      block = { lines: 0, marks: 0, chars: 0, nested: false };
      continue;
    }
    block.lines++;
    block.chars += line.length + 1;
    for (let i = 0; i < line.length; i++) if (INLINE_MARKS.has(line.charCodeAt(i))) block.marks++;
    if (block.lines > MAX_BLOCK_LINES) return `it has a block of more than ${MAX_BLOCK_LINES} lines with no blank line`;
    if (block.marks > MAX_BLOCK_MARKS) return `it has a block with more than ${MAX_BLOCK_MARKS} links, addresses or other inline markup`;
    if (block.chars > MAX_BLOCK_CHARS) return `it has a block longer than ${MAX_BLOCK_CHARS / 1024} KiB with no blank line`;
  }
  return undefined;
}
