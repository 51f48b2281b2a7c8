import fc from 'fast-check';
import type { Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { editDistanceTo, matchingTerms, queryTerms } from '../../src/search/query-terms.js';

const OPTIONS: Options<unknown> = {
  fields: ['title', 'body'],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term: string) => (term.length > 4 ? 0.2 : false) },
};

/** The textbook definition, kept apart from the code under test. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

describe('queryTerms', () => {
  it('splits and lowercases as MiniSearch does, with the typos each word is allowed', () => {
    expect(queryTerms('Research, GPA!', OPTIONS)).toEqual([
      { term: 'research', prefix: true, maxDistance: 2 },
      { term: 'gpa', prefix: true, maxDistance: 0 },
    ]);
    expect(queryTerms('statement', { fields: ['t'], searchOptions: { fuzzy: true, maxFuzzy: 1 } })).toEqual([{ term: 'statement', prefix: false, maxDistance: 1 }]);
    expect(queryTerms('statement', { fields: ['t'], searchOptions: { fuzzy: 3 } })).toEqual([{ term: 'statement', prefix: false, maxDistance: 3 }]);
  });
});

describe('matchingTerms', () => {
  it('finds the word itself, longer words it starts, and words within its edit distance, in the index order', () => {
    const terms = ['resident', 'research', 'residency', 'resid', 'president', 'residence'];
    expect(matchingTerms(terms, [{ term: 'resid', prefix: true, maxDistance: 0 }])).toEqual([0, 2, 3, 5]);
    expect(matchingTerms(terms, [{ term: 'residency', prefix: false, maxDistance: 1 }])).toEqual([2, 5]);
    expect(matchingTerms(terms, [{ term: 'resident', prefix: false, maxDistance: 0 }])).toEqual([0]);
  });
});

describe('editDistanceTo', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['gpa', 'gpu', 1],
    ['gpa', 'gpa', 0],
    ['abcdef', 'abc', 3],
    ['flaw', 'lawn', 2],
    ['', 'abc', 3],
  ])('%s → %s: %i', (pattern, word, distance) => {
    expect(editDistanceTo(pattern)?.(word)).toBe(distance);
  });

  it('agrees with the textbook Levenshtein distance for any pattern of up to 32 units', () => {
    const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '😀'), maxLength: max });
    fc.assert(
      fc.property(word(32).filter((p) => p.length <= 32), word(40), (pattern, text) => {
        expect(editDistanceTo(pattern)?.(text)).toBe(levenshtein(text, pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves a longer pattern to matchingTerms, which then keeps every word of a near length', () => {
    const long = 'a'.repeat(40);
    expect(editDistanceTo(long)).toBeUndefined();
    expect(matchingTerms(['b'.repeat(42), 'b'.repeat(47), long], [{ term: long, prefix: false, maxDistance: 6 }])).toEqual([0, 2]);
  });
});
