import { readFrontMatter } from '../guide/front-matter.js';
import { normalizeText } from '../guide/guide-file.js';
import { parseSection } from '../guide/parse.js';
import { stripControls } from '../text/sanitize.js';
import { wikiLinksAsText } from '../text/wiki-links.js';

/**
 * A markdown file of one's own, as `careers view` renders it: a file with
 * front-matter starts with a short header made from it (title, summary,
 * date, tags, draft) in place of the block; a file without is shown as it
 * is. `[[wiki links]]` show as their text; templating (`{{ … }}`) is text
 * like any other. Control characters are removed. Pure: `name` is the file
 * name without `.md`, for a title the front-matter does not give.
 */
export function noteMarkdown(raw: string, file: string, name: string): { markdown: string; problem?: string } {
  const text = normalizeText(raw);
  const block = readFrontMatter(text, { strict: false });
  const problem = block.problem?.message;
  const { section } = block.raw || problem ? parseSection(text, file, 'view', name, { strict: false }) : {};
  if (!section) return { markdown: wikiLinksAsText(stripControls(text)), ...(problem ? { problem } : {}) };
  const date = dayOf(block.data.date);
  const details = [date, section.tags.length ? `tags: ${section.tags.join(', ')}` : '', section.draft ? 'draft' : ''].filter(Boolean).join(' · ');
  // A summary the body gave would only repeat the body's first sentence.
  const summary = (block.data.summary ?? block.data.description) ? section.summary : '';
  const header = [`# ${section.title}`, summary ? `*${summary}*` : '', details].filter(Boolean).join('\n\n');
  return { markdown: `${header}\n\n${wikiLinksAsText(section.body)}\n`, ...(problem ? { problem } : {}) };
}

/** A front-matter date as a day, or its text on one line; nothing for anything else (a template's `{{date}}` reads as a mapping). */
function dayOf(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? stripControls(value).replace(/\s+/g, ' ').trim() : '';
}

/**
 * A file passed through for a pipe or a note: as it is, front-matter and
 * all, but starting with its content (no blank lines before it), ending
 * with exactly one newline, and without control characters, so that it
 * appends to a notes file as `careers read` output does.
 */
export const passThrough = (raw: string): string => {
  const text = stripControls(normalizeText(raw))
    .replace(/^\s*\n/, '')
    .trimEnd();
  return text ? `${text}\n` : '';
};
