import { answerAt, withAnswer, type AnswerKey, type AnswerValue, type Answers } from './answers.js';
import type { AssessmentData } from './data.js';
import { nameOf } from './labels.js';
import { applies, type Question } from './questions.js';
import type { RoleId } from './roles.js';
import { rankRoles } from './scoring.js';

/** The smallest single change of answers that would put a different role first. */
export interface WhatWouldChange {
  key: AnswerKey;
  from: AnswerValue;
  to: AnswerValue;
  /** The role that would then rank first. */
  role: { id: RoleId; title: string };
  text: string;
}

/** Beyond a few more papers the change is no longer small. */
const MAX_NUMBER_STEPS = 3;

interface Candidate {
  question: Question;
  to: AnswerValue;
  /** How far the change moves: steps along the choices, units of a number, one for a toggle. */
  size: number;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The other answers a question could have had, within what its `what_if` allows. */
function candidates(question: Question, current: AnswerValue): Candidate[] {
  const raiseOnly = question.what_if === 'raise';
  const candidate = (to: AnswerValue, size: number): Candidate => ({ question, to, size });
  switch (question.type) {
    case 'select': {
      const at = question.choices.findIndex((choice) => choice.value === current);
      if (at < 0) return [];
      return question.choices
        .map((choice, index) => candidate(choice.value, Math.abs(index - at)))
        .filter((_, index) => index !== at && (!raiseOnly || index > at));
    }
    case 'confirm':
      return raiseOnly && current === true ? [] : [candidate(!current, 1)];
    case 'checkbox': {
      const chosen: readonly (string | number)[] = Array.isArray(current) ? current : [];
      return question.choices.flatMap((choice) => {
        const isChosen = chosen.includes(choice.value);
        if (isChosen && raiseOnly) return [];
        const to = isChosen ? chosen.filter((value) => value !== choice.value) : [...chosen, choice.value];
        return [candidate(to, 1)];
      });
    }
    case 'number': {
      const value = Number(current);
      const lowest = raiseOnly ? value + 1 : Math.max(question.min ?? 0, value - MAX_NUMBER_STEPS);
      const highest = Math.min(question.max ?? Infinity, value + MAX_NUMBER_STEPS);
      return range(lowest, highest)
        .filter((to) => to !== value)
        .map((to) => candidate(to, Math.abs(to - value)));
    }
  }
}

const yesNo = (value: AnswerValue) => (value ? 'yes' : 'no');

/** The "if ..." half of the sentence, in the question's own words. */
function describeChange(question: Question, from: AnswerValue, to: AnswerValue): string {
  if (Array.isArray(from) && Array.isArray(to)) {
    const added = to.find((value) => !from.includes(value));
    const removed = from.find((value) => !to.includes(value));
    return added !== undefined
      ? `you added "${nameOf(question, added)}" to your ${question.label}`
      : `you dropped "${nameOf(question, removed ?? '')}" from your ${question.label}`;
  }
  if (typeof from === 'number' && typeof to === 'number') {
    return `your ${question.label} ${to > from ? 'rose' : 'fell'} from ${from} to ${to}`;
  }
  if (typeof from === 'boolean') return `your answer to "${question.label}" were ${yesNo(to)} instead of ${yesNo(from)}`;
  return `your ${question.label} were "${nameOf(question, to)}" instead of "${nameOf(question, from)}"`;
}

/**
 * Tries every single change the questions allow, smallest first (then in
 * question order), and returns the first that changes the top role; null
 * when no single change would. `ranked` is the ranking of `answers`, when
 * the caller has it already.
 */
export function whatWouldChange(data: AssessmentData, answers: Answers, ranked = rankRoles(data, answers)): WhatWouldChange | null {
  const current = ranked[0];
  if (!current) return null;
  const all = data.questions
    .filter((question) => question.what_if !== 'never' && applies(question, answers) !== false)
    .flatMap((question) => candidates(question, answerAt(answers, question.id)))
    .sort((a, b) => a.size - b.size);
  for (const { question, to } of all) {
    const top = rankRoles(data, withAnswer(answers, question.id, to))[0];
    if (top && top.id !== current.id) {
      const from = answerAt(answers, question.id);
      const text = `If ${describeChange(question, from, to)}, ${top.title} would rank first instead of ${current.title}.`;
      return { key: question.id, from, to, role: { id: top.id, title: top.title }, text };
    }
  }
  return null;
}
