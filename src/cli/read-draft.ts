import { extname, resolve } from 'node:path';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import type { Draft } from '../check/draft.js';
import { describeBytes, FileRefused, readLimited, readStreamLimited } from '../files/read-limited.js';
import { errorCode } from '../text/describe-error.js';
import { stripControls } from '../text/sanitize.js';
import { decodeText, includedFileReader } from './read-included.js';
import { runBounded } from '../check/bounded-worker.js';
import { tooComplexToRender } from '../terminal/render-limits.js';
import { spliceIncludes, placeInSource } from '../check/latex-includes.js';
import { readPdfText } from '../check/pdf-lines.js';
import { readLines } from '../check/read-lines.js';
import { bodyPages } from '../check/body-pages.js';

/** A draft of text is typed by hand, like an answers file, and held to the same limit. */
export const MAX_TEXT_BYTES = 256 * 1024;
/** A PDF carries its fonts (often 100–300 KiB for a page of text), so it may be larger; pdf.js still reads it under its own limits. */
export const MAX_PDF_BYTES = 4 * 1024 * 1024;
/** A draft of a few pages parses in well under a second; a file that needs more than this was made to stall a parser. */
const TEXT_LIMITS = { seconds: 10, memoryMb: 256 } as const;

const LATEX_EXTENSIONS = new Set(['.tex', '.latex', '.ltx']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
/** LaTeX with no .tex name (on standard input, say) is known by the commands every document has. */
const LOOKS_LIKE_LATEX = /\\(documentclass|begin\{document\}|section\*?\{)/;

/**
 * Reads a draft (`-` is standard input) and parses it by its kind: a PDF by
 * its first bytes, LaTeX and plain text by their names (or LaTeX by its
 * commands), anything else as markdown, of which plain prose is a part.
 * Parsing runs in a worker with time and memory limits (see
 * check/workers/parse-draft.ts). A file that cannot be read, or holds no text,
 * fails with exit 1.
 */
export async function readDraft(io: IO, file: string): Promise<{ draft: Draft; warnings: string[] }> {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    bytes = file === '-' ? await readStreamLimited(io.stdin(), MAX_PDF_BYTES) : readLimited(resolve(io.cwd, file), MAX_PDF_BYTES, { regularOnly: false });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      error instanceof FileRefused
        ? error.message
        : code === 'ENOENT'
          ? 'no such file'
          : code === 'EFBIG'
            ? `file is too large (over ${describeBytes(MAX_PDF_BYTES)})`
            : errorCode(error);
    throw new CareersError(`cannot read ${name}: ${why}`);
  }
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { draft: await readPdf(io, bytes, name), warnings: [] };
  if (bytes.length > MAX_TEXT_BYTES) throw new CareersError(`cannot read ${name}: a text draft is at most ${describeBytes(MAX_TEXT_BYTES)}`);
  if (bytes.includes(0)) throw new CareersError(`cannot read ${name}: not a text file, nor a PDF`);
  const source = decodeText(bytes);
  const extension = extname(file).toLowerCase();
  const format =
    LATEX_EXTENSIONS.has(extension) || (file === '-' && LOOKS_LIKE_LATEX.test(source)) ? 'latex' : TEXT_EXTENSIONS.has(extension) ? 'text' : 'markdown';
  // LaTeX's \input and kin are spliced in before parsing, as LaTeX does; quotes are moved back to the file they came from.
  const spliced = format === 'latex' ? spliceIncludes(source, includedFileReader(io, file, MAX_TEXT_BYTES, bytes.length)) : undefined;
  const text = spliced?.text ?? source;
  // Markdown nested past what any draft needs is read as plain text at once, as `view` shows it, rather than left to stall the parser.
  const tooComplex = format === 'markdown' ? tooComplexToRender(text) : undefined;
  const parse = (as: 'markdown' | 'latex' | 'text') =>
    runBounded<{ draft: Draft; warnings: string[] }>(io, 'parse-draft.mjs', { text, format: as, name }, TEXT_LIMITS, name);
  let read: { draft: Draft; warnings: string[] };
  if (tooComplex) {
    read = await parse('text');
    read.warnings.unshift(`${name} is read as plain text: ${tooComplex}`);
  } else {
    // A parser stopped at its limits still leaves the words, read as plain text.
    read = await parse(format).catch(async (error: unknown) => {
      if (format === 'text' || !(error instanceof CareersError)) throw error;
      const plain = await parse('text');
      return { ...plain, warnings: [`${error.message}; read as plain text`, ...plain.warnings] };
    });
  }
  if (!read.draft.blocks.some((block) => /\p{L}/u.test(block.text))) throw new CareersError(`${name} holds no text to review`);
  if (!spliced) return read;
  const at = <T extends { line: number; file?: string }>(place: T) => placeInSource(place, spliced.lines);
  const { draft } = read;
  const blocks = draft.blocks.map((block) => ({ ...at(block), sentences: block.sentences.map(at) }));
  return { ...read, draft: { ...draft, blocks, citeCommands: draft.citeCommands.map(at), notes: [...(draft.notes ?? []), ...spliced.notes] } };
}

async function readPdf(io: IO, bytes: Buffer, name: string): Promise<Draft> {
  const { lines, pagesRead, pageCount } = await readPdfText(io, new Uint8Array(bytes));
  const clean = lines.map((line) => ({ ...line, text: stripControls(line.text) }));
  if (!clean.some((line) => /\p{L}/u.test(line.text))) {
    throw new CareersError(`${name} has no text layer (a scan or an image?): export it from your editor as a PDF with text, or check the source file instead`);
  }
  const draft = readLines('pdf', clean);
  const notes = pagesRead < pageCount ? [`Only the first ${pagesRead} of its ${pageCount} pages were read.`] : [];
  return { ...draft, pages: bodyPages(draft), notes: [...(draft.notes ?? []), ...notes] };
}
