import { describe, expect, it } from 'vitest';
import { pdfLines, type PdfTextItem } from '../../src/check/pdf-layout.js';

/** Items of a page of `rows` lines of `perRow` words, each item counting how often its position is read. */
function countedPage(rows: number, perRow: number) {
  let reads = 0;
  const items: PdfTextItem[] = [];
  for (let r = 0; r < rows; r++) {
    for (let w = 0; w < perRow; w++) {
      const y = 780 - (r % 60) * 13 - r / 1000;
      const x = 60 + w * 30;
      items.push({
        text: 'word',
        width: 20,
        size: 10,
        bold: false,
        get x() {
          reads++;
          return x;
        },
        get y() {
          reads++;
          return y;
        },
      });
    }
  }
  return { page: { height: 792, items }, reads: () => reads };
}

describe('laying out a PDF page', () => {
  it('reads each item a number of times that grows as n log n, not n², however many lines the page has', () => {
    // Counting reads of the items' positions, not time: the count is exact on any machine.
    const perItem = [250, 1_000, 4_000].map((rows) => {
      const { page, reads } = countedPage(rows, 5);
      pdfLines([page]);
      return reads() / (rows * 5 * Math.log2(rows * 5));
    });
    // n log n: reads per item over log n stay flat as the page grows sixteenfold (n² would grow them sixteenfold).
    expect(Math.max(...perItem) / Math.min(...perItem)).toBeLessThan(1.5);
  });

  it('keeps the lines of one column together and in order', () => {
    const item = (text: string, x: number, y: number): PdfTextItem => ({ text, x, y, width: text.length * 5, size: 10, bold: false });
    const lines = pdfLines([
      { height: 792, items: [item('two', 60, 687), item('one', 60, 700), item('b', 90, 700), item('four', 60, 661), item('three', 60, 674)] },
    ]);
    expect(lines.map((l) => l.text)).toEqual(['one b', 'two', 'three', 'four']);
  });
});
