/**
 * Wiki links as Obsidian and other notes apps write them: `[[Target]]`,
 * `[[Target|shown text]]`, `[[Target#Heading]]`, and embeds `![[Target]]`.
 * No line break inside, and a bounded length, so a stray `[[` costs nothing.
 */
const WIKI_LINK = /!?\[\[([^[\]|#\n]{1,200})(?:#[^[\]|\n]{0,200})?(?:\|([^[\]\n]{1,200}))?\]\]/g;

/** Markdown with each wiki link replaced by its text: the label where it has one, else its target. */
export const wikiLinksAsText = (markdown: string): string =>
  markdown.includes('[[') ? markdown.replace(WIKI_LINK, (_, target: string, label?: string) => (label ?? target).trim()) : markdown;

/** The targets the wiki links of a text name, each once, in order. */
export function wikiLinkTargets(markdown: string): string[] {
  if (!markdown.includes('[[')) return [];
  return [...new Set([...markdown.matchAll(WIKI_LINK)].map((m) => (m[1] ?? '').trim()).filter(Boolean))];
}
