import MiniSearch from 'minisearch';
import type { Guide, Section } from '../guide/types.js';
import { passages } from './passages.js';
import { rankSplitIndex } from './rank.js';
import { splitIndex, type SplitIndex } from './split-index.js';

export interface SearchHit {
  id: string;
  title: string;
  score: number;
  /** The passages of the section that contain the most matched words, best first. */
  passages: string[];
  /** The words of the section that matched the query (after prefix and fuzzy matching). */
  terms: string[];
}

interface Doc {
  id: string;
  title: string;
  summary: string;
  tags: string;
  body: string;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const OPTIONS = {
  fields: ['title', 'summary', 'tags', 'body'],
  storeFields: [],
  // Typos are forgiven only in longer words: one edit in a three-letter word ("gpa") matches a different word ("gpu").
  searchOptions: { boost: { title: 3, tags: 2, summary: 2 }, prefix: true, fuzzy: (term: string) => (term.length > 4 ? 0.2 : false) },
};

/** The full-text index of a guide, split by term so that a large guide's index can be saved and loaded a term at a time. */
export function buildSearchIndex(sections: readonly Section[]): SplitIndex {
  const index = new MiniSearch<Doc>(OPTIONS);
  index.addAll(sections.map((s) => ({ id: s.id, title: s.title, summary: s.summary, tags: [...s.tags, ...s.aliases].join(' '), body: s.body })));
  return splitIndex(index);
}

/**
 * Ranked full-text search over titles, summaries, tags and bodies. All words
 * must match if any section has them all; otherwise any word counts, so a
 * long query with one odd word still finds something. Pure; throws
 * DamagedIndexError if a saved index turns out damaged.
 */
export function searchGuide(
  guide: Pick<Guide, 'section'>,
  query: string,
  index: SplitIndex,
  { limit = Infinity, maxPassages = 2 }: { limit?: number; maxPassages?: number } = {},
): SearchHit[] {
  const rank = (combineWith: 'AND' | 'OR') => rankSplitIndex(index, query, OPTIONS, { combineWith, limit });
  let results = rank('AND');
  if (!results.length) results = rank('OR');

  // Sections and passages are read only for the hits shown: on a large guide, most sections may match.
  return results.flatMap((result) => {
    const section = guide.section(String(result.id));
    if (!section) return [];
    const terms = result.terms;
    return [{ id: section.id, title: section.title, score: Math.round(result.score * 100) / 100, terms, passages: bestPassages(section.body, terms, maxPassages) }];
  });
}

function bestPassages(body: string, terms: readonly string[], limit: number): string[] {
  const wanted = new Set(terms);
  return passages(body)
    .map((text, position) => ({ text, position, hits: new Set(words(text).filter((w) => wanted.has(w))).size }))
    .filter((p) => p.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.position - b.position)
    .slice(0, limit)
    .map((p) => p.text);
}
