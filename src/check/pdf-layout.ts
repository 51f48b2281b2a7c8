import type { TextLine } from './read-lines.js';

/** A run of text on a PDF page, where pdf.js placed it (points from the bottom left). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  height: number;
}

/** Items whose baselines are this close (in points) sit on one line. */
const SAME_LINE = 2;
/** A gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.5;

/**
 * The lines of PDF pages, top to bottom, numbered from 1 on each page, with
 * a gap marked where the space above a line is wider than the page's usual
 * line spacing (a paragraph break) and at the top of every page.
 */
export function pdfLines(pages: readonly (readonly PdfTextItem[])[]): TextLine[] {
  return pages.flatMap((items, index) => pageLines(items, index + 1));
}

function pageLines(items: readonly PdfTextItem[], page: number): TextLine[] {
  const rows: Array<{ y: number; items: PdfTextItem[] }> = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    if (!item.text.trim()) continue;
    const row = rows.find((r) => Math.abs(r.y - item.y) <= SAME_LINE);
    if (row) row.items.push(item);
    else rows.push({ y: item.y, items: [item] });
  }
  const spacings = rows.slice(1).map((row, i) => (rows[i]?.y ?? row.y) - row.y).sort((a, b) => a - b);
  const usual = spacings[Math.floor(spacings.length / 2)] ?? 0;
  return rows.map((row, i) => {
    const above = rows[i - 1];
    const text = row.items.sort((a, b) => a.x - b.x).map((item) => item.text).join(' ').replace(/\s+/g, ' ').trim();
    return { text, line: i + 1, page, gapBefore: !above || (usual > 0 && above.y - row.y > usual * PARAGRAPH_GAP) };
  });
}
