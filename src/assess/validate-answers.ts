import * as v from 'valibot';
import { SKILLS } from '../guide/types.js';
import { stripControls } from '../text/sanitize.js';
import { ANSWER_FIELDS, ANSWER_KEYS, isAnswerKey, withAnswer, type PartialAnswers } from './answers.js';
import { sliceWhole } from '../text/slice-whole.js';

/** The first thing wrong with an answer file: the key, and a one-line message that names what is allowed. */
export interface AnswerError {
  key: string;
  message: string;
}

const TOP_LEVEL_KEYS = [...new Set(ANSWER_KEYS.map((key) => key.split('.')[0]))];
const SKILLS_ALLOWED = `a mapping of ${SKILLS.join(', ')}, each ${ANSWER_FIELDS['skills.software'].allowed}`;
const MAX_SHOWN = 40;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value as the user wrote it, short and safe to print. Only the first
 * MAX_SHOWN values are serialized: a YAML alias bomb (lists of shared lists,
 * nine deep) is tiny as data but would take gigabytes as JSON text.
 */
function shown(value: unknown): string {
  // JSON has no infinity: 1e400 in a file parses to Infinity, which would print as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number out of range';
  let budget = MAX_SHOWN;
  const text = stripControls(JSON.stringify(value, (_key, item: unknown) => (budget-- > 0 ? item : undefined)) ?? String(value));
  return text.length > MAX_SHOWN ? `${sliceWhole(text, MAX_SHOWN)}…` : text;
}

const fail = (key: string, message: string) => ({ error: { key, message } });

/** Answers keyed by dot path (`skills.ml`), or the first key that is not an answer at all. */
function* flatEntries(raw: Record<string, unknown>): Generator<[string, unknown]> {
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'skills' && isRecord(value)) {
      for (const [skill, rating] of Object.entries(value)) yield [`skills.${skill}`, rating];
    } else yield [key, value];
  }
}

/**
 * Checks an answer file (or any parsed object) against the answers contract.
 * Any subset of keys is fine, since the CLI asks for what is missing; an
 * unknown key or a value out of range is the first error, with the allowed values.
 */
export function validatePartialAnswers(raw: unknown): { ok: PartialAnswers } | { error: AnswerError } {
  if (!isRecord(raw)) return fail('', `answers must be a mapping of ${TOP_LEVEL_KEYS.join(', ')}`);
  let answers: PartialAnswers = {};
  for (const [key, value] of flatEntries(raw)) {
    if (key === 'skills') return fail(key, `skills must be ${SKILLS_ALLOWED} (got ${shown(value)})`);
    if (!isAnswerKey(key)) {
      const known = key.startsWith('skills.') ? SKILLS.map((skill) => `skills.${skill}`) : TOP_LEVEL_KEYS;
      return fail(key, `${shown(key)} is not an answer; expected one of ${known.join(', ')}`);
    }
    const field = ANSWER_FIELDS[key];
    const result = v.safeParse(field.schema, value);
    if (!result.success) return fail(key, `${key} must be ${field.allowed} (got ${shown(value)})`);
    answers = withAnswer(answers, key, result.output);
  }
  return { ok: answers };
}
