import { join, resolve } from 'node:path';
import { CareersError, usageError } from '../../errors.js';
import { toJson } from '../../render/json.js';
import { cacheDir } from '../../files/data-dir.js';
import { guideSources, loadGuide } from '../guide-context.js';
import { pickColor, pickFormat, pickWidth } from '../output-format.js';
import { shortHash } from '../../text/hash.js';
import type definition from '../definitions/search.js';
import type { ActionOf } from '../program.js';
import { searchIndexFor } from '../../search/index-cache.js';
import { searchGuide } from '../../search/search.js';
import { searchHitsText } from '../../render/search-hits.js';
import { searchMarkdown } from '../../render/search-markdown.js';
import { notesFirst } from '../../search/notes-first.js';
import { themeOf } from '../../terminal/palette.js';

export const run: ActionOf<typeof definition> = async (io, [words], options) => {
  const format = pickFormat(options.format, 'text', 'markdown', io);
  const limit = Number(options.limit ?? 5);
  if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit must be a whole number of at least 1 (got "${options.limit}")`);
  const query = words.join(' ').trim();
  if (!query) throw usageError('what should I search for? e.g. careers search residency');
  checkQuery(query);

  const sources = guideSources(io, options.guide);
  const guide = await loadGuide(io, sources, { drafts: options.drafts ?? false });
  const cache = cacheDir(io.env);
  const folders = sources.map((source) => resolve(source.dir));
  const index = await searchIndexFor(guide, {
    // The built-in guide's index is a base for any set of folders: only the sections of the others are added.
    ...(io.builtinSearchIndex ? { prebuilt: io.builtinSearchIndex } : {}),
    ...(cache ? { writable: join(cache, 'search', `${shortHash(folders.join('\n'))}.json`) } : {}),
  });
  const { hits, unmatched } = searchGuide(guide, query, index, { limit });
  if (!hits.length) throw new CareersError(`nothing in the guide matches "${query}"; careers list shows every topic`);
  if (unmatched.length) io.stderr.write(`careers: nothing matched ${unmatched.map((w) => `"${w}"`).join(', ')}; these results are for the other words\n`);

  if (format === 'json') {
    io.stdout.write(toJson(hits));
    return;
  }
  // The dated notes and today's routes the words name come first; passages of a section with notes carry the marker.
  const notes = notesFirst(query, guide.sections, guide.routes());
  const noted = hits.map((hit) => ({ ...hit, changed: guide.section(hit.id)?.changed ?? [] }));
  if (format === 'markdown') {
    io.stdout.write(searchMarkdown(query, noted, notes));
    return;
  }
  // In a terminal a passage wraps to the window; --format text piped keeps it on one line for grep.
  io.stdout.write(
    await searchHitsText(noted, notes, {
      width: pickWidth(undefined, io),
      colorLevel: pickColor(options.color, io),
      wrap: Boolean(io.columns),
      theme: themeOf(io.env),
    }),
  );
};

/*
 * Fuzzy matching costs grow with a word's length and with the number of
 * words: a 50,000-letter word once took 12 s and 2.5 GB. No real query
 * comes near these bounds.
 */
const MAX_QUERY_CHARS = 256;
const MAX_QUERY_WORDS = 20;
const MAX_WORD_CHARS = 64;

function checkQuery(query: string): void {
  const words = query.split(/\s+/);
  if (words.length > MAX_QUERY_WORDS) throw usageError(`the search has ${words.length} words; keep it to ${MAX_QUERY_WORDS}`);
  const long = words.find((word) => word.length > MAX_WORD_CHARS);
  if (long) throw usageError(`a word of ${long.length} characters is longer than any in the guide; keep words to ${MAX_WORD_CHARS}`);
  if (query.length > MAX_QUERY_CHARS) throw usageError(`the search is ${query.length} characters long; keep it to ${MAX_QUERY_CHARS}`);
}
