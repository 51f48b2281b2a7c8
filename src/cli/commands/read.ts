import { CareersError, usageError } from '../../errors.js';
import { resolveTopics } from '../../guide/resolve.js';
import { withBody, type Guide, type Section, type SectionWithBody } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { toJson } from '../../render/json.js';
import { sectionsToMarkdown } from '../../render/markdown.js';
import { sectionMarkdown } from '../../render/section-markdown.js';
import { loadGuideFor } from '../guide-context.js';
import { pickFormat, pickTerminalOptions } from '../output-format.js';
import { renderForTerminal } from '../../terminal/render-for-terminal.js';
import { writePage } from '../../terminal/write-page.js';
import type definition from '../definitions/read.js';
import type { ActionOf, OptionsOf } from '../program.js';

export const run: ActionOf<typeof definition> = (io, [topics], options) => readCommand(io, topics, options);

/** `careers read <topic...>`: sections rendered for a terminal, or as clean markdown when piped. */
async function readCommand(io: IO, topics: string[], options: OptionsOf<typeof definition>): Promise<void> {
  const format = pickFormat(options.format, 'terminal', 'markdown', io);
  const terminal = pickTerminalOptions(options, io);
  const wantsPicker = !topics.length && !options.all;
  const promptOn = wantsPicker ? io.prompt() : undefined;
  if (wantsPicker && !promptOn) throw usageError('which topic? name one, e.g. careers read skills', 'careers list shows every topic');
  // Drafts are loaded so that one named on the command line is found; the whole guide and the picker leave them out unless asked.
  const guide = await loadGuideFor(io, options.guide, { drafts: true });
  const listed = () => (options.drafts ? guide.sections : guide.sections.filter((s) => !s.draft));
  if (wantsPicker && promptOn) {
    // Loaded only to pick: Inquirer's prompt library was a tenth of every `read <topic>` (docs/performance.md).
    const { pickTopic } = await import('../../terminal/prompts/pick-topic.js');
    topics = [await pickTopic(listed(), promptOn)];
  }
  const sections = (options.all ? listed() : findSections(guide, topics)).map((s) => withBody(guide, s));
  const known = new Set(guide.sections.map((s) => s.id));

  if (format === 'json') {
    io.stdout.write(toJson({ sections: sections.map(sectionJson) }));
  } else if (format === 'markdown') {
    io.stdout.write(await sectionsToMarkdown(sections, { withFrontMatter: options.frontMatter, known }));
  } else {
    const text = (
      await renderForTerminal(
        io,
        sections.map((s) => ({ markdown: sectionMarkdown(s, known), file: s.file })),
        terminal,
      )
    ).join('\n');
    await writePage(io, text, options.pager);
  }
}

function findSections(guide: Guide, topics: string[]): Section[] {
  const found = resolveTopics(guide, topics);
  switch (found.kind) {
    case 'found':
      return found.sections;
    case 'ambiguous':
      throw new CareersError(`"${found.topic}" matches several topics: ${found.candidates.map((s) => s.id).join(', ')}; name one of them`);
    case 'missing': {
      // A topic is never opened as a file: one that looks like a path is pointed at the command that shows files.
      const looksLikePath = found.topic.includes('/') || /\.md$/i.test(found.topic);
      const hint = looksLikePath
        ? `; to show a markdown file, run careers view ${found.topic}`
        : found.suggestions.length
          ? `; did you mean ${found.suggestions.join(', ')}?`
          : '; careers list shows every topic';
      throw new CareersError(`no topic "${found.topic}"${hint}`);
    }
  }
}

/** A section as `read --format json` prints it: these keys in this order. */
const sectionJson = ({ id, title, summary, order, tags, aliases, related, roles, stages, skills, regions, changed, body, origin }: SectionWithBody) => ({
  id,
  title,
  summary,
  order,
  tags,
  aliases,
  related,
  roles,
  stages,
  skills,
  regions,
  changed,
  body,
  origin,
});
