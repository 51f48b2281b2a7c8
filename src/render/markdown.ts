import { BUILTIN_ORIGIN, CREDIT_LINE } from '../guide/credit.js';
import type { Section } from '../guide/types.js';
import { sectionMarkdown } from './section-markdown.js';
import { frontMatter } from './yaml.js';

/**
 * Sections as one clean markdown note, ready for a notes file: a front-matter
 * header naming what it is and where it came from (left out when appending to
 * a note that has its own), then the text.
 */
export function sectionsToMarkdown(sections: readonly Section[], { withFrontMatter = true } = {}): string {
  const text = sections.map(sectionMarkdown).join('\n');
  if (!withFrontMatter) return text;
  const only = sections.length === 1 ? sections[0] : undefined;
  const header = frontMatter({
    id: only ? only.id : sections.map((s) => s.id),
    title: only?.title,
    tags: [...new Set(sections.flatMap((s) => s.tags))],
    source: sections.every((s) => s.origin === BUILTIN_ORIGIN) ? CREDIT_LINE : 'careers guide, with custom sections',
  });
  return `${header}\n${text}`;
}
