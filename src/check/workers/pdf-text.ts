// A worker thread's script (not imported: started by src/check/pdf-lines.ts)
// that extracts the text of a PDF with pdf.js, in a thread of its own so that
// the caller can bound its memory and time and stop it. It gets the file's
// bytes and limits as workerData and posts back each page's text items.
import { parentPort, workerData } from 'node:worker_threads';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdf.js runs its parser in this same thread (its "fake worker") when it finds it here, rather than loading another file.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

interface Job {
  data: Uint8Array;
  maxPages: number;
}

async function extract({ data, maxPages }: Job) {
  // No fonts, scripts or evaluated code: text only, and nothing fetched from anywhere.
  const document = await getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, enableXfa: false }).promise;
  const pages = [];
  for (let number = 1; number <= Math.min(document.numPages, maxPages); number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, height: item.height }] : []));
    pages.push(items);
    page.cleanup();
  }
  const pageCount = document.numPages;
  await document.destroy();
  return { pages, pageCount };
}

extract(workerData as Job).then(
  (result) => parentPort?.postMessage({ ok: result }),
  (error: unknown) => parentPort?.postMessage({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
);
