import * as v from 'valibot';
import { ANSWER_FIELDS, ANSWER_KEYS, isAnswerKey, withAnswer, type AnswerValue, type PartialAnswers } from './answers.js';

/**
 * Reads one `--set key=value` into answers: the value is taken as the key's
 * field wants it (a number for ratings and counts, true or false, a
 * comma-separated list for interests). Fails with one line naming what is allowed.
 */
export function setAnswer(answers: PartialAnswers, assignment: string): { ok: PartialAnswers } | { error: string } {
  const at = assignment.indexOf('=');
  const key = (at < 0 ? assignment : assignment.slice(0, at)).trim();
  if (at < 0) return { error: `--set takes key=value, e.g. --set skills.ml=3 (got "${key}")` };
  if (!isAnswerKey(key)) return { error: `"${key}" is not an answer; expected one of ${ANSWER_KEYS.join(', ')}` };
  const raw = assignment.slice(at + 1).trim();
  const field = ANSWER_FIELDS[key];
  // Numbers as people write them (3, 12), not as JavaScript reads them (0x3, 1e1).
  const readings: AnswerValue[] = [
    raw,
    /^\d+$/.test(raw) ? Number(raw) : raw,
    raw === 'true' ? true : raw === 'false' ? false : raw,
    raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
  // An empty value is only an empty list (`--set interests=`), never the number 0.
  const value = readings.find((reading) => (raw !== '' || Array.isArray(reading)) && v.is(field.schema, reading));
  if (value === undefined) return { error: `${key} must be ${field.allowed} (got "${raw}")` };
  return { ok: withAnswer(answers, key, value) };
}
