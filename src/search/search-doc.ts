import MiniSearch from 'minisearch';
import { withBody, type Guide, type SectionWithBody } from '../guide/types.js';
import { passages } from './passages.js';
import { INDEX_OPTIONS, type SearchDoc, type SearchIndex } from './search.js';

/** What the index holds of a section: aliases are searched as tags; its passages (split by marked's lexer) are kept for its hits, not searched. */
export function searchDoc(s: SectionWithBody): SearchDoc {
  const { body } = s;
  return { id: s.id, title: s.title, summary: s.summary, tags: [...s.tags, ...s.aliases].join(' '), body, passages: passages(body).join('\n') };
}

export function buildSearchIndex(guide: Pick<Guide, 'sections' | 'body'>): SearchIndex {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  const docs = guide.sections.map((section) => searchDoc(withBody(guide, section)));
  index.addAll(docs);
  const passages = new Map(docs.map((doc) => [doc.id, doc.passages]));
  return { index, passages: (id) => passages.get(id) ?? '' };
}
