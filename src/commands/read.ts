import { CareersError, usageError } from '../errors.js';
import { resolveTopicIn } from '../guide/resolve.js';
import type { Guide, Section } from '../guide/types.js';
import type { IO } from '../io.js';
import { toJson } from '../render/json.js';
import { sectionsToMarkdown } from '../render/markdown.js';
import { sectionMarkdown } from '../render/section-markdown.js';
import type { GlobalOptions } from './global-options.js';
import { loadGuideFor } from './guide-context.js';
import { pickFormat, pickTerminalOptions } from './output-format.js';
import { renderForTerminal } from './render-for-terminal.js';
import { writePage } from './write-page.js';

export interface ReadOptions extends GlobalOptions {
  all?: boolean;
  format?: string;
  width?: string;
  pager?: boolean;
  /** Commander's --no-front-matter. */
  frontMatter?: boolean;
}

const FORMATS = ['terminal', 'markdown', 'json'] as const;

/** `careers read <topic...>`: sections rendered for a terminal, or as clean markdown when piped. */
export async function readCommand(io: IO, topics: string[], options: ReadOptions): Promise<void> {
  const format = pickFormat(options.format, FORMATS, 'terminal', 'markdown', io);
  const terminal = pickTerminalOptions(options, io);
  const wantsPicker = !topics.length && !options.all;
  if (wantsPicker && !io.prompt) throw usageError('which topic? name one, e.g. careers read skills', 'careers list shows every topic');
  const guide = await loadGuideFor(io, options.guide);
  if (wantsPicker && io.prompt) {
    const { pickTopic } = await import('../prompts/pick-topic.js');
    topics = [await pickTopic(guide.sections, io.prompt)];
  }
  const sections = options.all ? guide.sections : topics.map((topic) => findSection(guide, topic));

  if (format === 'json') {
    io.stdout.write(toJson({ sections: sections.map(sectionJson) }));
  } else if (format === 'markdown') {
    io.stdout.write(sectionsToMarkdown(sections, { withFrontMatter: options.frontMatter !== false }));
  } else {
    const text = (await renderForTerminal(io, sections.map((s) => ({ markdown: sectionMarkdown(s) })), terminal)).join('\n');
    await writePage(io, text, options.pager !== false);
  }
}

function findSection(guide: Guide, topic: string): Section {
  const found = resolveTopicIn(guide, topic);
  switch (found.kind) {
    case 'found':
      return found.section;
    case 'ambiguous':
      throw new CareersError(`"${topic}" matches several topics: ${found.candidates.map((s) => s.id).join(', ')}; name one of them`);
    case 'missing': {
      const hint = found.suggestions.length ? `; did you mean ${found.suggestions.join(', ')}?` : '; careers list shows every topic';
      throw new CareersError(`no topic "${topic}"${hint}`);
    }
  }
}

/** A section as `read --format json` prints it: these keys in this order, whether it was parsed or came from a cache. */
const sectionJson = ({ id, title, summary, order, tags, aliases, related, roles, stages, skills, regions, changed, body, origin }: Section) => ({
  id, title, summary, order, tags, aliases, related, roles, stages, skills, regions, changed, body, origin,
});
