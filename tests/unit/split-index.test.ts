import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { rankSplitIndex } from '../../src/search/rank.js';
import { DamagedIndexError, readSplitIndex, splitIndex, splitIndexText } from '../../src/search/split-index.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('split-index');

interface Doc {
  id: string;
  title: string;
  body: string;
}
const OPTIONS: Options<Doc> = {
  fields: ['title', 'body'],
  searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: (term: string) => (term.length > 4 ? 0.2 : false) },
};
const whole = (docs: Doc[], options = OPTIONS) => {
  const index = new MiniSearch<Doc>(options);
  index.addAll(docs);
  return index;
};
/** The whole index as loaded from its saved form: what a search used before, and the reference here. */
const loaded = (index: MiniSearch<Doc>, options = OPTIONS) => MiniSearch.loadJSON<Doc>(JSON.stringify(index), options);

// Few letters, so words share prefixes and lie within an edit or two of each other; numbers, as object keys, sort first;
// and words that name what every object inherits.
const word = fc.oneof(fc.stringMatching(/^[abcé]{1,7}$/), fc.constantFrom('1', '20', '2024', 'constructor', 'construct', 'proto'));
const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
const docs = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), title: text, body: text }), { selector: (d) => d.id, minLength: 1, maxLength: 12 });
const query = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));
const combine = fc.constantFrom('AND', 'OR') as fc.Arbitrary<'AND' | 'OR'>;

describe('rankSplitIndex', () => {
  it('gives exactly what MiniSearch gives from the whole index: ids, scores to the last bit, terms, fields and order', () => {
    fc.assert(
      fc.property(docs, query, combine, fc.integer({ min: 1, max: 15 }), (documents, q, combineWith, limit) => {
        const full = whole(documents);
        expect(rankSplitIndex(splitIndex(full), q, OPTIONS, { combineWith })).toEqual(loaded(full).search(q, { combineWith }));
        expect(rankSplitIndex(splitIndex(full), q, OPTIONS, { combineWith, limit })).toEqual(loaded(full).search(q, { combineWith }).slice(0, limit));
      }),
      { numRuns: 400 },
    );
  });

  it('follows the options it supports: searched fields, boosts, weights, BM25 parameters and typo limits', () => {
    const options: Options<Doc> = {
      fields: ['title', 'body'],
      searchOptions: { fields: ['body', 'title'], boost: { body: 2 }, prefix: (_t, i) => i === 0, fuzzy: 0.4, maxFuzzy: 1, weights: { fuzzy: 0.9, prefix: 0.1 }, bm25: { k: 2, b: 0.3, d: 1 } },
    };
    fc.assert(
      fc.property(docs, query, combine, (documents, q, combineWith) => {
        const full = whole(documents, options);
        expect(rankSplitIndex(splitIndex(full), q, options, { combineWith })).toEqual(loaded(full, options).search(q, { combineWith }));
      }),
      { numRuns: 200 },
    );
  });

  it('matches typos in words longer than 32 letters too', () => {
    const long = 'pneumonoultramicroscopicsilicovolcanoconiosis'; // 45 letters: six typos allowed
    const documents = [{ id: 'a', title: long, body: `${long}s and ${long.slice(0, 40)}` }, { id: 'b', title: 'short', body: long.replace(/o/g, '0') }];
    const full = whole(documents);
    for (const q of [long, long.slice(0, 43), long.replace('micro', 'macro')]) {
      const found = rankSplitIndex(splitIndex(full), q, OPTIONS, { combineWith: 'OR' });
      expect(found).toEqual(loaded(full).search(q, { combineWith: 'OR' }));
      expect(found.length).toBeGreaterThan(0);
    }
  });

  it('reads only the terms a query can reach', () => {
    const split = splitIndex(whole([{ id: 'a', title: 'research residency', body: 'apply to a residence early; reside nearby' }]));
    const read: string[] = [];
    const spy = { ...split, postings: (i: number) => (read.push(split.header.terms[i] ?? ''), split.postings(i)) };
    rankSplitIndex(spy, 'residency', OPTIONS, { combineWith: 'OR' });
    expect(read.sort()).toEqual(['residence', 'residency']);
  });
});

describe('a saved split index', () => {
  const documents = [{ id: 'x', title: 'Statement of purpose', body: 'Write a statement for each programme.' }, { id: 'y', title: 'CV', body: 'One page.' }];
  const save = (text: string) => {
    const file = path.join(tempDir(), 'index.json');
    fs.writeFileSync(file, text);
    return file;
  };

  it('is read back term by term', () => {
    const saved = readSplitIndex(save(splitIndexText(splitIndex(whole(documents)))));
    expect(saved && rankSplitIndex(saved, 'statment', OPTIONS, { combineWith: 'OR' }).map((r) => r.id)).toEqual(['x']);
    saved?.close();
  });

  it('says a damaged term is damaged when a query reaches it', () => {
    const text = splitIndexText(splitIndex(whole(documents)));
    const saved = readSplitIndex(save(text.replace(/\n\{([^\n]*)\n$/, '\nx$1\n'))); // same length: the offsets still fit
    expect(saved).toBeDefined();
    const last = saved?.header.terms.length ?? 0;
    expect(() => saved?.postings(last - 1)).toThrow(DamagedIndexError);
    saved?.close();
  });

  it('is refused in another format, or with a header that is not an index', () => {
    expect(readSplitIndex(save(JSON.stringify(whole(documents))))).toBeUndefined();
    expect(readSplitIndex(save(splitIndexText(splitIndex(whole(documents))).replace('"fieldIds":{', '"fieldIds":7,"x":{')))).toBeUndefined();
    expect(readSplitIndex(path.join(tempDir(), 'missing.json'))).toBeUndefined();
  });
});
