import * as v from 'valibot';
import type { Problem } from '../guide/types.js';
import { answerAt, type AnswerField, type AnswerKey, type PartialAnswers } from './answers.js';
import { problem } from './schema.js';

/**
 * The small condition language of questions.yaml, scoring.yaml and
 * next-steps.yaml: a mapping of fact keys to what they must be, all of which
 * must hold. A value means "equals" (or "contains", for a list answer such as
 * interests); a list means "any of these"; `{ min, max }` bounds a number.
 *   when: { stage: [undergrad], top_institution: true, skills.ml: { max: 2 } }
 * A list of such mappings holds when any one of them does:
 *   when: [{ research_experience: [some, substantial] }, { stage: [phd-student] }]
 */
const scalarSchema = v.union([v.string(), v.number(), v.boolean()]);
const rangeSchema = v.pipe(
  v.strictObject({ min: v.optional(v.number()), max: v.optional(v.number()) }),
  v.check((range) => range.min !== undefined || range.max !== undefined, 'a range needs min, max or both'),
);
/*
 * A union tries its options in order, and each option that refuses a value
 * makes an issue first; so the shapes that refuse at a glance come first:
 * a list (most values are lists), a range, then a scalar; and a list of
 * clauses before one clause, which would look into every clause of a list
 * before refusing it.
 */
const clauseSchema = v.record(
  v.string(),
  v.union([v.pipe(v.array(scalarSchema), v.minLength(1, 'a list must name at least one value')), rangeSchema, scalarSchema]),
);
export const conditionSchema = v.union([v.pipe(v.array(clauseSchema), v.minLength(1, 'a list of conditions must have at least one')), clauseSchema]);

type Clause = v.InferOutput<typeof clauseSchema>;
export type Condition = v.InferOutput<typeof conditionSchema>;
type Expected = Clause[string];
type Range = v.InferOutput<typeof rangeSchema>;
type Scalar = v.InferOutput<typeof scalarSchema>;

/** What conditions can test: the answers, plus facts the engine derives (the top role, and the month of the plan's day). */
export type Facts = PartialAnswers & { top_role?: string; month?: number };

const isRange = (expected: Expected): expected is Range => typeof expected === 'object' && !Array.isArray(expected);

const factAt = (facts: Facts, key: string) => (key === 'top_role' ? facts.top_role : key === 'month' ? facts.month : answerAt(facts, key as AnswerKey));

function satisfies(actual: Scalar | readonly Scalar[], expected: Expected): boolean {
  if (isRange(expected)) {
    return typeof actual === 'number' && actual >= (expected.min ?? -Infinity) && actual <= (expected.max ?? Infinity);
  }
  const actuals: readonly Scalar[] = Array.isArray(actual) ? actual : [actual];
  const wanted: readonly Scalar[] = Array.isArray(expected) ? expected : [expected];
  return actuals.some((value) => wanted.includes(value));
}

/**
 * true or false when every fact the condition names is known; undefined when
 * it depends on a fact not yet answered (a question that may still apply).
 */
export function evaluate(condition: Condition, facts: Facts): boolean | undefined {
  if (Array.isArray(condition)) {
    const results = condition.map((clause) => evaluateClause(clause, facts));
    return results.includes(true) ? true : results.includes(undefined) ? undefined : false;
  }
  return evaluateClause(condition, facts);
}

function evaluateClause(condition: Clause, facts: Facts): boolean | undefined {
  let unknown = false;
  for (const [key, expected] of Object.entries(condition)) {
    const actual = factAt(facts, key);
    if (actual === undefined) unknown = true;
    else if (!satisfies(actual, expected)) return false;
  }
  return unknown ? undefined : true;
}

/** For complete facts: whether the condition holds. */
export const holds = (condition: Condition, facts: Facts): boolean => evaluate(condition, facts) === true;

/**
 * What is wrong with a condition that parsed: keys it may not test (each file
 * allows different facts) and values its key can never take.
 */
export function conditionProblems(file: string, path: string, condition: Condition, fields: Partial<Record<string, AnswerField>>): Problem[] {
  if (Array.isArray(condition)) return condition.flatMap((clause, i) => conditionProblems(file, `${path}[${i}]`, clause, fields));
  return Object.entries(condition).flatMap(([key, expected]) => {
    const field = fields[key];
    const fail = (message: string) => [problem(file, `${path}.${key}`, message)];
    if (!field) return fail(`cannot test "${key}" here; allowed: ${Object.keys(fields).join(', ') || 'nothing'}`);
    if (isRange(expected)) return field.numeric ? [] : fail(`"${key}" is not a number; use a value or a list instead of min/max`);
    const values = Array.isArray(expected) ? expected : [expected];
    const wrong = values.filter((value) => !v.is(field.item, value));
    return wrong.length ? fail(`${JSON.stringify(wrong)} can never match; "${key}" is ${field.allowed}`) : [];
  });
}

/** Every fact key a condition tests, once each, in the order written. */
export const conditionKeys = (condition: Condition): string[] => [
  ...new Set((Array.isArray(condition) ? condition : [condition]).flatMap((clause) => Object.keys(clause))),
];
