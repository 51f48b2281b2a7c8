import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import { jsonLine, jsonLines, offsetsFit, readTwoPartFile, twoPartText } from '../store/two-part-file.js';

/**
 * Where a term occurs: for each field id, the documents' short ids and how
 * often the term is in that field, as pairs in one array, by ascending id
 * (MiniSearch's own order). Plain number arrays parse and loop faster than
 * MiniSearch's objects keyed by id, on thousands of documents.
 */
export type TermPostings = Record<string, number[]>;

/** MiniSearch's serialised index without the terms' postings, plus the terms in the index's own order. */
export type IndexHeader = Omit<AsPlainObject, 'index'> & { terms: string[] };

/**
 * A MiniSearch index kept term by term: a header with the documents, field
 * lengths and the list of terms, and each term's postings read only when a
 * query reaches that term (see rank.ts). Loading a 2,000-section guide's
 * whole index into MiniSearch (loadJSON rebuilds its tree and every
 * posting) took most of a search's time; a query needs a handful of terms.
 */
export interface SplitIndex {
  header: IndexHeader;
  /** The postings of header.terms[i]; throws DamagedIndexError if a saved file is damaged. */
  postings(i: number): TermPostings;
  /** Done with it (a saved index keeps its file open to read postings). */
  close(): void;
}

/** A saved index turned out damaged while it was being read: it is to be built again. */
export class DamagedIndexError extends Error {}

/** Bumped when the saved form changes, so an older file is not read as this one. */
const FORMAT = 'careers split index 2';

/** Splits a built index, in memory. */
export function splitIndex<T>(index: MiniSearch<T>): SplitIndex {
  const { index: entries, ...rest } = index.toJSON();
  return {
    header: { ...rest, terms: entries.map(([term]) => term) },
    postings: (i) => pairsOf(entries[i]?.[1] ?? {}),
    close() {},
  };
}

/** MiniSearch's postings of a term ({ field id: { doc id: count } }) as TermPostings. */
function pairsOf(postings: AsPlainObject['index'][number][1]): TermPostings {
  const pairs: TermPostings = {};
  for (const [fieldId, counts] of Object.entries(postings)) pairs[fieldId] = Object.entries(counts).flatMap(([doc, count]) => [Number(doc), count]);
  return pairs;
}

/** The saved form: the header (with where each term's postings start) as the first part, the postings one term a line. */
export function splitIndexText(split: SplitIndex): string {
  const { text, offsets } = jsonLines(split.header.terms.map((_, i) => split.postings(i)));
  return twoPartText(JSON.stringify({ format: FORMAT, ...split.header, offsets }), text);
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** A saved index, or undefined if the file is missing, damaged or in another format. */
export function readSplitIndex(file: string): SplitIndex | undefined {
  const parts = readTwoPartFile(file);
  if (!parts) return undefined;
  try {
    const { format, offsets, ...header } = JSON.parse(parts.first) as IndexHeader & { format: unknown; offsets: number[] };
    const usable =
      format === FORMAT &&
      Array.isArray(header.terms) &&
      offsetsFit(offsets, parts.secondLength) &&
      offsets.length === header.terms.length + 1 &&
      [header.documentIds, header.fieldIds, header.fieldLength].every(isObject) &&
      Array.isArray(header.averageFieldLength) &&
      typeof header.documentCount === 'number' &&
      typeof header.nextId === 'number';
    if (usable) {
      const postings = (i: number) => {
        const value = jsonLine(parts, offsets, i);
        if (!isObject(value)) throw new DamagedIndexError(`search index ${file}: term ${i} is damaged`);
        return value as TermPostings;
      };
      return { header, postings, close: parts.close };
    }
  } catch {
    // not JSON: treated as missing
  }
  parts.close();
  return undefined;
}
