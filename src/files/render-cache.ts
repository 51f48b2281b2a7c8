import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { TerminalOptions } from '../terminal/render-options.js';
import { shortHash } from '../text/hash.js';
import { saveCacheEntry } from './cache-folder.js';
import { readLimited } from './read-limited.js';
import { hasControls } from '../text/sanitize.js';

/** Renderings kept: every section at a few widths, both with and without colour. */
const KEEP = 300;
/** A rendering of the largest guide file (1 MiB) with its escape codes fits well within this. */
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

export interface RenderCache {
  get(markdown: string): string | undefined;
  set(markdown: string, text: string): void;
}

/**
 * Sections already rendered for a terminal, saved in the cache folder.
 * Rendering markdown costs several times a whole lookup (marked's parser
 * and marked-terminal start cold on every run), and people reread the same
 * sections at the same width. An entry is used only for exactly the same
 * markdown, options and build: the whole key is stored in the
 * entry and compared, so a hash collision cannot print the wrong text.
 */
export function renderCache(cacheDir: string | undefined, build: string, options: TerminalOptions): RenderCache | undefined {
  if (!cacheDir) return undefined;
  const folder = join(cacheDir, 'rendered');
  const keyOf = (markdown: string) => JSON.stringify([build, options.width, options.colorLevel, options.hyperlinks, options.theme ?? 'dark', markdown]);
  const fileOf = (key: string) => join(folder, `${shortHash(key)}.json`);
  return {
    get(markdown) {
      const key = keyOf(markdown);
      const file = fileOf(key);
      try {
        const entry = JSON.parse(readLimited(file, MAX_ENTRY_BYTES).toString('utf8')) as { key?: unknown; text?: unknown };
        if (entry.key !== key || typeof entry.text !== 'string' || !isOurRendering(entry.text)) return undefined;
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
    utimesSync(file, now, now);
  } catch {
    // not ours to change
  }
}

/** The escape codes a rendering of ours holds: colours (SGR), and links (OSC 8), alone or wrapped for tmux. */
const OUR_ESCAPES = /\u001B\[[0-9;]*m|\u001B\]8;;[^\u0007\u001B]*\u0007|\u001BPtmux;\u001B\u001B\]8;;[^\u0007\u001B]*\u0007\u001B\\/g;

/**
 * Whether a saved rendering holds no escape code but our own: the cache
 * folder is as untrusted as any file, and an edited entry must not reach
 * the terminal with a clipboard write or a screen wipe in it.
 */
export const isOurRendering = (text: string) => !hasControls(text.replace(OUR_ESCAPES, ''));
