import type { Options, SearchResult } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { matchingTerms, queryTerms, type QueryTerm } from './query-terms.js';
import { DamagedIndexError, type SplitIndex, type TermPostings } from './split-index.js';

/** MiniSearch's defaults for the search options an index may leave unset (its defaultSearchOptions, not exported). */
const DEFAULT_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const DEFAULT_BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One word of the index that a query term reached, and how much a match on it counts. */
interface Derived {
  term: string;
  index: number;
  weight: number;
}

/** The search options that decide scores, with MiniSearch's defaults filled in. */
interface Settings {
  fields: string[];
  boosts: number[];
  weights: { fuzzy: number; prefix: number };
  bm25: { k: number; b: number; d: number };
}

function settingsOf<T>(options: Options<T>): Settings {
  const search = options.searchOptions ?? {};
  const fields = search.fields ?? options.fields;
  return {
    fields,
    boosts: fields.map((field) => (Object.hasOwn(search.boost ?? {}, field) && search.boost?.[field]) || 1),
    weights: { ...DEFAULT_WEIGHTS, ...search.weights },
    bm25: search.bm25 ?? DEFAULT_BM25,
  };
}

/**
 * MiniSearch's `search(query, { combineWith }).slice(0, limit)` over a
 * split index, computed without loading the index into MiniSearch: the
 * terms a query reaches are found in a small SearchableMap of candidates
 * (MiniSearch's own structure, so prefix and typo matches come in its
 * order), and documents are scored in typed arrays, with result objects
 * made only for the hits returned. Scores are added up in MiniSearch's
 * order, so they are equal to the last bit; a property test holds it to
 * that. Supports the options this project's index uses: fields, boost,
 * prefix, fuzzy, maxFuzzy, weights, bm25, tokenize, processTerm, and
 * combining with AND or OR; and an index as built, with no document
 * removed since (MiniSearch counts a removed one differently from then on).
 */
export function rankSplitIndex<T>(
  index: SplitIndex,
  query: string,
  options: Options<T>,
  { combineWith, limit = Infinity }: { combineWith: 'AND' | 'OR'; limit?: number },
): SearchResult[] {
  const { header } = index;
  const settings = settingsOf(options);
  const specs = queryTerms(query, options);
  if (!specs.length) return [];

  const tree = new SearchableMap<number>();
  for (const i of matchingTerms(header.terms, specs)) tree.set(header.terms[i] as string, i);
  const sequences = specs.map((spec) => derivedTerms(tree, spec, settings.weights));
  const postingsCache = new Map<number, TermPostings>();
  const postingsOf = (i: number): TermPostings => {
    let postings = postingsCache.get(i);
    if (!postings) postingsCache.set(i, (postings = index.postings(i)));
    return postings;
  };

  const size = header.nextId;
  const total = new Float64Array(size);
  const termScore = new Float64Array(size);
  const inResult = new Uint8Array(size);
  // Which distinct query words each document matched: MiniSearch multiplies a score by their number.
  const distinct = [...new Set(specs.map((s) => s.term))];
  const matchedWord = new Uint8Array(size * distinct.length);
  const quality = new Uint8Array(size);
  let order: number[] = [];

  specs.forEach((spec, position) => {
    const docs = scoreQueryTerm(header, sequences[position] ?? [], settings, postingsOf, termScore);
    const word = distinct.indexOf(spec.term);
    for (const doc of docs) {
      if (!matchedWord[doc * distinct.length + word]) {
        matchedWord[doc * distinct.length + word] = 1;
        quality[doc] = (quality[doc] as number) + 1;
      }
    }
    // Combined as MiniSearch combines one term's results with the ones before: its order of documents, and its sums.
    if (position === 0 || combineWith === 'OR') {
      for (const doc of docs) {
        if (inResult[doc]) total[doc] = (total[doc] as number) + (termScore[doc] as number);
        else {
          inResult[doc] = 1;
          total[doc] = termScore[doc] as number;
          order.push(doc);
        }
      }
    } else {
      // AND keeps the documents in both, in the order of the later term's results.
      const kept = docs.filter((doc) => inResult[doc]);
      inResult.fill(0);
      for (const doc of kept) {
        inResult[doc] = 1;
        total[doc] = (total[doc] as number) + (termScore[doc] as number);
      }
      order = kept;
    }
  });

  const ranked = order.map((doc) => ({ doc, score: (total[doc] as number) * ((quality[doc] as number) || 1) })).sort((x, y) => y.score - x.score); // stable, as MiniSearch's
  return ranked.slice(0, limit).map(({ doc, score }) => {
    const { match, queryTerms: matchedTerms } = whatMatched(doc, specs, sequences, settings.fields, header.fieldIds, postingsOf);
    // Stored fields are assigned last, as MiniSearch does.
    return Object.assign({ id: header.documentIds[doc], score, terms: Object.keys(match), queryTerms: matchedTerms, match }, header.storedFields?.[doc]);
  });
}

/**
 * Scores one query term: each index word it reaches, field by field, with
 * MiniSearch's BM25 and weights, operation for operation, so the sums are
 * equal to the last bit. Leaves each document's score in `scores` and
 * returns the documents in the order they were first met.
 */
function scoreQueryTerm(
  header: SplitIndex['header'],
  derived: readonly Derived[],
  { fields, boosts, bm25: { k, b, d } }: Settings,
  postingsOf: (i: number) => TermPostings,
  scores: Float64Array,
): number[] {
  const docs: number[] = [];
  const seen = new Uint8Array(scores.length);
  for (const word of derived) {
    const postings = postingsOf(word.index);
    for (let f = 0; f < fields.length; f++) {
      const fieldId = header.fieldIds[fields[f] as string] as number;
      const pairs = postings[fieldId];
      if (!pairs) continue;
      const matching = pairs.length / 2;
      const idf = Math.log(1 + (header.documentCount - matching + 0.5) / (matching + 0.5));
      const average = header.averageFieldLength[fieldId] as number;
      const boost = word.weight * 1 * (boosts[f] as number) * 1; // weight × term boost × field boost × document boost, in MiniSearch's order
      for (let j = 0; j < pairs.length; j += 2) {
        const doc = pairs[j] as number;
        const lengths = header.fieldLength[doc];
        if (lengths === undefined) throw new DamagedIndexError(`search index: document ${doc} has no field lengths`);
        const freq = pairs[j + 1] as number;
        const weighted = boost * (idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * (lengths[fieldId] as number)) / average))));
        if (seen[doc]) scores[doc] = (scores[doc] as number) + weighted;
        else {
          seen[doc] = 1;
          scores[doc] = weighted;
          docs.push(doc);
        }
      }
    }
  }
  return docs;
}

/** The index words a query term reaches, in the order MiniSearch scores them: the word itself, longer words it starts, then words within its typo distance. */
function derivedTerms(tree: SearchableMap<number>, spec: QueryTerm, weights: { fuzzy: number; prefix: number }): Derived[] {
  const found: Derived[] = [];
  const exact = tree.get(spec.term);
  if (exact !== undefined) found.push({ term: spec.term, index: exact, weight: 1 });
  const fuzzy = spec.maxDistance ? tree.fuzzyGet(spec.term, spec.maxDistance) : undefined;
  if (spec.prefix) {
    for (const [term, index] of tree.atPrefix(spec.term)) {
      const distance = term.length - spec.term.length;
      if (!distance) continue;
      fuzzy?.delete(term); // scored as a prefix, not as a typo
      found.push({ term, index, weight: (weights.prefix * term.length) / (term.length + 0.3 * distance) });
    }
  }
  for (const [term, [index, distance]] of fuzzy ?? []) {
    if (distance) found.push({ term, index, weight: (weights.fuzzy * term.length) / (term.length + distance) });
  }
  return found;
}

/** For one hit: which index words matched in which fields, and which query words they came from, merged as MiniSearch merges them. */
function whatMatched(
  doc: number,
  specs: readonly QueryTerm[],
  sequences: readonly Derived[][],
  fields: readonly string[],
  fieldIds: Record<string, number>,
  postingsOf: (i: number) => TermPostings,
): { match: Record<string, string[]>; queryTerms: string[] } {
  const match: Record<string, string[]> = {};
  const matched: string[] = [];
  specs.forEach((spec, position) => {
    const local: Record<string, string[]> = {};
    let found = false;
    for (const derived of sequences[position] ?? []) {
      const postings = postingsOf(derived.index);
      for (const field of fields) {
        if (!hasDocument(postings[fieldIds[field] as number], doc)) continue;
        found = true;
        // An own property only, as MiniSearch checks: "constructor" is a word too, and every object inherits one.
        const fieldsSoFar = Object.hasOwn(local, derived.term) ? local[derived.term] : undefined;
        if (fieldsSoFar) fieldsSoFar.push(field);
        else local[derived.term] = [field];
      }
    }
    if (!found) return;
    if (!matched.includes(spec.term)) matched.push(spec.term);
    Object.assign(match, local);
  });
  return { match, queryTerms: matched };
}

/** Whether a field's postings (doc, count pairs by ascending doc) include a document: a binary search. */
function hasDocument(pairs: readonly number[] | undefined, doc: number): boolean {
  let low = 0;
  let high = (pairs?.length ?? 0) / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = pairs?.[middle * 2] as number;
    if (found === doc) return true;
    if (found < doc) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}
