import * as v from 'valibot';
import { BUILTIN_ORIGIN } from '../guide/credit.js';
import type { Section } from '../guide/types.js';
import type { FullAnswers } from './answers.js';
import type { NextStep } from './next-steps.js';
import type { RoleId } from './roles.js';
import { sameWord } from '../text/same-word.js';
import { fill, templateSchema, textSchema } from './schema.js';

/** A section on the reading list, and in a few words why it is there. */
export interface SectionRef {
  id: string;
  title: string;
  /** Absent in runs saved before version 3. */
  why?: string;
}

/** The `reading` block of next-steps.yaml: how long the list is, and how each reason for a section reads. */
export const readingSchema = v.strictObject({
  at_most: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** The section of the role that leads. */
  top_role: templateSchema('role'),
  /** A section a step points to: {step} is its number in the plan. */
  step: templateSchema('step'),
  /** A section tagged with one of the person's focus areas. */
  focus: templateSchema('focus'),
  /** A section whose stage, role and region tags accept the person. */
  match: textSchema,
  /** A note from the person's own guide folder whose tags accept them. */
  own: textSchema,
  /** At most this many of the list are kept for focus sections, when there are any. */
  focus_places: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** A note of the person's own folders whose own tags, title or summary name one of their interests or focus areas: {topic} is that word. */
  topic: templateSchema('topic'),
  /** At most this many of the list are kept for such notes, after the sections the guide's own tags chose. */
  topic_places: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type ReadingRules = v.InferOutput<typeof readingSchema>;

/** Sections about applying for a PhD carry this tag; they are for people with a PhD on the table. */
const APPLICATIONS_TAG = 'applications';

/** An empty facet means "for everyone"; otherwise it must name one of the person's values. */
const accepts = (facet: readonly string[], values: readonly string[]) => facet.length === 0 || values.some((value) => facet.includes(value));

/**
 * A note of the user's own folders that names no stage, role or region: it
 * says nothing about whom it is for, so it is not put forward to everyone
 * (a site's hundred pages would fill the list).
 */
const isUntaggedNote = (section: Section) => section.origin !== BUILTIN_ORIGIN && !section.stages.length && !section.roles.length && !section.regions.length;

/**
 * Whether a section's stage, role and region tags all accept this person and
 * the roles that fit them. Region tags only narrow for people in the US or the UK;
 * untagged notes of the user's own folders never match.
 */
const matches = (section: Section, answers: FullAnswers, roles: readonly RoleId[]) => !isUntaggedNote(section) && acceptedBy(section, answers, roles);

const acceptedBy = (section: Section, answers: FullAnswers, roles: readonly RoleId[]) =>
  accepts(section.stages, [answers.stage]) && accepts(section.roles, roles) && (answers.region === 'other' || accepts(section.regions, [answers.region]));

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * What a note of the person's own folders says it is about, in the
 * answers' words: the first of its own tags (`tags: [Interpretability]`,
 * `tags: [research-engineer]`) that names one of their focus areas,
 * interests, fitting roles or stage, else the first word of its title or
 * summary that names a focus area or interest ("Evaluations reading
 * group"). Words are compared give or take an ending. Undefined for a note
 * that names none of them: it is not put forward.
 */
function topicOf(section: Section, answers: FullAnswers, roles: readonly RoleId[]): string | undefined {
  const topics = [...answers.focus, ...answers.interests];
  const names = new Set<string>([...topics, ...roles, answers.stage]);
  for (const tag of section.tags) {
    const slug = tag.toLowerCase().trim().replace(/\s+/g, '-');
    if (names.has(slug)) return slug;
    const topic = topics.find((t) => sameWord(t, slug));
    if (topic) return topic;
  }
  const own = wordsOf(`${section.title} ${section.summary}`);
  // A focus of two words ("agent-foundations") is named by either of its words of 4 letters or more.
  const asked = topics.flatMap((topic) =>
    topic
      .split('-')
      .filter((word) => word.length >= 4)
      .map((word) => ({ topic, word })),
  );
  return asked.find(({ word }) => own.some((other) => sameWord(word, other)))?.topic;
}

/**
 * The reading list: at most `rules.at_most` sections, ordered for the person.
 * First what the guide's own tags point to (the leading role's section, the
 * person's own notes tagged for them, the sections the steps cite, in step
 * order, then the guide's sections whose tags accept the person), with a
 * few places kept for sections on their focus, then a few for notes of
 * their own folders whose own tags or words name their interests or focus.
 * A note that names nothing of the person never fills the list. PhD
 * application sections only for someone with a PhD on the table. The rest
 * are one `careers list` away.
 */
export function readingList(
  rules: ReadingRules,
  sections: readonly Section[],
  answers: FullAnswers,
  top: { id: RoleId; title: string },
  roles: readonly RoleId[],
  steps: readonly NextStep[],
): SectionRef[] {
  const usable = sections.filter((section) => answers.phd !== 'no' || !section.tags.includes(APPLICATIONS_TAG));
  const byId = new Map(usable.map((section) => [section.id, section]));
  const ref = (id: string, why: string): SectionRef[] => {
    const section = byId.get(id);
    return section ? [{ id, title: section.title, why }] : [];
  };
  const matching = usable.filter((section) => matches(section, answers, roles));
  const own = [
    ...ref(top.id, fill(rules.top_role, { role: top.title })),
    // Notes the person keeps for themselves, tagged for them, come before the guide's own.
    ...matching.filter((section) => section.origin !== BUILTIN_ORIGIN).flatMap((section) => ref(section.id, rules.own)),
    ...steps.flatMap((step, index) => ref(step.section, fill(rules.step, { step: index + 1 }))),
    ...matching.flatMap((section) => ref(section.id, rules.match)),
  ];
  const focus = usable.flatMap((section) => {
    const area = answers.focus.find((f) => section.tags.includes(f));
    return area ? ref(section.id, fill(rules.focus, { focus: area })) : [];
  });
  const once = (list: readonly SectionRef[]) => list.filter((item, index) => list.findIndex((other) => other.id === item.id) === index);
  const focusKept = once(focus)
    .filter((item) => !own.slice(0, rules.at_most).some((o) => o.id === item.id))
    .slice(0, rules.focus_places);
  // Then the notes of the person's own folders that their own tags or words tie to the answers.
  const taken = new Set([...own.slice(0, rules.at_most), ...focusKept].map((item) => item.id));
  const topicKept = usable
    .filter((section) => section.origin !== BUILTIN_ORIGIN && !taken.has(section.id) && acceptedBy(section, answers, roles))
    .flatMap((section) => {
      const topic = topicOf(section, answers, roles);
      return topic ? ref(section.id, fill(rules.topic, { topic })) : [];
    })
    .slice(0, rules.topic_places);
  const head = once(own).slice(0, Math.max(0, rules.at_most - focusKept.length - topicKept.length));
  return once([...head, ...focusKept, ...topicKept, ...own]).slice(0, rules.at_most);
}
