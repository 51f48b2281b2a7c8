import type { ColorLevel } from '../terminal/color.js';
import { PALETTES, type Theme } from '../terminal/palette.js';
import { words } from '../search/search.js';
import { snippet } from '../search/snippet.js';
import { Chalk } from 'chalk';
import type { NotesFirst } from '../search/notes-first.js';
import { markedPassage, plainMarker, type NotedHit } from './search-markdown.js';

/**
 * Search results as text: first the change notes and routes the words name,
 * then each section's id and title and its best passages, with the matched
 * words picked out and each changed name marked.
 */
export async function searchHitsText(
  hits: readonly NotedHit[],
  notes: NotesFirst,
  options: { width: number; colorLevel: ColorLevel; wrap: boolean; theme: Theme },
): Promise<string> {
  const c = new Chalk({ level: options.colorLevel });
  const changes = notes.changes.map((n) => `  ${c.bold(n.name)}: ${n.note} (checked ${n.as_of}; careers read ${n.section})`);
  const routes = notes.routes.map((r) => `  ${c.bold(r.name)}: ${r.what} ${r.url} (checked ${r.checked})`);
  const first = [
    ...(changes.length ? [`${c.bold('Changed since the source (2020)')}\n${changes.join('\n')}\n`] : []),
    ...(routes.length ? [`${c.bold('Routes open today')}\n${routes.join('\n')}\n`] : []),
    ...(changes.length || routes.length ? [`${c.dim('Programmes that take people today: careers read routes-today')}\n`] : []),
  ];
  const found = hits.map((hit) => {
    const terms = new Set(hit.terms);
    const hasTerm = (sentence: string) => words(sentence).some((word) => terms.has(word));
    const highlight = (passage: string) =>
      passage.replace(/[\p{L}\p{N}]+/gu, (word) => (terms.has(word.toLowerCase()) ? c.bold[PALETTES[options.theme].match](word) : word));
    // About two lines of text a passage.
    const lines = hit.passages.map((p) => `  ${highlight(plainMarker(markedPassage(snippet(p, hasTerm, 2 * (options.width - 2)), hit.changed)))}`);
    return `${c.bold(hit.id)}  ${c.dim(hit.title)}\n${lines.join('\n')}\n`;
  });
  const text = [...first, ...found].join('\n');
  // Loaded only to wrap for a terminal: string-width sets up an Intl.Segmenter when loaded (docs/performance.md).
  return options.wrap ? (await import('../terminal/wrap.js')).wrapLines(text, options.width) : text;
}
