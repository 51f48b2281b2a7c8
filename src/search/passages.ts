import { plainText } from '../text/plain-text.js';

/**
 * Splits a markdown body into passages a reader can take in at a glance:
 * paragraphs, list items and table rows (not headings), with markdown syntax removed.
 */
export function passages(body: string): string[] {
  return body
    .split(/\n{2,}/)
    .filter((block) => !/^#{1,6}\s/.test(block))
    .flatMap((block) => (/^\s*([-*+]|\d+\.|\|)\s/m.test(block) ? block.split(/\n(?=\s*(?:[-*+]|\d+\.|\|)\s)/) : [block]))
    .map(plainText)
    .filter((text) => text.length > 0 && !/^[-| :]+$/.test(text));
}
