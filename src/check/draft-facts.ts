import { sliceWhole } from '../text/slice-whole.js';
import { findCitations, type Citation } from './citations.js';
import type { Block, Draft, Place, Sentence } from './draft.js';
import { forMatching } from './phrases.js';
import type { Scope } from './schema.js';

/*
 * What the rules ask of a draft, worked out once: its sentences and
 * headings as the rules match them, its opening, its words, its repeats
 * and its citations; and how a finding quotes the draft.
 */

/** The words of the first paragraph a skimming reader takes in before deciding to read on. */
const OPENING_WORDS = 80;
/** A first paragraph shorter than this (a title, a one-line hook) is read on into the next one. */
const OPENING_PARAGRAPH_WORDS = 20;
/** A quote is enough of a sentence to find it again: cut for display only, never for matching. */
const QUOTE_CHARS = 140;
/** A sentence this long said twice is a repeat; shorter ones ("Thank you.") may recur by chance. */
const REPEAT_WORDS = 5;

export interface Quote extends Place {
  text: string;
}

/** A sentence or heading as the rules match it: its whole text, terms in one form ("Ph.D." is "PhD"). */
export interface Item {
  source: Sentence | Block;
  text: string;
  /** The text as phrases are matched against it (see phrases.ts). */
  matched: string;
  words: string[];
}

/** Forms of a term that rules name once: Ph.D., Ph. D. and PHD are PhD. */
const normalTerms = (text: string) => text.replace(/(?<![\p{L}])Ph\.?\s?D\b\.?/giu, 'PhD').replace(/(?<![\p{L}])D\.\s?Phil\b\.?/giu, 'DPhil');
export const itemOf = (source: Sentence | Block): Item => {
  const text = normalTerms(source.text);
  return { source, text, matched: forMatching(text), words: 'words' in source ? source.words : [] };
};

/** What the tests ask of a draft, worked out once. */
export class DraftFacts {
  readonly prose: Item[];
  readonly headings: Item[];
  readonly opening: Item[];
  readonly everything: Item[];
  readonly references: Block[];
  /** Sentences that say an earlier one again, word for word. */
  readonly repeats: Sentence[];
  /** Words of the body, a repeated sentence counted once. */
  readonly words: number;
  private citationList: Citation[] | undefined;

  constructor(readonly draft: Draft) {
    // A sentence said again word for word is read once: repeating it neither adds evidence nor fills the page.
    const said = new Set<string>();
    const repeats: Sentence[] = [];
    const firstTime = (sentence: Sentence) => {
      const key = sentence.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (countWords(key) < REPEAT_WORDS || !said.has(key)) return said.add(key);
      repeats.push(sentence);
      return false;
    };
    const unique = new Map(draft.blocks.map((b) => [b, b.kind === 'paragraph' ? b.sentences.filter(firstTime) : []]));
    this.repeats = repeats;
    this.prose = [...unique.values()].flat().map(itemOf);
    this.headings = draft.blocks.filter((b) => b.kind === 'heading').map(itemOf);
    this.references = draft.blocks.filter((b) => b.kind === 'reference');
    this.everything = draft.blocks.flatMap((b): Array<Sentence | Block> => (b.kind === 'paragraph' ? (unique.get(b) ?? []) : [b])).map(itemOf);
    const repeated = repeats.reduce((sum, s) => sum + countWords(s.text), 0);
    this.words = draft.blocks.reduce((sum, b) => sum + (b.kind === 'reference' ? 0 : countWords(b.text)), 0) - repeated;
    // The first paragraph, as far as a skimming reader goes: research two paragraphs down is not what the statement opens with.
    // A title or a one-line hook is too short to be the opening on its own, so reading goes on into the next paragraph.
    let seen = 0;
    this.opening = [...unique.values()]
      .filter((sentences) => sentences.length)
      .flatMap((sentences) => {
        if (seen >= OPENING_PARAGRAPH_WORDS) return [];
        return sentences.filter((s) => {
          const before = seen;
          seen += countWords(s.text);
          return before < OPENING_WORDS;
        });
      })
      .map(itemOf);
  }

  get citations(): Citation[] {
    this.citationList ??= findCitations(this.draft);
    return this.citationList;
  }

  inScope(scope: Scope): Item[] {
    if (scope === 'headings') return this.headings;
    if (scope === 'everywhere') return this.everything;
    return scope === 'opening' ? this.opening : this.prose;
  }
}

export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function quoteOf(item: Place & { text: string }): Quote {
  const text = item.text.length > QUOTE_CHARS ? `${sliceWhole(item.text, QUOTE_CHARS - 1).trimEnd()}…` : item.text;
  return { text, line: item.line, ...(item.page === undefined ? {} : { page: item.page }), ...(item.file ? { file: item.file } : {}) };
}
export const quote = (item: Item) => quoteOf(item.source);
