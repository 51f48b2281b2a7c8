import { ParseEnglish, nlcstToString } from '../vendor/draft-parsers.js';

/*
 * What every reader (markdown, LaTeX, PDF, plain text) turns a draft into:
 * its headings and paragraphs in order, each paragraph split into
 * sentences, each sentence with the line (and, in a PDF, the page) it
 * starts on. The rules look at this and never at the file itself.
 */

export const DRAFT_FORMATS = ['markdown', 'latex', 'pdf', 'text'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

/** Where something is in the draft: a line of the file, or a line of a PDF page. */
export interface Place {
  line: number;
  page?: number;
  /** A file the draft includes (LaTeX's \input), relative to the draft's folder; none for the draft itself. */
  file?: string;
}

/** A run of a block's text that starts at a place: readers build a block's text from these. */
export interface Piece extends Place {
  text: string;
}

/**
 * A heading; a paragraph or list entry of prose; or an entry of a list of
 * references (`reference`), which is not prose: rules about wording skip it.
 */
export interface RawBlock {
  kind: 'heading' | 'paragraph' | 'reference';
  pieces: Piece[];
}

export interface Sentence extends Place {
  text: string;
  /** Its words, lower-cased, as the English parser split them: what src/check/sentence-meaning.ts reads. */
  words: string[];
}

export interface Block extends Place {
  kind: RawBlock['kind'];
  text: string;
  sentences: Sentence[];
  /** The heading this block comes under, if any. */
  heading?: string;
}

export interface Draft {
  format: DraftFormat;
  blocks: Block[];
  /** Citation commands (LaTeX's \cite and kin): citations whose style the typesetter makes consistent. */
  citeCommands: Place[];
  /** A PDF's pages of body text (no title, contents, blank or reference pages); other formats have none. */
  pages?: number;
  /** What the review should say about how the draft was read: pages left unread, files that could not be read. */
  notes?: string[];
}

/** Headings that start a list of references, in any of the formats. */
const REFERENCES_HEADING = /^\s*(?:\d+\.?\s*)?(references|bibliography|works cited|citations)\s*$/i;
export const isReferencesHeading = (text: string) => REFERENCES_HEADING.test(text);

const english = new ParseEnglish();

/** Joins pieces with single spaces, remembering where each starts, and splits the text into sentences with the English parser. */
export function toBlock(raw: RawBlock, heading: string | undefined): Block | undefined {
  const starts: Array<{ offset: number; place: Place }> = [];
  let text = '';
  for (const piece of raw.pieces) {
    const clean = piece.text.normalize('NFKC').replace(/\s+/g, ' ');
    if (!clean.trim()) {
      if (text && !text.endsWith(' ')) text += ' ';
      continue;
    }
    starts.push({ offset: text.length, place: placeOf(piece) });
    text += clean;
  }
  text = text.replace(/ +([.,;:!?)])/g, '$1');
  const trimmed = text.trim();
  const first = starts[0];
  if (!trimmed || !first) return undefined;
  // Sentences come in order, so the piece a sentence starts in is found by moving forward, never by searching again.
  let at = 0;
  const placeAt = (offset: number) => {
    while (at + 1 < starts.length && (starts[at + 1]?.offset ?? Infinity) <= offset) at++;
    return starts[at]?.place ?? first.place;
  };
  const sentences: Sentence[] = [];
  if (raw.kind === 'paragraph') {
    for (const paragraph of english.parse(text).children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') continue;
        const words = nlcstToString(node).trim();
        const tokens = node.children.flatMap((child) => (child.type === 'WordNode' ? [nlcstToString(child).toLowerCase()] : []));
        if (words) sentences.push({ text: words, words: tokens, ...placeAt(node.position?.start.offset ?? 0) });
      }
    }
  }
  return { kind: raw.kind, text: trimmed, sentences, ...first.place, ...(heading ? { heading } : {}) };
}

const placeOf = (piece: Piece): Place => (piece.page === undefined ? { line: piece.line } : { line: piece.line, page: piece.page });

/** A draft from its blocks in reading order: entries under a references heading are references, not prose. */
export function toDraft(format: DraftFormat, raw: readonly RawBlock[], extra: Pick<Draft, 'citeCommands' | 'pages'> = { citeCommands: [] }): Draft {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let inReferences = false;
  for (const item of raw) {
    const block = toBlock(inReferences && item.kind === 'paragraph' ? { ...item, kind: 'reference' } : item, heading);
    if (!block) continue;
    if (block.kind === 'heading') {
      heading = block.text;
      inReferences = isReferencesHeading(block.text);
    }
    blocks.push(block);
  }
  return { format, blocks, ...extra };
}
