import type { AnswerKey, AnswerValue } from './answers.js';
import type { Question } from './questions.js';

/** The question that fills an answer; validated data has exactly one per key. */
export const questionFor = (questions: readonly Question[], key: AnswerKey): Question | undefined => questions.find((question) => question.id === key);

export const labelOf = (questions: readonly Question[], key: AnswerKey): string => questionFor(questions, key)?.label ?? key;

const choicesOf = (question: Question | undefined) => (question && 'choices' in question ? question.choices : []);

/** How a value reads in a sentence: its choice's name when it has one. */
export function nameOf(question: Question | undefined, value: AnswerValue): string {
  return choicesOf(question).find((choice) => choice.value === value)?.name ?? String(value);
}

/** A select question whose values are numbers is a scale (the skill ratings): its levels are read with the number the menu shows. */
export const isScale = (question: Question | undefined): boolean =>
  question?.type === 'select' && question.choices.every((choice) => typeof choice.value === 'number');

/**
 * How an answer reads wherever a person sees it (reasons, "what would
 * change this", `history --diff`): a level of a scale by its name and the
 * number the menu showed beside it ("Rigorous proofs, level 3 of 5"), any
 * other choice by its name, a list by its names, a yes/no as yes or no.
 * Answers files and JSON keep the values themselves (0 to 4).
 */
export function answerText(question: Question | undefined, value: AnswerValue | undefined): string {
  if (value === undefined) return '(none)';
  if (Array.isArray(value)) return value.map((item) => nameOf(question, item)).join(', ') || '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const choices = choicesOf(question);
  const at = choices.findIndex((choice) => choice.value === value);
  if (at < 0) return String(value);
  return isScale(question) ? `${choices[at]?.name}, level ${at + 1} of ${choices.length}` : nameOf(question, value);
}
