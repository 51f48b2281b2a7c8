import { CHANGED_MARKER, markMentions } from '../guide/changes.js';
import type { Change, SectionWithBody } from '../guide/types.js';
import { ID_PATTERN } from '../guide/types.js';
import { wikiLinksAsText } from '../text/wiki-links.js';

/**
 * A section as one markdown document: title, summary, a box of what changed
 * since the source was written (dated, with its source) where anything did,
 * the body with each changed name marked, and a "See also" footer from
 * `related` when the body has none. Both the terminal and the markdown
 * output start from this, so they never disagree on content. "See also"
 * leaves out ids that name no section of `known` (the guide's ids), which
 * `careers validate` reports. A note's
 * `[[wiki links]]` are shown as their text (those that name a section are
 * in its "See also"); a note whose summary is its first sentence (or
 * empty) has no summary line, which would only say it twice.
 */
export function sectionMarkdown(section: SectionWithBody, known?: ReadonlySet<string>): string {
  const parts = [`# ${section.title}`, section.summary && !startsWith(section.body, section.summary) ? `*${section.summary}*` : ''];
  if (section.changed.length) parts.push(changedBox(section.changed));
  parts.push(linksToSections(wikiLinksAsText(markMentions(section.body, section.changed))));
  // Built-in sections write their own "See also"; a user's section may only list ids in `related`.
  const related = known ? section.related.filter((id) => known.has(id)) : section.related;
  if (related.length && !/^## See also/m.test(section.body)) {
    parts.push(['## See also', '', ...related.map((id) => `- \`${id}\` (careers read ${id})`)].join('\n'));
  }
  return parts.filter(Boolean).join('\n\n') + '\n';
}

/** The changes as a quoted box: what changed, when that was checked, and where it was checked. */
export function changedBox(changes: readonly Change[]): string {
  // A header short enough for one line of a 40-column terminal, inside the box's indent.
  const lines = ['**Changed since the source (2020)**', '', `Marked ${CHANGED_MARKER} in the text:`, '', ...changes.map(changeLine)];
  return lines.map((line) => (line ? `> ${line}` : '>')).join('\n');
}

export const changeLine = (change: Change) => `- **${change.name}**: ${change.note} (checked ${change.as_of}; source: ${change.source})`;

/**
 * A link to another section, `[text](skills)`, as text and the command that
 * reads it: in a note or a terminal, a bare id is no address.
 */
const linksToSections = (body: string) =>
  body.replace(/\[([^\]]+)\]\(([^()\s]+)\)/g, (link, text: string, target: string) =>
    ID_PATTERN.test(target) ? `${text} (\`careers read ${target}\`)` : link,
  );

/**
 * Whether a body begins with the words of a summary (one made from its first
 * sentence, perhaps cut with an ellipsis), compared by letters and digits
 * alone, headings before it and link addresses left out of both (a summary taken from a page's
 * first sentence keeps its links, perhaps one cut short). Only its start is read: this runs on every
 * section shown, and lexing it as markdown cost a lookup about 30 ms of
 * marked's first-use set-up (docs/performance.md).
 */
const startsWith = (body: string, summary: string) =>
  lettersOf(body.replace(LEADING_HEADINGS, '').slice(0, summary.length * 2 + 100)).startsWith(lettersOf(summary.replace(/…$/, '')));
/** Headings before a body's first paragraph, whose first sentence a summary may be made of. */
const LEADING_HEADINGS = /^(?:\s*#{1,6}[ \t][^\n]*\n)+/;
const lettersOf = (text: string) =>
  text
    .replace(/\]\([^)]*(?:\)|$)/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
