import { SKILLS } from '../guide/types.js';
import type { AnswerKey, Answers } from './answers.js';
import { conditionKeys, holds } from './conditions.js';
import type { AssessmentData } from './data.js';
import { FIT_LEVELS, fitFor, type Fit } from './fit.js';
import { answerText, labelOf, nameOf, questionFor } from './labels.js';
import type { RoleId, RoleProfile } from './roles.js';
import { fill } from './schema.js';

/** A rating below this (level 2 of 5 or less) is no strength: its reason says so, and is never offered as a reason for a fit. */
const STRONG_ENOUGH = 2;

/** One contribution to a role's score or fit, traceable to answers and to the guide. */
export interface Reason {
  text: string;
  /** Added to the score; negative lowers it, 0 for a rule that only caps the fit. */
  points: number;
  /** The highest fit this rule allows the role, when it limits it. */
  cap?: Fit;
  /** The answers that brought it about. */
  answers: AnswerKey[];
  /** `skill-weight`, `interest`, or the id of a rule in scoring.yaml. */
  rule: string;
  /** The section that makes the point: `careers read <section>`. */
  section: string;
}

export interface RankedRole {
  id: RoleId;
  title: string;
  score: number;
  fit: Fit;
  reasons: Reason[];
}

/**
 * Each skill rating times the role's weight for it: the guide's mapping of
 * jobs to skill sets. One skill at most is called the one the role leans on
 * most: the one with the largest weight, when no other skill shares it. A
 * low rating reads as what the role would want more of, not as a strength.
 */
function skillReasons(data: AssessmentData, role: RoleProfile, answers: Answers): Reason[] {
  const weights = SKILLS.map((skill) => role.weights[skill]);
  const largest = Math.max(...weights);
  const heaviest = weights.filter((weight) => weight === largest).length === 1 ? SKILLS[weights.indexOf(largest)] : undefined;
  return SKILLS.flatMap((skill) => {
    const key = `skills.${skill}` as const;
    const rating = answers.skills[skill];
    const weight = role.weights[skill];
    if (rating * weight === 0) return [];
    const template = rating < STRONG_ENOUGH ? data.wording.low_skill : skill === heaviest ? data.wording.main_skill : data.wording.other_skill;
    const text = fill(template, { label: labelOf(data.questions, key), level: answerText(questionFor(data.questions, key), rating) });
    return [{ text, points: rating * weight, answers: [key], rule: 'skill-weight', section: role.id }];
  });
}

/** Whether a reason is a skill rated too low to count as a strength: true to the score, but no reason for a fit. */
export const isLowRating = (reason: Reason, answers: Answers): boolean =>
  reason.rule === 'skill-weight' &&
  reason.answers.some((key) => key.startsWith('skills.') && answers.skills[key.slice(7) as keyof Answers['skills']] < STRONG_ENOUGH);

function interestReasons(data: AssessmentData, role: RoleProfile, answers: Answers): Reason[] {
  const question = questionFor(data.questions, 'interests');
  return answers.interests.flatMap((interest) => {
    const points = role.interests[interest] ?? 0;
    if (points === 0) return [];
    const name = nameOf(question, interest);
    const text = fill(data.wording.interest, { interest: name.charAt(0).toLowerCase() + name.slice(1) });
    return [{ text, points, answers: ['interests' as const], rule: 'interest', section: role.id }];
  });
}

function ruleReasons(data: AssessmentData, role: RoleProfile, answers: Answers): Reason[] {
  return data.rules
    .filter((rule) => rule.roles.includes(role.id) && holds(rule.when, answers))
    .map((rule) => ({
      text: rule.reason,
      points: rule.points,
      ...(rule.cap ? { cap: rule.cap } : {}),
      // Keys were checked against the answer fields when the data was loaded.
      answers: conditionKeys(rule.when) as AnswerKey[],
      rule: rule.id,
      section: rule.section,
    }));
}

/** A role's reasons: skills × weights, the interests it rewards, and the guide's rules that apply. */
const reasonsFor = (data: AssessmentData, role: RoleProfile, answers: Answers): Reason[] => [
  ...skillReasons(data, role, answers),
  ...interestReasons(data, role, answers),
  ...ruleReasons(data, role, answers),
];

/**
 * A role's score is the sum of its reasons' points. Its fit comes from the
 * score's threshold, capped by any rule that says "a stretch for now".
 */
function scoreRole(data: AssessmentData, role: RoleProfile, reasons: Reason[]): RankedRole {
  const score = reasons.reduce((sum, reason) => sum + reason.points, 0);
  const caps = reasons.flatMap((reason) => (reason.cap ? [reason.cap] : []));
  return { id: role.id, title: role.title, score, fit: fitFor(score, data.fit, caps), reasons };
}

/**
 * Every role, best first: by fit, then by score, so a role that is a stretch
 * for now never ranks above one that fits, however high its raw score. Ties
 * keep the guide's reading order (the sort is stable).
 */
export function rankRoles(data: AssessmentData, answers: Answers): RankedRole[] {
  return data.roles.map((role) => scoreRole(data, role, reasonsFor(data, role, answers))).sort(bestFirst);
}

const fitRank = (role: RankedRole) => FIT_LEVELS.indexOf(role.fit);
const bestFirst = (a: RankedRole, b: RankedRole) => fitRank(b) - fitRank(a) || b.score - a.score;
