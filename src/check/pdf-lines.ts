import type { IO } from '../terminal/io.js';
import type { PdfTextItem } from './pdf-layout.js';
import { runBounded } from './bounded-worker.js';

/** Bounds on reading a PDF: a draft is a few pages, and a file that needs more than this is not one. */
export const PDF_LIMITS = { seconds: 10, memoryMb: 256, pages: 40 } as const;

export interface PdfText {
  pages: PdfTextItem[][];
  pageCount: number;
}

/** The text items of each page of a PDF, extracted by pdf.js (dist/workers/pdf-text.js) within the limits above. */
export const readPdfText = (io: IO, data: Uint8Array): Promise<PdfText> =>
  runBounded(io, 'pdf-text.js', { data, maxPages: PDF_LIMITS.pages }, PDF_LIMITS, 'the PDF');
