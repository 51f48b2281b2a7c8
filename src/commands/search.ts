import type { ChalkInstance } from 'chalk';
import { join, resolve } from 'node:path';
import { CareersError, usageError } from '../errors.js';
import { toJson } from '../render/json.js';
import type { SearchHit } from '../search/search.js';
import { cacheDir } from '../store/data-dir.js';
import { guideSources, loadGuideFor } from '../shell/guide-context.js';
import { pickColor, pickFormat, pickWidth } from '../shell/output-format.js';
import { shortHash } from '../text/hash.js';
import { sliceWhole } from '../text/slice-whole.js';
import { defineCommand, examples, formatOption } from './program.js';

export default defineCommand('search', (command, io) =>
  command
    .description('search the guide and print the passages that match')
    .argument('<words...>', 'what to look for (prefixes and small typos match too)')
    .addOption(formatOption(['text', 'json'], 'text'))
    .option('--limit <n>', 'at most this many sections (default: 5)')
    .addHelpText('after', examples('careers search residency', 'careers search GPA', 'careers search recommendation letters --format json'))
    .action(async (words, _options, command) => {
      const options = command.optsWithGlobals();
      const format = pickFormat(options.format, 'text', 'text', io);
      const limit = Number(options.limit ?? 5);
      if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit must be a whole number of at least 1 (got "${options.limit}")`);
      const query = words.join(' ').trim();
      if (!query) throw usageError('what should I search for? e.g. careers search residency');
      checkQuery(query);

      const guide = await loadGuideFor(io, options.guide);
      // MiniSearch and the saved index load only here.
      const [{ searchIndexFor }, { searchGuide }] = await Promise.all([import('../search/index-cache.js'), import('../search/search.js')]);
      const cache = cacheDir(io.env);
      const folders = guideSources(io, options.guide).map((source) => resolve(source.dir));
      const index = await searchIndexFor(guide, {
        // The built-in guide's index is a base for any set of folders: only the sections of the others are added.
        ...(io.builtinSearchIndex ? { prebuilt: io.builtinSearchIndex } : {}),
        ...(cache ? { writable: join(cache, 'search', `${shortHash(folders.join('\n'))}.json`) } : {}),
      });
      const hits = searchGuide(guide, query, index, { limit });
      if (!hits.length) throw new CareersError(`nothing in the guide matches "${query}"; careers list shows every topic`);

      if (format === 'json') {
        io.stdout.write(toJson(hits));
        return;
      }
      const { Chalk } = await import('chalk');
      const c = new Chalk({ level: pickColor(options.color, io) });
      const width = pickWidth(undefined, io);
      io.stdout.write(hits.map((hit) => formatHit(hit, width, c)).join('\n'));
    }),
);

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

function formatHit(hit: SearchHit, width: number, c: ChalkInstance): string {
  const terms = new Set(hit.terms);
  // Letters and digits without a Unicode property class, whose pattern takes longer to compile than a search's own work.
  const highlight = (text: string) => text.replace(/[A-Za-z0-9\u00C0-\uFFFF]+/g, (word) => (terms.has(word.toLowerCase()) ? c.bold.yellow(word) : word));
  const lines = hit.passages.map((p) => `  ${highlight(excerpt(p, width - 2))}`);
  return `${c.bold(hit.id)}  ${c.dim(hit.title)}\n${lines.join('\n')}\n`;
}

/** One passage cut to about two lines, on a word boundary. */
function excerpt(text: string, width: number): string {
  const max = width * 2;
  if (text.length <= max) return text;
  const cut = sliceWhole(text, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
