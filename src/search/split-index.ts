import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { jsonLine, jsonLines, readTwoPartFile, twoPartText } from '../store/two-part-file.js';
import { matchingTerms, queryTerms } from './query-terms.js';

/** Which documents each field of a term occurs in, and how often: one entry of MiniSearch's serialised index. */
type TermPostings = AsPlainObject['index'][number][1];

/** MiniSearch's serialised index without the terms' postings, plus the terms in the index's own order. */
export type IndexHeader = Omit<AsPlainObject, 'index'> & { terms: string[] };

/**
 * A MiniSearch index kept term by term: a header with the documents, field
 * lengths and the list of terms, and each term's postings read only when a
 * query can match that term. Loading a 2,000-section guide's whole index
 * (MiniSearch.loadJSON rebuilds its tree and every posting) took most of a
 * search's time; a query needs a handful of terms.
 */
export interface SplitIndex {
  header: IndexHeader;
  /** The postings of header.terms[i]; undefined if a saved file is damaged. */
  postings(i: number): TermPostings | undefined;
  /** Done with it (a saved index keeps its file open to read postings). */
  close(): void;
}

/** Bumped when the saved form changes, so an older file is not read as this one. */
const FORMAT = 'careers split index 1';

/** Splits a built index, in memory. */
export function splitIndex<T>(index: MiniSearch<T>): SplitIndex {
  const { index: entries, ...rest } = index.toJSON();
  return { header: { ...rest, terms: entries.map(([term]) => term) }, postings: (i) => entries[i]?.[1], close() {} };
}

/**
 * A MiniSearch holding every document but only the terms `query` can reach,
 * each with all its postings. It scores and orders results exactly as the
 * whole index would: scores depend only on a term's own postings and the
 * documents' field lengths, and the terms keep their order (the order of
 * MiniSearch's tree, which prefix and fuzzy matches are visited in).
 */
export function indexForQuery<T>(split: SplitIndex, query: string, options: Options<T>): MiniSearch<T> {
  const { terms, ...rest } = split.header;
  const index: AsPlainObject['index'] = [];
  for (const i of matchingTerms(terms, queryTerms(query, options))) {
    const postings = split.postings(i);
    if (!postings) throw new Error('damaged search index');
    index.push([terms[i] as string, postings]);
  }
  return MiniSearch.loadJS<T>({ ...rest, index }, options);
}

/** The saved form: the header (with where each term's postings start) as the first part, the postings one term a line. */
export function splitIndexText(split: SplitIndex): string {
  const { text, offsets } = jsonLines(split.header.terms.map((_, i) => split.postings(i)));
  return twoPartText(JSON.stringify({ format: FORMAT, ...split.header, offsets }), text);
}

/** A saved index, or undefined if the file is missing, damaged or in another format. */
export function readSplitIndex(file: string): SplitIndex | undefined {
  const parts = readTwoPartFile(file);
  if (!parts) return undefined;
  try {
    const { format, offsets, ...header } = JSON.parse(parts.first) as IndexHeader & { format: unknown; offsets: number[] };
    if (format === FORMAT && Array.isArray(header.terms) && Array.isArray(offsets) && offsets.length === header.terms.length + 1) {
      return { header, postings: (i) => jsonLine(parts, offsets, i) as TermPostings | undefined, close: parts.close };
    }
  } catch {
    // not JSON: treated as missing
  }
  parts.close();
  return undefined;
}
