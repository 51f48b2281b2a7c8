import MiniSearch from 'minisearch';
import { withBody, type Guide, type SectionWithBody } from '../guide/types.js';
import { passages } from './passages.js';
import { INDEX_OPTIONS, type SearchDoc } from './search.js';

/** What the index holds of a section: aliases are searched as tags; its passages (split by marked's lexer) are stored, not searched. */
export function searchDoc(s: SectionWithBody): SearchDoc {
  const { body } = s;
  return { id: s.id, title: s.title, summary: s.summary, tags: [...s.tags, ...s.aliases].join(' '), body, passages: passages(body).join('\n') };
}

export function buildSearchIndex(guide: Pick<Guide, 'sections' | 'body'>): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(guide.sections.map((section) => searchDoc(withBody(guide, section))));
  return index;
}
