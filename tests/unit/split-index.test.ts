import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { indexForQuery, readSplitIndex, splitIndex, splitIndexText } from '../../src/search/split-index.js';
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
const whole = (docs: Doc[]) => {
  const index = new MiniSearch<Doc>(OPTIONS);
  index.addAll(docs);
  return index;
};

// Few letters, so words share prefixes and lie within an edit or two of each other.
const word = fc.stringMatching(/^[abcé]{1,7}$/);
const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
const docs = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), title: text, body: text }), { selector: (d) => d.id, minLength: 1, maxLength: 12 });
const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

describe('indexForQuery', () => {
  // Against the whole index as loaded from its saved form, which is what a search used before: loading reverses the order of
  // sibling terms in MiniSearch's tree, which decides the order of a result's terms, so a fresh index can list them differently.
  it('gives exactly the results of the whole saved index: ids, scores, terms and order', () => {
    fc.assert(
      fc.property(docs, query, fc.constantFrom('AND', 'OR') as fc.Arbitrary<'AND' | 'OR'>, (documents, q, combineWith) => {
        const full = whole(documents);
        const loaded = MiniSearch.loadJSON<Doc>(JSON.stringify(full), OPTIONS);
        expect(indexForQuery(splitIndex(full), q, OPTIONS).search(q, { combineWith })).toEqual(loaded.search(q, { combineWith }));
      }),
      { numRuns: 300 },
    );
  });

  it('loads only the terms a query can reach', () => {
    const full = whole([{ id: 'a', title: 'research residency', body: 'apply to a residence early; reside nearby' }]);
    const loaded: string[] = [];
    const split = splitIndex(full);
    const spy = { ...split, postings: (i: number) => (loaded.push(split.header.terms[i] ?? ''), split.postings(i)) };
    indexForQuery(spy, 'residency', OPTIONS);
    expect(loaded.sort()).toEqual(['residence', 'residency']);
  });

  it('reads a saved index back, term by term', () => {
    const documents = [{ id: 'x', title: 'Statement of purpose', body: 'Write a statement for each programme.' }, { id: 'y', title: 'CV', body: 'One page.' }];
    const file = path.join(tempDir(), 'index.json');
    fs.writeFileSync(file, splitIndexText(splitIndex(whole(documents))));
    const saved = readSplitIndex(file);
    expect(saved).toBeDefined();
    if (!saved) return;
    expect(indexForQuery(saved, 'statment', OPTIONS).search('statment').map((r) => r.id)).toEqual(['x']);
    saved.close();
  });

  it('refuses a file in another format', () => {
    const file = path.join(tempDir(), 'index.json');
    fs.writeFileSync(file, JSON.stringify(whole([{ id: 'a', title: 'a', body: 'b' }])));
    expect(readSplitIndex(file)).toBeUndefined();
    expect(readSplitIndex(path.join(tempDir(), 'missing.json'))).toBeUndefined();
  });
});
