import { stripControls } from './sanitize.js';

/**
 * A name as an id: accents dropped, lower-cased, every run of anything but
 * ASCII letters and digits turned into one dash ("My Notes (2024).md" →
 * "my-notes-2024"). Escape sequences go first, so "a\e[31mb" is "ab", not
 * "a-31mb". Empty when nothing of the name is a letter or digit.
 */
export function slug(name: string): string {
  return stripControls(name)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A path inside a folder as an id: each part a slug, empty parts dropped ("usage/_index.md" → "usage/index"). */
export const pathSlug = (path: string): string =>
  path
    .replace(/\.(?:md|markdown|mdx)$/i, '')
    .split('/')
    .map(slug)
    .filter(Boolean)
    .join('/');
