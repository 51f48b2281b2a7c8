import { BUILTIN_ORIGIN, CREDIT_LINE } from '../guide/credit.js';
import type { SectionWithBody } from '../guide/types.js';
import { sectionMarkdown } from './section-markdown.js';

/**
 * Sections as clean markdown that appends safely to a notes file: it starts
 * with a heading and ends with one newline. A front-matter header (what it
 * is, where it came from) only on request: in the middle of a file, a
 * parser reads one as a rule and a heading.
 */
export async function sectionsToMarkdown(
  sections: readonly SectionWithBody[],
  { withFrontMatter = false, known }: { withFrontMatter?: boolean | undefined; known?: ReadonlySet<string> } = {},
): Promise<string> {
  const text = sections.map((section) => sectionMarkdown(section, known)).join('\n');
  if (!withFrontMatter) return text;
  // The YAML writer is loaded only for a header: loading it was about 15 ms of CPU time of every piped read (docs/performance.md).
  const { frontMatter } = await import('./yaml.js');
  const only = sections.length === 1 ? sections[0] : undefined;
  const header = frontMatter({
    id: only ? only.id : sections.map((s) => s.id),
    title: only?.title,
    tags: [...new Set(sections.flatMap((s) => s.tags))],
    source: sections.every((s) => s.origin === BUILTIN_ORIGIN) ? CREDIT_LINE : 'careers guide, with custom sections',
  });
  return `${header}\n${text}`;
}
