import type { IO } from '../terminal/io.js';
import type { TextLine } from './read-lines.js';
import { runBounded } from './bounded-worker.js';

/**
 * Bounds on reading a PDF: a draft is a few pages, and a file that needs more
 * than this is not one. Images are never drawn, but pdf.js decodes them for
 * the operator list: none larger than 16 million pixels (64 MB) is decoded.
 * No compressed stream may decode to more than 64 MB, nor all of them to
 * more than the worker's memory (see pdf-streams.ts).
 */
export const PDF_LIMITS = {
  seconds: 10,
  memoryMb: 256,
  pages: 40,
  imagePixels: 16 * 1024 * 1024,
  streamBytes: 64 * 1024 * 1024,
  decodedBytes: 256 * 1024 * 1024,
} as const;

export interface PdfText {
  lines: TextLine[];
  pagesRead: number;
  pageCount: number;
}

/** The lines of a PDF in reading order, extracted and laid out by dist/workers/pdf-text.mjs within the limits above. */
export const readPdfText = (io: IO, data: Uint8Array): Promise<PdfText> =>
  runBounded(
    io,
    'pdf-text.mjs',
    {
      data,
      maxPages: PDF_LIMITS.pages,
      maxImagePixels: PDF_LIMITS.imagePixels,
      maxStreamBytes: PDF_LIMITS.streamBytes,
      maxDecodedBytes: PDF_LIMITS.decodedBytes,
    },
    PDF_LIMITS,
    'the PDF',
  );
