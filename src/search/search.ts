import MiniSearch, { type Options } from 'minisearch';
import type { Guide } from '../guide/types.js';
import { stripControls } from '../text/sanitize.js';

export interface SearchHit {
  id: string;
  title: string;
  score: number;
  /** The passages of the section that contain the most matched words, best first. */
  passages: string[];
  /** The words of the section that matched the query (after prefix and fuzzy matching). */
  terms: string[];
}

export interface SearchDoc {
  id: string;
  title: string;
  summary: string;
  tags: string;
  body: string;
  /**
   * What a hit shows, one passage a line (a passage is on one line): made
   * when the section is indexed and saved beside the index (index-cache.ts),
   * not in MiniSearch's stored fields, so a search reads only the hits'.
   */
  passages: string;
}

/** A guide's index, and the passages of each section it holds: read only for the hits shown. */
export interface SearchIndex {
  index: MiniSearch<SearchDoc>;
  /** A section's passages, one a line; empty when there are none. */
  passages(id: string): string;
}

/** A passage's words as the index has them: MiniSearch's own tokenizer, whose pattern a search has already compiled. */
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');
export const words = (text: string) => tokenize(text.toLowerCase());

/** The shortest word that also matches the longer words it starts. */
const MIN_PREFIX = 3;

/** How the index is built and searched; a saved index is loaded with the same options. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'summary', 'tags', 'body'],
  // Discarded documents are cleaned up when the index is saved, not in the background of a short-lived command.
  autoVacuum: false,
  /*
   * Typos are forgiven only in longer words: one edit in a three-letter word ("gpa") matches a different word ("gpu").
   * A word is a prefix only from three letters: "a" as a prefix stands for every word that starts with it, and twenty such
   * words over 10,000 sections took 12 s and 1 GB. maxFuzzy caps the edits a long word is allowed, and with them the work.
   */
  searchOptions: {
    boost: { title: 3, tags: 2, summary: 2 },
    prefix: (term: string) => term.length >= MIN_PREFIX,
    fuzzy: (term: string) => (term.length > 4 ? 0.2 : false),
    maxFuzzy: 2,
  },
};

/** What a search found, and the words of the query that match nothing anywhere in the guide, to say so rather than drop them silently. */
export interface SearchFound {
  hits: SearchHit[];
  unmatched: string[];
}

/**
 * Ranked full-text search over titles, summaries, tags and bodies. All words
 * must match if any section has them all; otherwise any word counts, so a
 * long query with one odd word still finds something.
 */
export function searchGuide(
  guide: Pick<Guide, 'section' | 'body'>,
  query: string,
  { index, passages }: SearchIndex,
  { limit = Infinity, maxPassages = 2 }: { limit?: number; maxPassages?: number } = {},
): SearchFound {
  let results = index.search(query, { combineWith: 'AND' });
  if (!results.length) results = index.search(query, { combineWith: 'OR' });
  // A word no result matched (MiniSearch lists each result's matched query words) matches nothing in the guide.
  const matched = new Set(results.flatMap((result) => result.queryTerms));
  const unmatched = [...new Set(words(query))].filter((word) => !matched.has(word));
  // Sections and passages are made only for the hits shown; an id the guide does not have (a stale index) is passed over.
  const hits: SearchHit[] = [];
  for (const result of results) {
    if (hits.length >= limit) break;
    const section = guide.section(String(result.id));
    if (!section) continue;
    hits.push({
      id: section.id,
      title: section.title,
      score: Math.round(result.score * 100) / 100,
      terms: result.terms,
      passages: bestPassages(passageLines(passages(section.id)), result.terms, maxPassages),
    });
  }
  return { hits, unmatched };
}

/**
 * The passages saved for a hit. A saved index is a file anyone may edit, so
 * control characters are taken out here, where passages are read for
 * printing, rather than by checking every section's when the index is
 * loaded. Passages made from the guide have none: its bodies are read
 * without them.
 */
const passageLines = (text: string): readonly string[] => (text ? stripControls(text).split('\n') : []);

function bestPassages(all: readonly string[], terms: readonly string[], limit: number): string[] {
  const wanted = new Set(terms);
  return all
    .map((text, position) => ({ text, position, hits: new Set(words(text).filter((w) => wanted.has(w))).size }))
    .filter((p) => p.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.position - b.position)
    .slice(0, limit)
    .map((p) => p.text);
}
