import search from '@inquirer/search';
import type { Section } from '../../guide/types.js';
import { withPromptContext, type PromptStreams } from './prompt-context.js';
import { listTheme } from './theme.js';

/** Type-to-filter over ids, titles and summaries; every word typed must match. */
function filterSections(sections: readonly Section[], term: string | undefined): Section[] {
  const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return sections.filter((s) => {
    const text = `${s.id} ${s.title} ${s.summary} ${s.aliases.join(' ')}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

/** An interactive topic picker for `careers read` with no topic. */
export function pickTopic(sections: readonly Section[], streams: PromptStreams): Promise<string> {
  return withPromptContext(
    streams,
    (context) =>
      search(
        {
          message: 'Which topic? (type to filter)',
          source: (term) => filterSections(sections, term).map((s) => ({ value: s.id, name: `${s.title}  (${s.id})`, description: s.summary })),
          pageSize: 12,
          theme: listTheme(streams.ascii),
        },
        context,
      ),
    { clearPromptOnDone: true },
  );
}
