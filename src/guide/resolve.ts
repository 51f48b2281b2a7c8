import { editDistance } from '../text/distance.js';
import type { Guide, Section } from './types.js';

export type Resolution =
  | { kind: 'found'; section: Section }
  | { kind: 'ambiguous'; candidates: Section[] }
  | { kind: 'missing'; suggestions: string[] };

const normalize = (s: string) => s.trim().toLowerCase();
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/**
 * Finds the section a user meant, by id, alias, whole title, an unambiguous
 * id prefix or an unambiguous title word. Topics are only ever compared with
 * loaded ids and names, never used as paths.
 */
export function resolveTopic(sections: readonly Section[], topic: string): Resolution {
  const query = normalize(topic);
  const exact =
    sections.find((s) => s.id === query) ??
    sections.find((s) => s.aliases.includes(query)) ??
    sections.find((s) => normalize(s.title) === query);
  if (exact) return { kind: 'found', section: exact };
  if (!query) return { kind: 'missing', suggestions: [] };

  for (const matches of [
    sections.filter((s) => s.id.startsWith(query)),
    sections.filter((s) => words(s.title).includes(query)),
  ]) {
    if (matches.length === 1 && matches[0]) return { kind: 'found', section: matches[0] };
    if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
  }
  return { kind: 'missing', suggestions: suggestTopics(sections, query) };
}

/** resolveTopic over a guide: a topic that is exactly an id is looked up alone, without reading every section of a large cached guide. */
export function resolveTopicIn(guide: Pick<Guide, 'sections' | 'section'>, topic: string): Resolution {
  const section = guide.section(normalize(topic));
  return section ? { kind: 'found', section } : resolveTopic(guide.sections, topic);
}

/** The closest ids to a mistyped topic, comparing it with ids, aliases and title words. */
export function suggestTopics(sections: readonly Section[], query: string, limit = 3): string[] {
  const q = normalize(query);
  const threshold = Math.max(2, Math.floor(q.length / 3));
  const scored = sections
    .map((s) => ({
      id: s.id,
      distance: Math.min(...[s.id, ...s.aliases, ...words(s.title)].map((name) => editDistance(q, name))),
    }))
    .filter((c) => c.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
  return scored.slice(0, limit).map((c) => c.id);
}
