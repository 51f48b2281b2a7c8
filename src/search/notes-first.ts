import type { Route } from '../guide/routes.js';
import type { Change, Section } from '../guide/types.js';
import { sameWord } from '../text/same-word.js';
import { words } from './search.js';

/** A dated note on what changed since the source, with the section that carries it. */
export interface SectionChange extends Change {
  section: string;
}

/** The dated notes and route records a search's words name: a reader should meet these before the 2020 text. */
export interface NotesFirst {
  changes: SectionChange[];
  routes: Route[];
}

/** Words too common to say what a note is about. */
const COMMON = new Set(['the', 'and', 'for', 'with', 'you', 'are', 'can', 'not', 'how', 'what', 'who', 'why', 'was', 'its', 'from', 'into', 'that', 'this']);

const matches = (query: readonly string[], text: string) => {
  const own = words(text);
  return query.some((word) => own.some((other) => sameWord(word, other)));
};

/**
 * The change notes (by name, mentions or note) and the route records (by
 * name, kind or description) that a search's words name, each once, in the
 * guide's order. Pure.
 */
export function notesFirst(query: string, sections: readonly Section[], routes: readonly Route[]): NotesFirst {
  const asked = [...new Set(words(query))].filter((word) => word.length >= 3 && !COMMON.has(word));
  if (!asked.length) return { changes: [], routes: [] };
  const seen = new Set<string>();
  const changes: SectionChange[] = [];
  for (const section of sections) {
    for (const change of section.changed) {
      const key = `${change.name}\n${change.note}`;
      if (seen.has(key) || !matches(asked, [change.name, ...change.mentions, change.note].join(' '))) continue;
      seen.add(key);
      changes.push({ ...change, section: section.id });
    }
  }
  return { changes, routes: routes.filter((route) => matches(asked, `${route.name} ${route.kind} ${route.what}`)) };
}
