import type { IO } from './io.js';
import type { TerminalOptions } from './render-options.js';
import { cacheDir } from '../files/data-dir.js';
import { renderCache } from '../files/render-cache.js';
import { BUILD } from '../version.js';
import { tooComplexToRender } from './render-limits.js';
import { stripControls } from '../text/sanitize.js';

export interface TerminalDocument {
  markdown: string;
  /** Someone's own results (an assessment): rendered, never saved in the cache folder. */
  personal?: boolean;
  /** The guide file it comes from, named in the warning if it cannot be rendered. */
  file?: string;
}

/**
 * Renders markdown documents for a terminal, each guide section taken from
 * the render cache when it was rendered before with the same options.
 */
export async function renderForTerminal(io: IO, documents: readonly TerminalDocument[], options: TerminalOptions): Promise<string[]> {
  const cache = renderCache(cacheDir(io.env), BUILD, options);
  let render: ((markdown: string) => string) | undefined;
  const texts: string[] = [];
  for (const { markdown, personal, file } of documents) {
    const saved = personal ? undefined : cache?.get(markdown);
    if (saved !== undefined) {
      texts.push(saved);
      continue;
    }
    const tooComplex = tooComplexToRender(markdown);
    if (tooComplex) {
      io.stderr.write(`careers: warning: ${file ?? 'a section'}: shown as plain text, since ${tooComplex}\n`);
      // Loaded here only: wrap-ansi's string-width sets up an Intl.Segmenter when loaded, tens of milliseconds (docs/performance.md).
      const { wrapLines } = await import('./wrap.js');
      texts.push(`${wrapLines(stripControls(markdown), options.width)}\n`);
      continue;
    }
    // Loaded on a miss only: marked and marked-terminal are most of a rendered lookup's start (docs/performance.md).
    render ??= (await import('./render-markdown.js')).terminalRenderer(options);
    const text = render(markdown);
    if (!personal) cache?.set(markdown, text);
    texts.push(text);
  }
  return texts;
}
