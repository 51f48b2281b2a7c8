import type { Section } from '../guide/types.js';
import type { Answers } from './answers.js';
import type { AssessmentData } from './data.js';
import { matchingSections, type SectionRef } from './matching-sections.js';
import { nextSteps, type NextStep } from './next-steps.js';
import { rankRoles, type RankedRole } from './scoring.js';
import { whatWouldChange, type WhatWouldChange } from './what-would-change.js';

/** The result of `careers assess`, as printed (and as JSON). */
export interface Assessment {
  /** All roles, best first. */
  roles: RankedRole[];
  nextSteps: NextStep[];
  /** Sections to read, in the guide's order. */
  sections: SectionRef[];
  answers: Answers;
  whatWouldChange: WhatWouldChange | null;
  /** A starting hypothesis to test, built on one person's published opinion. */
  caveat: string;
}

/** From complete answers to a result. Pure: the same data and answers always give the same result. */
export function assess(data: AssessmentData, answers: Answers, sections: readonly Section[]): Assessment {
  const roles = rankRoles(data, answers);
  const [top] = roles;
  if (!top) throw new Error('the assessment data has no roles');
  // Read for every role you could pursue now; if none fits yet, for the closest one.
  const fitting = roles.filter((role) => role.fit !== 'stretch').map((role) => role.id);
  const steps = nextSteps(data.nextSteps, answers, top.id);
  return {
    roles,
    nextSteps: steps,
    sections: matchingSections(sections, answers, fitting.length ? fitting : [top.id], steps.map((step) => step.section)),
    answers,
    whatWouldChange: whatWouldChange(data, answers, roles),
    caveat: data.caveat,
  };
}
