import { Chalk } from 'chalk';
import { CareersError, usageError } from '../errors.js';
import type { IO } from '../io.js';
import { toJson } from '../render/json.js';
import { withSearchIndex } from '../search/index-cache.js';
import { searchGuide, type SearchHit } from '../search/search.js';
import { cacheDir } from '../store/data-dir.js';
import type { GlobalOptions } from './global-options.js';
import { loadGuideFor } from './guide-context.js';
import { pickColor, pickFormat, pickWidth } from './output-format.js';
import { sliceWhole } from '../text/slice-whole.js';

export interface SearchOptions extends GlobalOptions {
  format?: string;
  limit?: string;
}

const FORMATS = ['text', 'json'] as const;

/** `careers search <words>`: the sections that match, with the passages that matched. */
export async function searchCommand(io: IO, words: string[], options: SearchOptions): Promise<void> {
  const format = pickFormat(options.format, FORMATS, 'text', 'text', io);
  const c = new Chalk({ level: pickColor(options.color, io) });
  const limit = Number(options.limit ?? 5);
  if (!Number.isInteger(limit) || limit < 1) throw usageError(`--limit must be a whole number of at least 1 (got "${options.limit}")`);
  const query = words.join(' ').trim();
  if (!query) throw usageError('what should I search for? e.g. careers search residency');

  const guide = await loadGuideFor(io, options.guide);
  const hits = withSearchIndex(guide, cacheDir(io.env), (index) => searchGuide(guide, query, index, { limit }));
  if (!hits.length) throw new CareersError(`nothing in the guide matches "${query}"; careers list shows every topic`);

  if (format === 'json') {
    io.stdout.write(toJson(hits));
    return;
  }
  const width = pickWidth(undefined, io);
  io.stdout.write(hits.map((hit) => formatHit(hit, width, c)).join('\n'));
}

function formatHit(hit: SearchHit, width: number, c: InstanceType<typeof Chalk>): string {
  const terms = new Set(hit.terms);
  const highlight = (text: string) => text.replace(/[\p{L}\p{N}]+/gu, (word) => (terms.has(word.toLowerCase()) ? c.bold.yellow(word) : word));
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
