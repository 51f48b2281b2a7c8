import type { AnswerKey, AnswerValue } from './answers.js';
import type { Question } from './questions.js';

/** The question that fills an answer; validated data has exactly one per key. */
export const questionFor = (questions: readonly Question[], key: AnswerKey): Question | undefined =>
  questions.find((question) => question.id === key);

export const labelOf = (questions: readonly Question[], key: AnswerKey): string => questionFor(questions, key)?.label ?? key;

/** How a value reads in a sentence: its choice's name when it has one. */
export function nameOf(question: Question | undefined, value: AnswerValue): string {
  const choices = question && 'choices' in question ? question.choices : [];
  return choices.find((choice) => choice.value === value)?.name ?? String(value);
}
