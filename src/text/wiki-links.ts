import { outsideCode } from './outside-code.js';

/**
 * Wiki links as Obsidian and other notes apps write them: `[[Target]]`,
 * `[[Target|shown text]]`, `[[Target#Heading]]`, `[[#Heading]]` (a heading
 * of the same note), `[[Target#^block]]`, and embeds `![[Target]]`.
 * No line break inside, and a bounded length, so a stray `[[` costs nothing.
 */
const WIKI_LINK = /!?\[\[([^[\]|#\n]{0,200})(?:#([^[\]|\n]{0,200}))?(?:\|([^[\]\n]{1,200}))?\]\]/g;

/**
 * A wiki link's text: its label where it has one, else its target, else the
 * heading of this note it names. A link to a block of this note
 * (`[[#^id]]`) has no words to show and is left as written.
 */
function linkText(link: string, target: string, heading?: string, label?: string): string {
  const text = (label ?? target).trim() || (heading?.startsWith('^') ? '' : (heading ?? '').trim());
  return text || link;
}

/** Markdown with each wiki link replaced by its text, except in code, where the syntax is written about rather than used. */
export const wikiLinksAsText = (markdown: string): string =>
  markdown.includes('[[') ? outsideCode(markdown, (prose) => prose.replace(WIKI_LINK, linkText)) : markdown;

/** The targets the wiki links of a text name outside code, each once, in order; a link within the note names none. */
export function wikiLinkTargets(markdown: string): string[] {
  if (!markdown.includes('[[')) return [];
  const targets: string[] = [];
  outsideCode(markdown, (prose) => {
    for (const m of prose.matchAll(WIKI_LINK)) targets.push((m[1] ?? '').trim());
    return prose;
  });
  return [...new Set(targets.filter(Boolean))];
}
