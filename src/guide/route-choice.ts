import { monthName, type RouteStatus } from './route-status.js';
import { ROUTE_KINDS, type Route } from './routes.js';
import type { Focus, Interest, PhdPlan, Place, ResearchExperience, Stage } from './types.js';

/*
 * Which route records a plan may offer a person on a given day: only those
 * they are eligible for, never an ended one, and never one whose only round
 * has closed. Days are YYYY-MM-DD strings, which compare as dates.
 */

/** What eligibility and preference depend on. */
export interface RoutePerson {
  stage: Stage;
  region: Place;
  needs_visa: boolean;
  focus: readonly Focus[];
  interests: readonly Interest[];
  research_experience: ResearchExperience;
  phd: PhdPlan;
}

/** The minimum age that rules out anyone still at school. */
const ADULT = 18;

/**
 * Whether the record is for the person: the stages, research experience
 * and PhD plans it suits, and who may take part by what its source states (age, region,
 * citizenship, visas).
 */
export function isEligible(route: Route, person: RoutePerson): boolean {
  const { min_age, regions, citizens_of, not_citizens_of, visa_sponsorship } = route.eligibility;
  if (!route.suits.stages.includes(person.stage)) return false;
  if (route.suits.experience && !route.suits.experience.includes(person.research_experience)) return false;
  if (route.suits.phd && !route.suits.phd.includes(person.phd)) return false;
  if (min_age !== undefined && min_age >= ADULT && person.stage === 'school') return false;
  if (regions && !regions.includes(person.region)) return false;
  // Someone who needs no visa where they live is taken to be a citizen there: the answers know no more.
  if (citizens_of && (!citizens_of.includes(person.region) || person.needs_visa)) return false;
  if (not_citizens_of?.includes(person.region) && !person.needs_visa) return false;
  if (visa_sponsorship === false && person.needs_visa) return false;
  return true;
}

/** Where a route's rounds stand on a given day. */
export type Round =
  | { state: 'open'; closes?: string }
  | { state: 'opens'; opens: string }
  /** No round known to be open: the next usually opens in this month (this month included). */
  | { state: 'next'; year: number; month: number }
  /** Rounds come back, but the source gives no month for the next. */
  | { state: 'recurs' }
  | { state: 'rolling' }
  | { state: 'closed' }
  | { state: 'ended' };

const parts = (day: string) => ({ year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) });

/** The first of `months` on or after the month of `today`, with its year. */
function nextMonth(months: readonly number[], today: string): { year: number; month: number } {
  const { year, month } = parts(today);
  const ahead = (m: number) => (m - month + 12) % 12;
  const best = [...months].sort((a, b) => ahead(a) - ahead(b))[0] ?? month;
  return { year: best < month ? year + 1 : year, month: best };
}

export function roundOn(status: RouteStatus, today: string): Round {
  switch (status.state) {
    case 'ended':
      return { state: 'ended' };
    case 'rolling':
      return { state: 'rolling' };
    case 'recurring':
      return status.months ? { state: 'next', ...nextMonth(status.months, today) } : { state: 'recurs' };
    case 'open':
      if (status.closes && status.closes < today) return status.months ? { state: 'next', ...nextMonth(status.months, today) } : { state: 'closed' };
      if (status.opens && status.opens > today) return { state: 'opens', opens: status.opens };
      return { state: 'open', ...(status.closes ? { closes: status.closes } : {}) };
  }
}

/** Months from the month of `today` to the given month: 0 for this month. */
function monthsAhead(today: string, to: { year: number; month: number }): number {
  const from = parts(today);
  return (to.year - from.year) * 12 + to.month - from.month;
}

/**
 * Whether a person can apply within `months` (this month counted as the
 * first): the round is open or rolling, or opens before then. Rounds with no
 * known month count, since the plan sends the person to the route's page.
 */
export function applicableWithin(round: Round, today: string, months: number): boolean {
  switch (round.state) {
    case 'open':
    case 'rolling':
    case 'recurs':
      return true;
    case 'opens':
      return monthsAhead(today, parts(round.opens)) < months;
    case 'next':
      return monthsAhead(today, round) < months;
    case 'closed':
    case 'ended':
      return false;
  }
}

/** Whether a plan may offer the route on that day: not ended, and not closed for good. */
export const isOffered = (route: Route, today: string) => !['ended', 'closed'].includes(roundOn(route.status, today).state);

/** The round in a few words, as a plan names it next to the route. */
export function roundWords(round: Round, today: string): string {
  switch (round.state) {
    case 'open':
      return round.closes ? `open until ${round.closes}` : 'open';
    case 'opens':
      return `opens ${round.opens}`;
    case 'next': {
      const now = parts(today);
      return round.year === now.year && round.month === now.month
        ? 'a round usually opens this month: check its page'
        : `closed now; the next round usually opens in ${monthName(round.month)} ${round.year}`;
    }
    case 'recurs':
      return 'runs in rounds; check its page for the next';
    case 'rolling':
      return 'applications at any time';
    case 'closed':
      return 'closed';
    case 'ended':
      return 'ended';
  }
}

/** How many of the person's focus areas and interests the record says it serves. */
const served = (route: Route, person: RoutePerson) =>
  route.suits.focus.filter((f) => person.focus.includes(f)).length + route.suits.interests.filter((i) => person.interests.includes(i)).length;

/**
 * The records the person is eligible for and that are offered on `today`,
 * suited to one of these roles: best-matched role first, then those that
 * serve more of the person's focus and interests, then by kind.
 */
export function routesFor(routes: readonly Route[], person: RoutePerson, roles: readonly string[], today: string): Route[] {
  const rank = (route: Route) => Math.min(...route.suits.roles.map((role) => (roles.includes(role) ? roles.indexOf(role) : Infinity)));
  return routes
    .filter((route) => isEligible(route, person) && isOffered(route, today) && Number.isFinite(rank(route)))
    .sort((a, b) => rank(a) - rank(b) || served(b, person) - served(a, person) || ROUTE_KINDS.indexOf(a.kind) - ROUTE_KINDS.indexOf(b.kind));
}

/**
 * The first `count` of `routes` (in their order), taking one of each kind
 * before a second of any: a plan's short list shows a programme, an employer
 * and a fellowship for the person's work before a third funder that funds
 * everything.
 */
export function firstOfEachKind(routes: readonly Route[], count: number): Route[] {
  const kinds = new Set<Route['kind']>();
  const first = routes.filter((route) => !kinds.has(route.kind) && kinds.add(route.kind));
  const rest = routes.filter((route) => !first.includes(route));
  const chosen = new Set([...first, ...rest].slice(0, count));
  return routes.filter((route) => chosen.has(route));
}

/** A record is due for a re-check this many months after it was checked. */
export const STALE_AFTER_MONTHS = 9;

/** The day `months` after `day` (the day of the month kept, or the month's last). */
export function addMonthsToDay(day: string, months: number): string {
  const { year, month } = parts(day);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Number(day.slice(8, 10)), last);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether a record was checked more than STALE_AFTER_MONTHS before `today`. */
export const isStale = (route: Pick<Route, 'checked'>, today: string) => addMonthsToDay(route.checked, STALE_AFTER_MONTHS) < today;

/** Why a record is due for a re-check on `today`, or undefined when it is not. */
export function recheckReason(route: Route, today: string): string | undefined {
  if (route.status.state === 'ended') return undefined;
  if (isStale(route, today)) return `checked more than ${STALE_AFTER_MONTHS} months ago`;
  const status = route.status;
  if (status.state === 'open' && status.closes && status.closes < today && status.closes >= route.checked) return `its round closed on ${status.closes}`;
  if (status.state === 'open' && status.opens && status.opens <= today && status.opens > route.checked) return `its round opened on ${status.opens}`;
  if (status.state === 'recurring' || (status.state === 'open' && status.months)) {
    // The first month a round usually opens after the check: once it has come, the record may be out of date.
    const next = nextMonth(status.months ?? [], addMonthsToDay(route.checked, 1));
    const first = `${next.year}-${String(next.month).padStart(2, '0')}-01`;
    if (first <= today) return `a round usually opens in ${monthName(next.month)}, and ${monthName(next.month)} ${next.year} has come since it was checked`;
  }
  return undefined;
}

/** The records due for a re-check on `today`, oldest check first, each with why. */
export function routesDue(routes: readonly Route[], today: string): Array<{ route: Route; why: string }> {
  return routes
    .flatMap((route) => {
      const why = recheckReason(route, today);
      return why ? [{ route, why }] : [];
    })
    .sort((a, b) => (a.route.checked < b.route.checked ? -1 : a.route.checked > b.route.checked ? 1 : 0));
}
