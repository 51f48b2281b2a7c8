import * as v from 'valibot';
import type { Problem } from '../guide/types.js';
import {
  ANSWER_FIELDS,
  ANSWER_KEYS,
  LATER_KEYS,
  answerAt,
  isComplete,
  withAnswer,
  type AnswerKey,
  type AnswerValue,
  type Answers,
  type FullAnswers,
  type PartialAnswers,
} from './answers.js';
import { conditionProblems, conditionSchema, evaluate } from './conditions.js';
import { problem, textSchema } from './schema.js';

/**
 * Which changes "what would change this" may suggest for a question:
 * `raise` only towards later choices, more or true (a skill can grow, not
 * shrink, as advice); `any` every other value; `never` none (facts such as
 * your stage are not advice).
 */
export const WHAT_IF_MODES = ['raise', 'any', 'never'] as const;

const choiceSchema = v.strictObject({
  value: v.union([v.string(), v.number()]),
  name: textSchema,
  /** The concrete evidence behind a level, shown under the choice. */
  description: v.optional(textSchema),
});

const common = {
  /** The answer key this question fills. */
  id: v.picklist(ANSWER_KEYS),
  message: textSchema,
  /** A short noun phrase for reasons and "what would change" ("ML implementation rating"). */
  label: textSchema,
  /** Asked only when this holds over earlier answers; otherwise the default is the answer. */
  when: v.optional(conditionSchema),
  what_if: v.optional(v.picklist(WHAT_IF_MODES), 'any'),
  /**
   * For a key older answer files lack: the value taken when the question
   * applies but the answers leave it out, and the line the plan shows about it.
   */
  assume: v.optional(v.strictObject({ value: v.union([v.string(), v.number(), v.boolean(), v.array(v.union([v.string(), v.number()]))]), text: textSchema })),
};
const choicesSchema = v.pipe(v.array(choiceSchema), v.minLength(1, 'needs at least one choice'));

/** One question, generic enough for a prompt library: select, confirm, checkbox or number. */
export const questionSchema = v.variant('type', [
  v.strictObject({ ...common, type: v.literal('select'), choices: choicesSchema, default: v.union([v.string(), v.number()]) }),
  v.strictObject({ ...common, type: v.literal('confirm'), default: v.boolean() }),
  v.strictObject({ ...common, type: v.literal('checkbox'), choices: choicesSchema, default: v.array(v.union([v.string(), v.number()])) }),
  v.strictObject({
    ...common,
    type: v.literal('number'),
    default: v.number(),
    min: v.optional(v.number()),
    max: v.optional(v.number()),
  }),
]);
export const questionsFileSchema = v.strictObject({ questions: v.array(questionSchema) });

export type Question = v.InferOutput<typeof questionSchema>;

/** Problems a schema cannot see: coverage of the answers contract, defaults, choices, branching order. */
export function questionProblems(file: string, questions: readonly Question[]): Problem[] {
  const problems: Problem[] = [];
  const asked = new Set<AnswerKey>();
  questions.forEach((question, index) => {
    const at = `questions[${index}]`;
    const field = ANSWER_FIELDS[question.id];
    if (asked.has(question.id)) problems.push(problem(file, `${at}.id`, `"${question.id}" is asked twice`));
    if (!v.is(field.schema, question.default)) {
      problems.push(problem(file, `${at}.default`, `must be ${field.allowed}`));
    }
    if (question.assume && !v.is(field.schema, question.assume.value)) problems.push(problem(file, `${at}.assume.value`, `must be ${field.allowed}`));
    if ((LATER_KEYS as readonly AnswerKey[]).includes(question.id) && !question.assume) {
      problems.push(problem(file, `${at}.assume`, `is required: older answer files lack "${question.id}", so say what to assume`));
    }
    if (question.type === 'select' || question.type === 'checkbox') {
      question.choices.forEach((choice, c) => {
        if (!v.is(field.item, choice.value)) problems.push(problem(file, `${at}.choices[${c}].value`, `must be ${field.allowed}`));
      });
      const values = question.choices.map((choice) => choice.value);
      const defaults = Array.isArray(question.default) ? question.default : [question.default];
      if (!defaults.every((value) => values.includes(value))) {
        problems.push(problem(file, `${at}.default`, 'must be one of the choices'));
      }
    }
    // A question may only branch on questions before it, so the questionnaire can always decide whether to ask it.
    const earlier = Object.fromEntries([...asked].map((key) => [key, ANSWER_FIELDS[key]]));
    problems.push(...conditionProblems(file, `${at}.when`, question.when ?? {}, earlier));
    asked.add(question.id);
  });
  for (const key of ANSWER_KEYS) {
    if (!asked.has(key)) problems.push(problem(file, 'questions', `no question fills the answer "${key}"`));
  }
  return problems;
}

/** Whether a question applies given the answers so far: undefined while it depends on unanswered ones. */
export const applies = (question: Question, answers: PartialAnswers): boolean | undefined => (question.when ? evaluate(question.when, answers) : true);

/**
 * Walks the questionnaire in order: a question that does not apply gets its
 * default; one that applies, or may apply once earlier gaps are filled, is missing.
 */
function walk(questions: readonly Question[], given: PartialAnswers) {
  let answers = given;
  const missing: Question[] = [];
  for (const question of questions) {
    if (answerAt(given, question.id) !== undefined) continue;
    if (applies(question, answers) === false) answers = withAnswer(answers, question.id, question.default);
    else missing.push(question);
  }
  return { answers, missing };
}

/**
 * The questions still to ask, in order. Questions not applicable to what is
 * already known are not missing. Ask them one at a time with `nextQuestion`:
 * a later one may stop applying once an earlier one is answered.
 */
export const missingQuestions = (questions: readonly Question[], answers: PartialAnswers): Question[] => walk(questions, answers).missing;

/** The question to ask now (its branching is always decided), or undefined when nothing is missing. */
export const nextQuestion = (questions: readonly Question[], answers: PartialAnswers): Question | undefined => missingQuestions(questions, answers)[0];

/**
 * Fills the defaults of questions that do not apply; fails with the questions
 * that still need an answer. A question with an assumption is never missing
 * here: its answer stays absent, and the assessment assumes it and says so.
 */
export function completeAnswers(questions: readonly Question[], given: PartialAnswers): { ok: Answers } | { missing: Question[] } {
  const { answers, missing } = walk(questions, given);
  const needed = missing.filter((question) => !question.assume);
  return needed.length === 0 && isComplete(answers) ? { ok: answers } : { missing: needed };
}

/** An answer the person did not give, taken from its question's assumption. */
export interface Assumption {
  key: AnswerKey;
  value: AnswerValue;
  text: string;
}

/**
 * The answers with every applicable but unanswered assumption filled in, and
 * the assumptions made. A later key whose question does not apply takes the
 * question's default, silently, as it would have in the questionnaire.
 */
export function withAssumptions(questions: readonly Question[], given: Answers): { answers: FullAnswers; assumed: Assumption[] } {
  let answers = given;
  const assumed: Assumption[] = [];
  for (const question of questions) {
    if (!question.assume || answerAt(given, question.id) !== undefined) continue;
    if (applies(question, answers) !== true) {
      answers = withAnswer(answers, question.id, question.default);
      continue;
    }
    answers = withAnswer(answers, question.id, question.assume.value);
    assumed.push({ key: question.id, value: question.assume.value, text: question.assume.text });
  }
  // questionProblems makes every later key's question carry an assumption, so each is filled now.
  return { answers: answers as FullAnswers, assumed };
}
