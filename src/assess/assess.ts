import { allChanges, changesMentioned } from '../guide/changes.js';
import { routesFor, type Route } from '../guide/routes.js';
import type { Change, Section } from '../guide/types.js';
import type { Answers } from './answers.js';
import type { AssessmentData } from './data.js';
import { matchingSections, type SectionRef } from './matching-sections.js';
import { nextSteps, type Horizons, type NextStep } from './next-steps.js';
import { withAssumptions, type Assumption } from './questions.js';
import { rankRoles, type RankedRole } from './scoring.js';
import { whatWouldChange, type WhatWouldChange } from './what-would-change.js';

/** The shape of the result: 2 since reasons became sentences, steps got horizons and what-would-change a list. */
export const RESULT_VERSION = 2;

/** The result of `careers assess`, as printed (and as JSON). */
export interface Assessment {
  version: typeof RESULT_VERSION;
  /** All roles, best first. */
  roles: RankedRole[];
  /** Each with the notes on anything it names that changed since the source (a closed or renamed body). */
  nextSteps: Array<NextStep & { changes?: Change[] }>;
  /** What each step horizon is called, soonest first. */
  horizons: Horizons;
  /** Programmes and organisations open today that suit the person's stage and roles (see guide/routes/). */
  routes: RouteRef[];
  /** Sections to read, in the guide's order. */
  sections: SectionRef[];
  /** As given: a key the answers left out stays out, and `assumed` says what stood in for it. */
  answers: Answers;
  assumed: Assumption[];
  /** One or two changes the person could make that would put a role they are drawn to first; empty when none would. */
  whatWouldChange: WhatWouldChange[];
  /** A starting hypothesis to test, built on one person's published opinion. */
  caveat: string;
}

/** A route as a plan lists it: enough to act on, with the day it was checked. */
export interface RouteRef {
  id: string;
  name: string;
  what: string;
  url: string;
  checked: string;
}

/** At most this many routes in a plan: the ones that suit best; `careers read routes-today` has them all. */
const MAX_ROUTES = 5;

/** From complete answers to a result. Pure: the same data and answers always give the same result. */
export function assess(data: AssessmentData, given: Answers, sections: readonly Section[], routes: readonly Route[] = []): Assessment {
  const { answers, assumed } = withAssumptions(data.questions, given);
  const roles = rankRoles(data, answers);
  const [top] = roles;
  if (!top) throw new Error('the assessment data has no roles');
  // Read for every role you could pursue now; if none fits yet, for the closest one.
  const fitting = roles.filter((role) => role.fit !== 'stretch').map((role) => role.id);
  const candidates = fitting.length ? fitting : [top.id];
  const steps = nextSteps(data.nextSteps, data.stepLimits, answers, top.id, (only) => routesFor(routes, answers.stage, only ?? candidates));
  const changes = allChanges(sections);
  return {
    version: RESULT_VERSION,
    roles,
    nextSteps: steps.map((step) => {
      const named = changesMentioned(step.text, sections.find((s) => s.id === step.section)?.changed ?? [], changes);
      return named.length ? { ...step, changes: named } : step;
    }),
    horizons: data.horizons,
    routes: routesFor(routes, answers.stage, candidates)
      .slice(0, MAX_ROUTES)
      .map(({ id, name, what, url, checked }) => ({ id, name, what, url, checked })),
    sections: matchingSections(sections, answers, candidates, steps.map((step) => step.section)),
    answers: given,
    assumed,
    whatWouldChange: whatWouldChange(data, answers, roles),
    caveat: data.caveat,
  };
}
