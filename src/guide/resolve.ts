import { editDistance } from '../text/distance.js';
import { slug } from '../text/slug.js';
import type { Guide, Section } from './types.js';

export type Resolution =
  | { kind: 'found'; section: Section }
  | { kind: 'ambiguous'; candidates: Section[] }
  | { kind: 'missing'; suggestions: string[] };

const normalize = (s: string) => s.trim().toLowerCase();
const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Words too common to pick a topic by: `careers read the` must not open "Theory researcher". */
const STOP_WORDS = new Set('a an and are about at be can do does for how i in is it me my of on or should the to what when where which who why with you your'.split(' '));
const isStopWord = (word: string) => STOP_WORDS.has(normalize(word));

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
  if (!query || isStopWord(query)) return { kind: 'missing', suggestions: [] };

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

/** What several words on a command line name: one topic, several, or the first word that names none. */
export type PhraseResolution =
  | { kind: 'found'; sections: Section[] }
  | { kind: 'ambiguous'; topic: string; candidates: Section[] }
  | { kind: 'missing'; topic: string; suggestions: string[] };

/**
 * Resolves the words of `careers read statement of purpose` or `careers read
 * sop cv`. The whole phrase wins when it names one topic (as an id, alias or
 * title, or by being words of one title); otherwise each word is a topic of
 * its own. No section is named twice.
 */
export function resolveTopics(guide: Pick<Guide, 'sections' | 'section'>, topics: readonly string[]): PhraseResolution {
  const phrase = topics.join(' ');
  // Several words may spell an id: "statement of purpose" is statement-of-purpose.
  const phraseId = slug(phrase);
  const whole = resolveTopicIn(guide, topics.length > 1 ? phraseId : phrase);
  if (topics.length === 1 || (whole.kind === 'found' && exactly(whole.section, phrase, phraseId))) return asPhrase(whole, phrase);
  const each = topics.map((topic) => ({ topic, found: resolveTopicIn(guide, topic) }));
  const sections = each.flatMap(({ found }) => (found.kind === 'found' ? [found.section] : []));
  if (sections.length === each.length) return { kind: 'found', sections: [...new Set(sections)] };
  const byTitle = sectionsWithAllWords(guide.sections, phrase);
  if (byTitle.length === 1) return { kind: 'found', sections: byTitle };
  if (byTitle.length > 1) return { kind: 'ambiguous', topic: phrase, candidates: byTitle };
  // The word to name is one that should have named something: `careers read the foo` is about "foo".
  const failed = each.find(({ topic, found }) => found.kind !== 'found' && !isStopWord(topic)) ?? each.find(({ found }) => found.kind !== 'found') ?? { topic: phrase, found: whole };
  return asPhrase(failed.found, failed.topic);
}

const asPhrase = (found: Resolution, topic: string): PhraseResolution =>
  found.kind === 'found' ? { kind: 'found', sections: [found.section] } : { ...found, topic };

/** Whether a phrase is a section's id or alias spelled with spaces, or its title (not a prefix or one word of them, as resolveTopic also takes). */
const exactly = (section: Section, phrase: string, phraseId: string) =>
  section.id === phraseId || section.aliases.includes(phraseId) || normalize(section.title) === normalize(phrase);

/** Sections whose id, aliases and title hold every word of the phrase but the stop words ("how to write a cv" → academic-cv). */
function sectionsWithAllWords(sections: readonly Section[], phrase: string): Section[] {
  const wanted = words(phrase).filter((w) => !isStopWord(w));
  if (!wanted.length) return [];
  return sections.filter((s) => {
    const have = new Set([...words(s.id), ...s.aliases.flatMap(words), ...words(s.title)]);
    return wanted.every((w) => have.has(w));
  });
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
