import type { TextLine } from './read-lines.js';

/** A run of text on a PDF page, where pdf.js placed it (points from the bottom left), with its font's size and weight. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** A page's size, for telling its margins from its body. */
export interface PdfPage {
  height: number;
  items: PdfTextItem[];
}

/** Items whose baselines are this close (in points) sit on one line. */
const SAME_LINE = 2;
/** A gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.5;
/** A line this much larger than the body text is a heading. */
const HEADING_SIZE = 1.15;
/** The gap between two columns is at least this wide (points), and each column holds at least this share of the page's text. */
const GUTTER = 8;
const COLUMN_SHARE = 0.2;
/** Running heads, footers and page numbers sit in the top and bottom margins: this share of the page. */
const MARGIN = 0.08;

interface Row {
  y: number;
  items: PdfTextItem[];
}

/**
 * The lines of PDF pages in reading order, numbered from 1 on each page: a
 * page set in two columns is read column by column (lines that cross the
 * gutter, such as a name across the top, stay where they are); running heads,
 * footers and page numbers are dropped; a line in larger or bold type than the
 * body is marked as a heading; a gap is marked where the space above a line is
 * wider than the usual spacing (a paragraph break) and at the top of every
 * page. Sorting is the costliest step: n log n in the number of items.
 */
export function pdfLines(pages: readonly PdfPage[]): TextLine[] {
  const body = bodySize(pages);
  const repeated = repeatedMargins(pages);
  return pages.flatMap((page, index) => pageLines(page, index + 1, body, repeated));
}

function pageLines(page: PdfPage, number: number, body: number, repeated: Set<string>): TextLine[] {
  const items = page.items.filter((item) => item.text.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const gutter = findGutter(items);
  const ordered: Row[] = [];
  // Rows that cross the gutter break the page into bands; within a band the left column is read before the right.
  let left: PdfTextItem[] = [];
  let right: PdfTextItem[] = [];
  const flush = () => {
    ordered.push(...rowsOf(left), ...rowsOf(right));
    left = [];
    right = [];
  };
  for (const row of rowsOf(items)) {
    if (gutter === undefined) ordered.push(row);
    else if (row.items.some((item) => item.x < gutter && item.x + item.width > gutter)) {
      flush();
      ordered.push(row);
    } else for (const item of row.items) (item.x < gutter ? left : right).push(item);
  }
  flush();
  const kept = ordered.filter((row) => !inMargin(row, page.height) || !isRunningText(textOf(row), repeated));
  const spacings = kept.slice(1).flatMap((row, i) => {
    const gap = (kept[i]?.y ?? row.y) - row.y;
    return gap > 0 ? [gap] : [];
  });
  const usual = [...spacings].sort((a, b) => a - b)[Math.floor(spacings.length / 2)] ?? 0;
  return kept.map((row, i) => {
    const above = kept[i - 1];
    const gap = above ? above.y - row.y : Infinity;
    const size = row.items.reduce((max, item) => Math.max(max, item.size), 0);
    const text = textOf(row);
    // A line that starts a column again (above, not below, the last) begins a paragraph.
    const gapBefore = gap < 0 || (usual > 0 && gap > usual * PARAGRAPH_GAP) || !above;
    // Bold alone marks a heading in capitals or after a gap: a résumé's bold job title inside an entry is not one.
    const heading = size > body * HEADING_SIZE || (row.items.every((item) => item.bold) && (gapBefore || text === text.toUpperCase()));
    return { text, line: i + 1, page: number, gapBefore, heading };
  });
}

/** Groups items sorted top to bottom into rows of one baseline each, in one pass. */
function rowsOf(items: readonly PdfTextItem[]): Row[] {
  const rows: Row[] = [];
  for (const item of items) {
    const last = rows.at(-1);
    if (last && Math.abs(last.y - item.y) <= SAME_LINE) last.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  for (const row of rows) row.items.sort((a, b) => a.x - b.x);
  return rows;
}

const textOf = (row: Row) =>
  row.items
    .map((item) => item.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The x of an empty vertical strip between two columns of text, if the page
 * has one: counted with a difference array over whole points, so linear in
 * the items and the page's width.
 */
function findGutter(items: readonly PdfTextItem[]): number | undefined {
  if (items.length < 10) return undefined;
  // Folded, not spread: a page of a hundred thousand items would overflow the stack as arguments.
  const start = Math.floor(items.reduce((min, i) => Math.min(min, i.x), Infinity));
  const end = Math.ceil(items.reduce((max, i) => Math.max(max, i.x + i.width), -Infinity));
  const width = end - start;
  if (width < 4 * GUTTER || width > 5000) return undefined;
  const cover = new Int32Array(width + 2);
  for (const item of items) {
    cover[Math.floor(item.x) - start]! += 1;
    cover[Math.ceil(item.x + item.width) - start]! -= 1;
  }
  // Items that cross an x (a name across both columns) may be a few: a strip crossed by at most 2% of them is still a gutter.
  const allowed = Math.floor(items.length * 0.02);
  let best: { from: number; to: number } | undefined;
  let run = -1;
  let depth = 0;
  for (let x = 0; x <= width; x++) {
    depth += cover[x] ?? 0;
    if (depth <= allowed && x > 0 && x < width) {
      if (run < 0) run = x;
    } else if (run >= 0) {
      if (x - run >= GUTTER && (!best || x - run > best.to - best.from)) best = { from: run, to: x };
      run = -1;
    }
  }
  if (!best) return undefined;
  const at = start + (best.from + best.to) / 2;
  const leftShare = items.filter((i) => i.x + i.width <= at).length / items.length;
  const rightShare = items.filter((i) => i.x >= at).length / items.length;
  return leftShare >= COLUMN_SHARE && rightShare >= COLUMN_SHARE ? at : undefined;
}

/** The body text's size: the size most of the document's characters are set in. */
function bodySize(pages: readonly PdfPage[]): number {
  const chars = new Map<number, number>();
  for (const page of pages) for (const item of page.items) chars.set(Math.round(item.size), (chars.get(Math.round(item.size)) ?? 0) + item.text.length);
  let best = 0;
  let most = -1;
  for (const [size, count] of chars) if (count > most) [best, most] = [size, count];
  return best;
}

const inMargin = (row: Row, height: number) => height > 0 && (row.y < height * MARGIN || row.y > height * (1 - MARGIN));
/** A line's shape with its numbers taken out, so "Page 3 of 9" on each page is one shape. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#');
const PAGE_NUMBER = /^(?:page\s*)?[#ivxlc]+(?:\s*(?:of|\/)\s*#)?$|^[-–]\s*#\s*[-–]$/i;
/** Running heads and footers are short: a repeated line of prose (a paragraph that starts each page alike) is kept. */
const RUNNING_WORDS = 8;
const isRunningText = (text: string, repeated: Set<string>) =>
  PAGE_NUMBER.test(shape(text)) || (repeated.has(shape(text)) && text.split(' ').length <= RUNNING_WORDS);

/** The shapes of margin lines that recur on at least half of a document's pages (two at least): running heads and footers. */
function repeatedMargins(pages: readonly PdfPage[]): Set<string> {
  if (pages.length < 2) return new Set();
  const seen = new Map<string, number>();
  for (const page of pages) {
    const shapes = new Set(
      rowsOf([...page.items].sort((a, b) => b.y - a.y || a.x - b.x))
        .filter((row) => inMargin(row, page.height))
        .map((row) => shape(textOf(row))),
    );
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count >= Math.max(2, pages.length / 2)).map(([s]) => s));
}
