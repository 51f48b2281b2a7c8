import MiniSearch, { type Options, type SearchOptions } from 'minisearch';

/** One word of a query as MiniSearch will look it up: the word, whether longer words starting with it count, and how many typos are forgiven. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
  maxDistance: number;
}

/** MiniSearch's own defaults, for the options an index leaves unset. */
const DEFAULT_FUZZY = 0.2;
const DEFAULT_MAX_FUZZY = 6;

/**
 * The words of a query, processed and judged as MiniSearch's search does
 * (tokenizer, term processing, and the `prefix`, `fuzzy` and `maxFuzzy`
 * options), so that matchingTerms finds every term a search can reach.
 */
export function queryTerms<T>(query: string, options: Options<T>): QueryTerm[] {
  const search: SearchOptions = options.searchOptions ?? {};
  const tokenize: (text: string) => string[] = search.tokenize ?? options.tokenize ?? MiniSearch.getDefault('tokenize');
  const processTerm: (term: string) => string | string[] | null | undefined | false =
    search.processTerm ?? options.processTerm ?? MiniSearch.getDefault('processTerm');
  const terms = tokenize(query).flatMap((token) => processTerm(token) || []).filter((term): term is string => !!term);
  return terms.map((term, i) => {
    const fuzzy = typeof search.fuzzy === 'function' ? search.fuzzy(term, i, terms) : search.fuzzy || false;
    const prefix = typeof search.prefix === 'function' ? search.prefix(term, i, terms) : search.prefix === true;
    const share = fuzzy === true ? DEFAULT_FUZZY : fuzzy || 0;
    const maxDistance = share < 1 ? Math.min(search.maxFuzzy ?? DEFAULT_MAX_FUZZY, Math.round(term.length * share)) : share;
    return { term, prefix, maxDistance };
  });
}

/**
 * The positions, in order, of the terms that any query term can reach:
 * itself, a longer word it starts (prefix), or a word within its edit
 * distance. More may be included, never fewer: the search decides the
 * actual matches among these (see rank.ts). Plain loops: this runs once per
 * command, on thousands of terms, before V8 has optimised anything.
 */
export function matchingTerms(terms: readonly string[], query: readonly QueryTerm[]): number[] {
  const distanceTo = query.map((q) => (q.maxDistance > 0 ? editDistanceTo(q.term) : undefined));
  const found: number[] = [];
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    for (let k = 0; k < query.length; k++) {
      const q = query[k] as QueryTerm;
      const reaches =
        term === q.term ||
        (q.prefix && term.startsWith(q.term)) ||
        (q.maxDistance > 0 && Math.abs(term.length - q.term.length) <= q.maxDistance && (distanceTo[k]?.(term) ?? 0) <= q.maxDistance);
      if (reaches) {
        found.push(i);
        break;
      }
    }
  }
  return found;
}

/**
 * The Levenshtein distance to `pattern` (in UTF-16 units, as MiniSearch
 * counts) of any word, by Myers' bit-parallel algorithm: one pass over the
 * word with a few bit operations a letter, rather than a table of word ×
 * pattern cells. Undefined for a pattern longer than 32 units, whose bits
 * do not fit in a 32-bit integer; matchingTerms then keeps every word of a
 * near length.
 */
export function editDistanceTo(pattern: string): ((word: string) => number) | undefined {
  const m = pattern.length;
  if (m === 0) return (word) => word.length;
  if (m > 32) return undefined;
  const positions = new Map<number, number>(); // letter → bit mask of where it is in the pattern
  for (let i = 0; i < m; i++) positions.set(pattern.charCodeAt(i), (positions.get(pattern.charCodeAt(i)) ?? 0) | (1 << i));
  const last = 1 << (m - 1);
  return (word) => {
    let plus = -1; // vertical +1 deltas of the current column: all of them, at first
    let minus = 0;
    let score = m;
    for (let j = 0; j < word.length; j++) {
      const eq = positions.get(word.charCodeAt(j)) ?? 0;
      const xv = eq | minus;
      const xh = (((eq & plus) + plus) ^ plus) | eq;
      let hPlus = minus | ~(xh | plus);
      let hMinus = plus & xh;
      if (hPlus & last) score++;
      else if (hMinus & last) score--;
      hPlus = (hPlus << 1) | 1;
      hMinus <<= 1;
      plus = hMinus | ~(xv | hPlus);
      minus = hPlus & xv;
    }
    return score;
  };
}
