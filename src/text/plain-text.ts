import { wikiLinksAsText } from './wiki-links.js';

/** Markdown to plain text for one line: list markers, emphasis, code marks and link targets removed, whitespace joined. */
export function plainText(markdown: string): string {
  return wikiLinksAsText(markdown)
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\W)[*_]([^*_]+)[*_](?=\W|$)/g, '$1$2')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/^ \| | \| $/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
