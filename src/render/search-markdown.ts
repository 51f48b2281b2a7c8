import { CHANGED_MARKER, markMentions } from '../guide/changes.js';
import type { Change } from '../guide/types.js';
import type { SearchHit } from '../search/search.js';
import type { NotesFirst } from '../search/notes-first.js';
import { routeLine } from './route-markdown.js';
import { changeLine } from './section-markdown.js';

/** A hit with the change notes of its section, so its passages carry the marker. */
export type NotedHit = SearchHit & { changed: readonly Change[] };

/** Passages are plain text: characters markdown would read as markup are escaped, then changed names marked. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>]/g, '\\$&');
export const markedPassage = (passage: string, changed: readonly Change[]) => markMentions(passage.replace(/\s+/g, ' '), changed);

/** What a search found that changed since the source, and the routes open today it names: these come before the 2020 text. */
export function notesFirstMarkdown(notes: NotesFirst): string[] {
  if (!notes.changes.length && !notes.routes.length) return [];
  return [
    ...(notes.changes.length
      ? ['## Changed since the source (2020)', notes.changes.map((c) => `${changeLine(c)} (\`careers read ${c.section}\`)`).join('\n')]
      : []),
    ...(notes.routes.length ? ['## Routes open today', notes.routes.map(routeLine).join('\n')] : []),
    'Programmes and organisations that take people today: `careers read routes-today`.',
  ];
}

/**
 * Search results as markdown made to be appended to notes: one `# Search:`
 * heading, the change notes and routes the words name first, then one list
 * item a passage with its section's id. Ends with one newline.
 */
export function searchMarkdown(query: string, hits: readonly NotedHit[], notes: NotesFirst): string {
  const first = notesFirstMarkdown(notes);
  const items = hits.flatMap((hit) =>
    hit.passages.map((p) => `- ${markMentions(escapeMarkdown(p.replace(/\s+/g, ' ')), hit.changed)} (\`${hit.id}\`: ${escapeMarkdown(hit.title)})`),
  );
  return `${[`# Search: ${escapeMarkdown(query)}`, ...first, ...(first.length ? ['## Passages'] : []), items.join('\n')].join('\n\n')}\n`;
}

/** The marker as plain text, for output that is not markdown. */
export const plainMarker = (text: string) => text.replaceAll(CHANGED_MARKER, '(changed)');
