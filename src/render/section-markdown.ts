import type { Section } from '../guide/types.js';

/**
 * A section as one markdown document: title, summary, body, and the dated
 * notes on what changed since the source was written. Both the terminal and
 * the markdown output start from this, so they never disagree on content.
 */
export function sectionMarkdown(section: Section): string {
  const parts = [`# ${section.title}`, `*${section.summary}*`, section.body];
  if (section.changed.length) {
    const notes = section.changed.map((c) => `- **${c.name}** (as of ${c.as_of}): ${c.note} Source: ${c.source}.`);
    parts.push(['## Changed since the source was written', '', ...notes].join('\n'));
  }
  return parts.filter(Boolean).join('\n\n') + '\n';
}
