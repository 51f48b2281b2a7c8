import fs from 'node:fs';
import path from 'node:path';
import type { TerminalOptions } from '../render/terminal-options.js';
import { shortHash } from '../text/hash.js';
import { saveCacheEntry } from './cache-folder.js';

/** Renderings kept: every section at a few widths, both with and without colour. */
const KEEP = 300;

export interface RenderCache {
  get(markdown: string): string | undefined;
  set(markdown: string, text: string): void;
}

/**
 * Sections already rendered for a terminal, saved in the cache folder.
 * Rendering markdown costs several times a whole lookup (marked's parser
 * and marked-terminal start cold on every run), and people reread the same
 * sections at the same width. An entry is used only for exactly the same
 * markdown, options and renderer build: the whole key is stored in the
 * entry and compared, so a hash collision cannot print the wrong text.
 */
export function renderCache(cacheDir: string | undefined, build: string | undefined, options: TerminalOptions): RenderCache | undefined {
  if (!cacheDir || !build) return undefined;
  const folder = path.join(cacheDir, 'rendered');
  const keyOf = (markdown: string) => JSON.stringify([build, options.width, options.colorLevel, options.hyperlinks, markdown]);
  const fileOf = (key: string) => path.join(folder, `${shortHash(key)}.json`);
  return {
    get(markdown) {
      const key = keyOf(markdown);
      const file = fileOf(key);
      try {
        const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: unknown; text?: unknown };
        if (entry.key !== key || typeof entry.text !== 'string') return undefined;
        markUsed(file);
        return entry.text;
      } catch {
        return undefined; // missing or damaged: render again
      }
    },
    set(markdown, text) {
      const key = keyOf(markdown);
      saveCacheEntry(fileOf(key), JSON.stringify({ key, text }), KEEP);
    },
  };
}

/** Pruning removes the least recently used renderings first; a read-only cache just stays as it is. */
function markUsed(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // not ours to change
  }
}
