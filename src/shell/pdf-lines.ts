import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CareersError } from '../errors.js';
import type { IO } from '../io.js';
import type { PdfTextItem } from '../check/pdf-layout.js';

/** Bounds on reading a PDF: a draft is a few pages, and a file that needs more than this is not one. */
export const PDF_LIMITS = { seconds: 10, memoryMb: 256, pages: 40 } as const;

export interface PdfText {
  pages: PdfTextItem[][];
  pageCount: number;
}

/**
 * The text items of each page of a PDF, extracted by pdf.js in a worker
 * thread with a memory limit, stopped after a time limit. The worker is
 * the bundle dist/vendor/pdf-text.js, beside the guide the tool ships with.
 */
export function readPdfText(io: IO, data: Uint8Array): Promise<PdfText> {
  const script = join(io.builtinGuideDir, '..', 'dist', 'vendor', 'pdf-text.js');
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, {
      workerData: { data, maxPages: PDF_LIMITS.pages },
      resourceLimits: { maxOldGenerationSizeMb: PDF_LIMITS.memoryMb, maxYoungGenerationSizeMb: 32 },
      // pdf.js prints warnings of its own (it cannot draw in Node, which text extraction does not need): they are not ours to show.
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const fail = (why: string) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(new CareersError(`cannot read the PDF: ${why}`));
    };
    const timer = setTimeout(() => fail(`it took longer than ${PDF_LIMITS.seconds} seconds`), PDF_LIMITS.seconds * 1000);
    worker.on('message', (message: { ok?: PdfText; error?: string }) => {
      if (!message.ok) return fail(message.error ?? 'unknown error');
      clearTimeout(timer);
      void worker.terminate();
      resolve(message.ok);
    });
    worker.on('error', (error) => fail(error.message.includes('memory') ? `it needed more than ${PDF_LIMITS.memoryMb} MB of memory` : error.message));
    worker.on('exit', (code) => code !== 0 && fail(`the reader stopped (code ${code})`));
  });
}
