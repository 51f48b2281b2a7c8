import { parseEntities } from 'parse-entities';

/**
 * Text with its HTML character references decoded (`&amp;`, `&#8217;`,
 * `&shy;`), as a site's build shows them: titles of Hugo and Jekyll pages
 * are written for HTML. Soft hyphens are dropped: they only say where a
 * browser may break a word, and a terminal shows them or nothing.
 */
export const decodeEntities = (text: string): string => (text.includes('&') ? parseEntities(text).replace(/\u00AD/g, '') : text);
