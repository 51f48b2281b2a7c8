import { allChanges, changesMentioned } from '../guide/changes.js';
import { routesFor, type Route } from '../guide/routes.js';
import type { Change, Section } from '../guide/types.js';
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
  /** Each with the notes on anything it names that changed since the source (a closed or renamed body). */
  nextSteps: Array<NextStep & { changes?: Change[] }>;
  /** Programmes and organisations open today that suit the person's stage and roles (see guide/routes/). */
  routes?: RouteRef[];
  /** Sections to read, in the guide's order. */
  sections: SectionRef[];
  answers: Answers;
  whatWouldChange: WhatWouldChange | null;
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
export function assess(data: AssessmentData, answers: Answers, sections: readonly Section[], routes: readonly Route[] = []): Assessment {
  const roles = rankRoles(data, answers);
  const [top] = roles;
  if (!top) throw new Error('the assessment data has no roles');
  // Read for every role you could pursue now; if none fits yet, for the closest one.
  const fitting = roles.filter((role) => role.fit !== 'stretch').map((role) => role.id);
  const steps = nextSteps(data.nextSteps, answers, top.id);
  const changes = allChanges(sections);
  const candidates = fitting.length ? fitting : [top.id];
  return {
    roles,
    nextSteps: steps.map((step) => {
      const named = changesMentioned(step.text, sections.find((s) => s.id === step.section)?.changed ?? [], changes);
      return named.length ? { ...step, changes: named } : step;
    }),
    routes: routesFor(routes, answers.stage, candidates)
      .slice(0, MAX_ROUTES)
      .map(({ id, name, what, url, checked }) => ({ id, name, what, url, checked })),
    sections: matchingSections(sections, answers, candidates, steps.map((step) => step.section)),
    answers,
    whatWouldChange: whatWouldChange(data, answers, roles),
    caveat: data.caveat,
  };
}
