import * as v from 'valibot';
import {
  FOCUS_AREAS,
  INTERESTS,
  PHD_PLANS,
  PLACES,
  RESEARCH_EXPERIENCE,
  SKILLS,
  STAGES,
  type Focus,
  type Interest,
  type PhdPlan,
  type ResearchExperience,
  type Skill,
  type Stage,
} from '../guide/types.js';
import { integerSchema } from './schema.js';

export { FOCUS_AREAS, INTERESTS, PHD_PLANS, RESEARCH_EXPERIENCE };
/** The field of someone's research or PhD: research outside ML helps research direction but is not ML experience. */
export const RESEARCH_FIELDS = ['ml', 'computing', 'science', 'other'] as const;
/** Where someone lives, or would work or study. Wider than the guide's REGIONS: "other" has no sections of its own. */
export const ANSWER_REGIONS = PLACES;
/** Self-ratings run 0–4, each level anchored to concrete evidence in questions.yaml. */
const MAX_RATING = 4;
/** Years of a first degree: 4 stands for the final year or later, so a longer degree's last years count as final. */
const UNDERGRAD_YEARS = 4;

export type { Focus, Interest, PhdPlan, ResearchExperience };
export type ResearchField = (typeof RESEARCH_FIELDS)[number];
export type AnswerRegion = (typeof ANSWER_REGIONS)[number];

/** A complete set of answers: the stable contract of answer files and of the JSON result. */
export interface Answers {
  stage: Stage;
  /**
   * The keys marked optional below were added after answer files and saved
   * runs were in use, so they may be absent: the assessment then assumes the
   * value its question names, and says so.
   */
  undergrad_year?: number;
  top_institution: boolean;
  skills: Record<Skill, number>;
  numerical: boolean;
  publications: number;
  research_experience: ResearchExperience;
  research_field?: ResearchField;
  interests: Interest[];
  focus?: Focus[];
  phd: PhdPlan;
  region?: AnswerRegion;
  needs_visa?: boolean;
}

/** Keys older answer files lack (see LATER_KEYS). */
export type LaterKey = 'research_field' | 'undergrad_year' | 'focus' | 'region' | 'needs_visa';
/** Answers with every later key filled in, by the person or by an assumption: what the engine advises on. */
export type FullAnswers = Omit<Answers, LaterKey> & Required<Pick<Answers, LaterKey>>;

/** What an answer file or an interrupted questionnaire may hold: any subset, skills included. */
export type PartialAnswers = Partial<Omit<Answers, 'skills'>> & { skills?: Partial<Record<Skill, number>> };

type TopKey = Exclude<keyof Answers, 'skills'>;
type SkillKey = `skills.${Skill}`;
/** One answer, addressed by its dot path: `stage`, `skills.ml`, ... Question ids and condition keys use these. */
export type AnswerKey = TopKey | SkillKey;
/** Any answer's value, as generic code (questions, conditions) handles it; fields say which fit which key. */
export type AnswerValue = string | number | boolean | readonly (string | number)[];

/** How one answer is checked, and how conditions and choices may refer to its values. */
export interface AnswerField {
  /** The whole answer. */
  schema: v.GenericSchema<unknown, AnswerValue>;
  /** One value a condition or a choice may name: the answer itself, or one element of a list answer. */
  item: v.GenericSchema;
  /** What is allowed, in words, for one-line error messages. */
  allowed: string;
  /** Whether conditions may compare it with `{ min, max }`. */
  numeric: boolean;
}

export const choiceField = (values: readonly string[]): AnswerField => {
  const item = v.picklist(values);
  return { schema: item, item, allowed: `one of ${values.join(', ')}`, numeric: false };
};
const listField = (values: readonly string[]): AnswerField => {
  const item = v.picklist(values);
  return { schema: v.array(item), item, allowed: `a list of any of ${values.join(', ')}`, numeric: false };
};
const booleanField: AnswerField = { schema: v.boolean(), item: v.boolean(), allowed: 'true or false', numeric: false };
const ratingSchema = v.pipe(integerSchema, v.minValue(0), v.maxValue(MAX_RATING));
const ratingField: AnswerField = { schema: ratingSchema, item: ratingSchema, allowed: `an integer from 0 to ${MAX_RATING}`, numeric: true };
const yearSchema = v.pipe(integerSchema, v.minValue(1), v.maxValue(UNDERGRAD_YEARS));
const yearField: AnswerField = { schema: yearSchema, item: yearSchema, allowed: `an integer from 1 to ${UNDERGRAD_YEARS}`, numeric: true };
const countSchema = v.pipe(integerSchema, v.minValue(0));
const countField: AnswerField = { schema: countSchema, item: countSchema, allowed: 'an integer of 0 or more', numeric: true };

const skillFields = Object.fromEntries(SKILLS.map((skill) => [`skills.${skill}`, ratingField])) as Record<SkillKey, AnswerField>;

/** Every answer of the contract, by key. questions.yaml decides the order they are asked in. */
export const ANSWER_FIELDS: Readonly<Record<AnswerKey, AnswerField>> = {
  stage: choiceField(STAGES),
  undergrad_year: yearField,
  top_institution: booleanField,
  ...skillFields,
  numerical: booleanField,
  research_experience: choiceField(RESEARCH_EXPERIENCE),
  research_field: choiceField(RESEARCH_FIELDS),
  publications: countField,
  interests: listField(INTERESTS),
  focus: listField(FOCUS_AREAS),
  phd: choiceField(PHD_PLANS),
  region: choiceField(ANSWER_REGIONS),
  needs_visa: booleanField,
};

export const ANSWER_KEYS = Object.keys(ANSWER_FIELDS) as AnswerKey[];

/** Keys older answer files lack: a question that fills one must say what to assume in its place. */
export const LATER_KEYS: readonly LaterKey[] = ['research_field', 'undergrad_year', 'focus', 'region', 'needs_visa'];

export const isAnswerKey = (key: string): key is AnswerKey => Object.hasOwn(ANSWER_FIELDS, key);

const SKILL_PREFIX = 'skills.';
const skillOf = (key: AnswerKey): Skill | undefined => (key.startsWith(SKILL_PREFIX) ? (key.slice(SKILL_PREFIX.length) as Skill) : undefined);

export function answerAt(answers: Answers, key: AnswerKey): AnswerValue;
export function answerAt(answers: PartialAnswers, key: AnswerKey): AnswerValue | undefined;
export function answerAt(answers: PartialAnswers, key: AnswerKey): AnswerValue | undefined {
  const skill = skillOf(key);
  return skill ? answers.skills?.[skill] : answers[key as TopKey];
}

/**
 * A copy of `answers` with one more answer. The caller has checked `value`
 * against the key's field: the types do not say which value fits which key.
 */
export function withAnswer<A extends PartialAnswers>(answers: A, key: AnswerKey, value: AnswerValue): A {
  const skill = skillOf(key);
  if (skill) return { ...answers, skills: { ...answers.skills, [skill]: value } };
  return { ...answers, [key]: value };
}

export const isComplete = (answers: PartialAnswers): answers is Answers =>
  ANSWER_KEYS.every((key) => (LATER_KEYS as readonly AnswerKey[]).includes(key) || answerAt(answers, key) !== undefined);
