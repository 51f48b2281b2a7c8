import { toDraft, type Draft, type DraftFormat, type Piece, type RawBlock } from './draft.js';

/** A line of text as a PDF or a plain-text file gives it: its words and place, and whether a gap (a blank line, a wider space) comes before it. */
export interface TextLine extends Piece {
  gapBefore: boolean;
  /** A PDF line set larger or bolder than the body text. */
  heading?: boolean;
}

/** Starts of list entries: bullets, numbers, bracketed reference numbers. */
const ENTRY_START = /^\s*(?:[-*•–·▪◦]\s+|\d{1,3}[.)]\s+|\[\d{1,3}\]\s*)/;

/**
 * A short line that ends without punctuation and stands at the start of a
 * paragraph: how a heading looks once a PDF or plain text has lost its markup.
 */
function looksLikeHeading(line: string, maxWords = 6): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= maxWords && line.trim().length <= 60 && !/[.,;:!?)\]"”]$/.test(line.trim()) && !ENTRY_START.test(line) && /\p{L}/u.test(line);
}

/**
 * Groups lines into headings, paragraphs and list entries, the way a reader
 * sees them: a gap ends a paragraph, a bullet or number starts an entry.
 */
export function readLines(format: DraftFormat, lines: readonly TextLine[], pages?: number): Draft {
  const blocks: RawBlock[] = [];
  let current: RawBlock | undefined;
  for (const line of lines) {
    if (!line.text.trim()) {
      current = undefined;
      continue;
    }
    const startsParagraph = !current || line.gapBefore;
    // A PDF's type marks a heading even with no gap around it, as in a compact résumé.
    if ((line.heading && looksLikeHeading(line.text, 10)) || (startsParagraph && looksLikeHeading(line.text))) {
      blocks.push({ kind: 'heading', pieces: [line] });
      // The lines right under a heading are its first paragraph, however short.
      current = { kind: 'paragraph', pieces: [] };
      blocks.push(current);
      continue;
    }
    if (startsParagraph || ENTRY_START.test(line.text)) {
      current = { kind: 'paragraph', pieces: [] };
      blocks.push(current);
    }
    current?.pieces.push({ text: ` ${line.text}`, line: line.line, ...(line.page === undefined ? {} : { page: line.page }) });
  }
  return toDraft(format, blocks, pages === undefined ? { citeCommands: [] } : { citeCommands: [], pages });
}

/** A plain-text draft: blank lines separate paragraphs. */
export function readPlainText(text: string): Draft {
  let gap = true;
  const lines: TextLine[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) gap = true;
    else {
      lines.push({ text: line, line: index + 1, gapBefore: gap });
      gap = false;
    }
  });
  return readLines('text', lines);
}
