import type { ColorLevel } from '../terminal/color.js';
import { words, type SearchHit } from '../search/search.js';
import { snippet } from '../search/snippet.js';
import { wrapLines } from '../terminal/wrap.js';
import { Chalk } from 'chalk';

/** Search results as text: each section's id and title, then its best passages with the matched words picked out. */
export async function searchHitsText(hits: readonly SearchHit[], options: { width: number; colorLevel: ColorLevel; wrap: boolean }): Promise<string> {
  const c = new Chalk({ level: options.colorLevel });
  const text = hits
    .map((hit) => {
      const terms = new Set(hit.terms);
      const hasTerm = (sentence: string) => words(sentence).some((word) => terms.has(word));
      // Letters and digits without a Unicode property class, whose pattern takes longer to compile than a search's own work.
      const highlight = (passage: string) => passage.replace(/[A-Za-z0-9\u00C0-\uFFFF]+/g, (word) => (terms.has(word.toLowerCase()) ? c.bold.yellow(word) : word));
      // About two lines of text a passage.
      const lines = hit.passages.map((p) => `  ${highlight(snippet(p, hasTerm, 2 * (options.width - 2)))}`);
      return `${c.bold(hit.id)}  ${c.dim(hit.title)}\n${lines.join('\n')}\n`;
    })
    .join('\n');
  return options.wrap ? wrapLines(text, options.width) : text;
}
