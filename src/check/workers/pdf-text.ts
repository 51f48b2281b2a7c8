// A worker thread's script (not imported: started by src/check/pdf-lines.ts)
// that extracts the text of a PDF with pdf.js (unpdf's build) and lays it out in lines, in a
// thread of its own so that the caller can bound its memory and time and stop
// it. It gets the file's bytes and limits as workerData and posts back the
// lines in reading order, with the page count.
import nodeModule from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { pdfLines, type PdfPage } from '../pdf-layout.js';
import { decodeBomb } from '../pdf-streams.js';

// A worker does not share the launcher's compile cache (bin/careers.js): it is turned on before pdf.js (1.6 MB) is imported, so that its compiled code is kept between runs as the CLI's is (Node 22.1+).
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// unpdf's build of pdf.js runs its parser in this same thread and, unlike pdfjs-dist's, does not load the native canvas library (@napi-rs/canvas, 32 MB) on import: text extraction draws nothing.
const { getDocument } = await import('unpdf/pdfjs');

interface Job {
  data: Uint8Array;
  maxPages: number;
  maxImagePixels: number;
  maxStreamBytes: number;
  maxDecodedBytes: number;
}

/** What pdf.js says of a font once the page's operators are read: its name says its weight when its flag does not. */
interface LoadedFont {
  name?: string;
  bold?: boolean;
}
const BOLD_NAME = /bold|black|heavy|semibold|demi|cmbx|cmb\d/i;
/** A page of prose holds a few thousand text items; past this many, fonts are not looked up (their weight costs a second pass over the page). */
const MAX_ITEMS_FOR_FONTS = 10_000;

async function extract({ data, maxPages, maxImagePixels, maxStreamBytes, maxDecodedBytes }: Job) {
  const bomb = decodeBomb(data, maxStreamBytes, maxDecodedBytes);
  if (bomb) throw new Error(bomb);
  // No fonts drawn, no scripts, no evaluated code and bounded images: text only, and nothing fetched from anywhere.
  const document = await getDocument({
    data,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    enableXfa: false,
    maxImageSize: maxImagePixels,
    canvasMaxAreaInBytes: maxImagePixels * 4,
    isOffscreenCanvasSupported: false,
  }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= Math.min(document.numPages, maxPages); number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    // The operator list loads each font's description (its name and weight), which the text content leaves out.
    if (content.items.length <= MAX_ITEMS_FOR_FONTS) await page.getOperatorList();
    const bold = new Map<string, boolean>();
    const isBold = (fontName: string) => {
      if (!bold.has(fontName)) {
        const font = page.commonObjs.has(fontName) ? (page.commonObjs.get(fontName) as LoadedFont) : undefined;
        bold.set(fontName, Boolean(font?.bold) || BOLD_NAME.test(font?.name ?? ''));
      }
      return bold.get(fontName) ?? false;
    };
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [
            {
              text: item.str,
              x: item.transform[4] as number,
              y: item.transform[5] as number,
              width: item.width,
              size: item.height,
              bold: isBold(item.fontName),
            },
          ]
        : [],
    );
    pages.push({ height: page.view[3] ?? 0, items });
    page.cleanup();
  }
  const pageCount = document.numPages;
  await document.destroy();
  return { lines: pdfLines(pages), pagesRead: pages.length, pageCount };
}

extract(workerData as Job).then(
  (result) => parentPort?.postMessage({ ok: result }),
  (error: unknown) =>
    parentPort?.postMessage({ error: error instanceof Error ? (error.name === 'Error' ? error.message : `${error.name}: ${error.message}`) : String(error) }),
);
