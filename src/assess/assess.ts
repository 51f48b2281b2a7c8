import { allChanges, changesMentioned } from '../guide/changes.js';
import { eligibilityLine } from '../guide/route-status.js';
import { applicableWithin, firstOfEachKind, isStale, roundOn, roundWords, routesFor, type RoutePerson } from '../guide/route-choice.js';
import type { Route } from '../guide/routes.js';
import type { Change, Section } from '../guide/types.js';
import type { TimelinePlan } from '../timeline/schema.js';
import type { Answers, FullAnswers } from './answers.js';
import type { AssessmentData } from './data.js';
import { datedSteps } from './dated-steps.js';
import { readingList, type SectionRef } from './matching-sections.js';
import { HORIZON_MONTHS, type Horizon } from './horizons.js';
import { nextSteps, type Horizons, type NextStep } from './next-steps.js';
import { withAssumptions, type Assumption } from './questions.js';
import { rankRoles, type RankedRole } from './scoring.js';
import { whatWouldChange, type WhatWouldChange } from './what-would-change.js';

/**
 * The shape of the result: 2 since reasons became sentences, steps got
 * horizons and what-would-change a list; 3 since plans know the day they were
 * made (`today`, dated steps, route rounds, `stale`) and the reading list says why.
 */
export const RESULT_VERSION = 3;

/** The result of `careers assess`, as printed (and as JSON). */
export interface Assessment {
  /** RESULT_VERSION for a result made now; 2 for a run saved by version 2, printed as saved (it lacks what version 3 added). */
  version: typeof RESULT_VERSION | 2;
  /** The day the plan is made for (YYYY-MM-DD): its dates and route rounds are as of this day. */
  today: string;
  /** All roles, best first. */
  roles: RankedRole[];
  /** Each with the notes on anything it names that changed since the source (a closed or renamed body). */
  nextSteps: Array<NextStep & { changes?: Change[] }>;
  /** What each step horizon is called, soonest first. */
  horizons: Horizons;
  /** Programmes and organisations the person is eligible for and that are offered today, suited to their roles (see guide/routes/). */
  routes: RouteRef[];
  /** At most five sections to read, ordered for the person, each with why. */
  sections: SectionRef[];
  /** As given: a key the answers left out stays out, and `assumed` says what stood in for it. */
  answers: Answers;
  assumed: Assumption[];
  /** One or two changes the person could make that would put first, or fit better, a role they are drawn to; empty when none would. */
  whatWouldChange: WhatWouldChange[];
  /** Route records this plan uses that were checked more than nine months before `today`. */
  stale: Array<{ id: string; name: string; checked: string }>;
  /** A starting hypothesis to test, built on one person's published opinion. */
  caveat: string;
}

/** A route as a plan lists it: enough to act on, with where its round stands and the day it was checked. */
export interface RouteRef {
  id: string;
  name: string;
  what: string;
  url: string;
  checked: string;
  /** Its round on `today`, in a few words ("open until 2027-01-12"); absent in runs saved before version 3. */
  round?: string;
  /** Who may take part, where the record states limits. */
  eligibility?: string;
}

/** At most this many routes in a plan: the ones that suit best, of different kinds; `careers read routes-today` has them all. */
const MAX_ROUTES = 5;

/** What a plan is made against besides the answers: the day, and the timeline data for dated steps. */
export interface AssessContext {
  /** YYYY-MM-DD. Without it, the newest `checked` day of the routes stands in and no dated steps are made. */
  today?: string;
  timelines?: readonly TimelinePlan[];
}

const newestCheck = (routes: readonly Route[]) => routes.reduce((day, route) => (route.checked > day ? route.checked : day), '0000-01-01');

const personOf = (answers: FullAnswers): RoutePerson => ({
  stage: answers.stage,
  region: answers.region,
  needs_visa: answers.needs_visa,
  focus: answers.focus,
  interests: answers.interests,
  research_experience: answers.research_experience,
  phd: answers.phd,
});

/** From complete answers to a result. Pure: the same data, answers and day always give the same result. */
export function assess(
  data: AssessmentData,
  given: Answers,
  sections: readonly Section[],
  routes: readonly Route[] = [],
  context: AssessContext = {},
): Assessment {
  const today = context.today ?? newestCheck(routes);
  const { answers, assumed } = withAssumptions(data.questions, given);
  const roles = rankRoles(data, answers);
  const [top] = roles;
  if (!top) throw new Error('the assessment data has no roles');
  // Read for every role you could pursue now; if none fits yet, for the closest one.
  const fitting = roles.filter((role) => role.fit !== 'stretch').map((role) => role.id);
  const candidates = fitting.length ? fitting : [top.id];
  const person = personOf(answers);
  // The routes for the candidate roles serve the dated steps, the next steps and the plan's list: found once.
  const forCandidates = routesFor(routes, person, candidates, today);
  // A step in "the next three months" names only routes that take applications by then, not one that opens in a year.
  const offered = (only: readonly string[] | undefined, horizon: Horizon) =>
    (only ? routesFor(routes, person, only, today) : forCandidates).filter((route) =>
      applicableWithin(roundOn(route.status, today), today, HORIZON_MONTHS[horizon]),
    );
  const dated = context.today ? datedSteps(data.dates, answers, today, context.timelines ?? [], forCandidates, routes) : [];
  const steps = nextSteps(data.nextSteps, data.stepLimits, answers, top.id, offered, dated, Number(today.slice(5, 7)));
  const changes = allChanges(sections);
  const listed = firstOfEachKind(forCandidates, MAX_ROUTES);
  const used = new Set([...listed.map((r) => r.id), ...steps.flatMap((step) => step.routes ?? [])]);
  return {
    version: RESULT_VERSION,
    today,
    roles,
    nextSteps: steps.map((step) => {
      const named = changesMentioned(step.text, sections.find((s) => s.id === step.section)?.changed ?? [], changes);
      return named.length ? { ...step, changes: named } : step;
    }),
    horizons: data.horizons,
    routes: listed.map((route) => {
      const eligibility = eligibilityLine(route.eligibility);
      return {
        id: route.id,
        name: route.name,
        what: route.what,
        url: route.url,
        checked: route.checked,
        round: roundWords(roundOn(route.status, today), today),
        ...(eligibility ? { eligibility } : {}),
      };
    }),
    sections: readingList(data.reading, sections, answers, top, candidates, steps),
    answers: given,
    assumed,
    whatWouldChange: whatWouldChange(data, answers, roles),
    stale: routes.filter((route) => used.has(route.id) && isStale(route, today)).map(({ id, name, checked }) => ({ id, name, checked })),
    caveat: data.caveat,
  };
}
