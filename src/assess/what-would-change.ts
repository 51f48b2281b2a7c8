import { answerAt, withAnswer, type AnswerKey, type AnswerValue, type Answers } from './answers.js';
import { FIT_LEVELS } from './fit.js';
import type { AssessmentData } from './data.js';
import { answerText, isScale, nameOf } from './labels.js';
import { applies, type Question } from './questions.js';
import type { RoleId, RoleProfile } from './roles.js';
import { rankRoles, type RankedRole, type Reason } from './scoring.js';

/** A small change of answers, one the person could make, that would put a different role first. */
export interface WhatWouldChange {
  key: AnswerKey;
  from: AnswerValue;
  to: AnswerValue;
  /** The role that would then rank first. */
  role: { id: RoleId; title: string };
  /** The rule behind the role's biggest gain: `skill-weight`, `interest`, or a rule id of scoring.yaml. */
  because?: string;
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
        .filter((_, index) => index !== at && (!raiseOnly || index === at + 1));
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
      const highest = Math.min(question.max ?? Infinity, raiseOnly ? value + 1 : value + MAX_NUMBER_STEPS);
      return range(lowest, highest)
        .filter((to) => to !== value)
        .map((to) => candidate(to, Math.abs(to - value)));
    }
  }
}

const yesNo = (value: AnswerValue) => (value ? 'yes' : 'no');

/** The "if ..." half of the sentence, in the question's own words; a level as the menu named it. */
function describeChange(question: Question, from: AnswerValue, to: AnswerValue): string {
  if (Array.isArray(from) && Array.isArray(to)) {
    const added = to.find((value) => !from.includes(value));
    const removed = from.find((value) => !to.includes(value));
    return added !== undefined
      ? `you added "${nameOf(question, added)}" to your ${question.label}`
      : `you dropped "${nameOf(question, removed ?? '')}" from your ${question.label}`;
  }
  if (isScale(question)) {
    return `your ${question.label} ${Number(to) > Number(from) ? 'rose' : 'fell'} from "${answerText(question, from)}" to "${answerText(question, to)}"`;
  }
  if (typeof from === 'number' && typeof to === 'number') {
    return `your ${question.label} ${to > from ? 'rose' : 'fell'} from ${from} to ${to}`;
  }
  if (typeof from === 'boolean') return `your answer to "${question.label}" were ${yesNo(to)} instead of ${yesNo(from)}`;
  return `your ${question.label} were "${nameOf(question, to)}" instead of "${nameOf(question, from)}"`;
}

/** Whether a role is one of the kinds of work the person chose; with no interests stated, any role is. */
const drawsThem = (role: RoleProfile | undefined, answers: Answers) =>
  answers.interests.length === 0 || answers.interests.some((interest) => (role?.interests[interest] ?? 0) > 0);

/** The reason that gained most between two rankings of the same role: what the change would add. */
function biggestGain(before: RankedRole | undefined, after: RankedRole): Reason | undefined {
  const old = (reason: Reason) => before?.reasons.find((r) => r.rule === reason.rule && r.answers.join() === reason.answers.join())?.points ?? 0;
  return after.reasons
    .map((reason) => ({ reason, gain: reason.points - old(reason) }))
    .filter(({ gain }) => gain > 0)
    .sort((a, b) => b.gain - a.gain)[0]?.reason;
}

const fitRank = (role: RankedRole | undefined) => (role ? FIT_LEVELS.indexOf(role.fit) : -1);

/**
 * Levers: changes that would not reorder the ranking but would raise the fit
 * of a role the person is drawn to and that is held back (by a cap such as
 * "no research experience yet", or a skill a level short). For each such
 * role, best-ranked first, the smallest change that lifts it.
 */
function levers(
  data: AssessmentData,
  answers: Answers,
  ranked: readonly RankedRole[],
  all: readonly Candidate[],
  rankingAfter: (change: Candidate) => readonly RankedRole[],
  taken: readonly WhatWouldChange[],
  room: number,
): WhatWouldChange[] {
  const found: WhatWouldChange[] = [];
  for (const role of ranked) {
    if (found.length >= room) break;
    if (
      role.fit === 'strong' ||
      !drawsThem(
        data.roles.find((r) => r.id === role.id),
        answers,
      )
    )
      continue;
    for (const change of all) {
      const { question, to } = change;
      if ([...taken, ...found].some((change) => change.key === question.id)) continue;
      const after = rankingAfter(change).find((r) => r.id === role.id);
      if (!after || fitRank(after) <= fitRank(role)) continue;
      const gain = biggestGain(role, after);
      const text = `If ${describeChange(question, answerAt(answers, question.id), to)}, ${role.title} would fit you better.${gain ? ` ${gain.text}` : ''}`;
      found.push({
        key: question.id,
        from: answerAt(answers, question.id),
        to,
        role: { id: role.id, title: role.title },
        ...(gain ? { because: gain.rule } : {}),
        text,
      });
      break;
    }
  }
  return found;
}

/**
 * Tries every single change the questions allow, smallest first (then in
 * question order), and keeps those that would put first a role the person is
 * drawn to; then, while there is room, the levers that would lift a role
 * they are drawn to that is held back by something they could change. At
 * most `data.changesAtMost`, each about a different answer; empty only when
 * no such change exists. `ranked` is the ranking of `answers`, when the
 * caller has it already.
 */
export function whatWouldChange(data: AssessmentData, answers: Answers, ranked = rankRoles(data, answers)): WhatWouldChange[] {
  const current = ranked[0];
  if (!current) return [];
  const all = data.questions
    .filter((question) => question.what_if !== 'never' && applies(question, answers) !== false)
    .flatMap((question) => candidates(question, answerAt(answers, question.id)))
    .sort((a, b) => a.size - b.size);
  // Each change is ranked once, though both the search for a new first place and the levers may ask.
  const rankings = new Map<Candidate, readonly RankedRole[]>();
  const rankingAfter = (change: Candidate) => {
    const ranking = rankings.get(change) ?? rankRoles(data, withAnswer(answers, change.question.id, change.to));
    rankings.set(change, ranking);
    return ranking;
  };
  const found: WhatWouldChange[] = [];
  for (const change of all) {
    const { question, to } = change;
    if (found.length >= data.changesAtMost) break;
    if (found.some((change) => change.key === question.id)) continue;
    const top = rankingAfter(change)[0];
    if (
      !top ||
      top.id === current.id ||
      !drawsThem(
        data.roles.find((role) => role.id === top.id),
        answers,
      )
    )
      continue;
    const from = answerAt(answers, question.id);
    const gain = biggestGain(
      ranked.find((role) => role.id === top.id),
      top,
    );
    const why = gain ? ` ${gain.text}` : '';
    const text = `If ${describeChange(question, from, to)}, ${top.title} would rank first instead of ${current.title}.${why}`;
    found.push({ key: question.id, from, to, role: { id: top.id, title: top.title }, ...(gain ? { because: gain.rule } : {}), text });
  }
  return [...found, ...levers(data, answers, ranked, all, rankingAfter, found, data.changesAtMost - found.length)];
}
