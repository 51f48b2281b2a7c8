import type { Section } from '../guide/types.js';

/**
 * A section as one markdown document: title, summary, body, a "See also"
 * footer from `related` when the body has none, and the dated
 * notes on what changed since the source was written. Both the terminal and
 * the markdown output start from this, so they never disagree on content.
 */
export function sectionMarkdown(section: Section): string {
  const parts = [`# ${section.title}`, `*${section.summary}*`, section.body];
  // Built-in sections write their own "See also"; a user's section may only list ids in `related`.
  if (section.related.length && !/^## See also/m.test(section.body)) {
    parts.push(['## See also', '', ...section.related.map((id) => `- \`${id}\` (careers read ${id})`)].join('\n'));
  }
  if (section.changed.length) {
    const notes = section.changed.map((c) => `- **${c.name}** (as of ${c.as_of}): ${c.note} Source: ${c.source}.`);
    parts.push(['## Changed since the source was written', '', ...notes].join('\n'));
  }
  return parts.filter(Boolean).join('\n\n') + '\n';
}
