import { BUILTIN_ORIGIN, CREDIT_LINE } from '../guide/credit.js';
import type { Section } from '../guide/types.js';
import { sectionMarkdown } from './section-markdown.js';
import { frontMatter } from './yaml.js';

/**
 * Sections as one clean markdown note, ready to append to a notes file: a
 * front-matter header naming what it is and where it came from, then the text.
 */
export function sectionsToMarkdown(sections: readonly Section[]): string {
  const only = sections.length === 1 ? sections[0] : undefined;
  const header = frontMatter({
    id: only ? only.id : sections.map((s) => s.id),
    title: only?.title,
    tags: [...new Set(sections.flatMap((s) => s.tags))],
    source: sections.every((s) => s.origin === BUILTIN_ORIGIN) ? CREDIT_LINE : 'careers guide, with custom sections',
  });
  return `${header}\n${sections.map(sectionMarkdown).join('\n')}`;
}
