import * as v from 'valibot';
import { addMonthsToDay, isEligible, roundOn } from '../guide/route-choice.js';
import { monthName } from '../guide/route-status.js';
import type { Route } from '../guide/routes.js';
import { findPlan, planTimeline } from '../timeline/plan.js';
import { parseDay } from '../timeline/months.js';
import { NOW, type TimelinePlan } from '../timeline/schema.js';
import type { FullAnswers } from './answers.js';
import { conditionSchema, holds } from './conditions.js';
import { HORIZON_MONTHS, type Horizon } from './horizons.js';
import type { NextStep } from './next-steps.js';
import { fill, templateSchema } from './schema.js';

/*
 * Steps with a date: the timeline data's dates and the route records' rounds
 * that fall within a month or three of the day the plan is made, placed in
 * that horizon. Which people see PhD dates, and how each kind of step reads,
 * is data (the `dates` block of next-steps.yaml).
 */

export const datesSchema = v.strictObject({
  /** Who is applying for a PhD this cycle: they see the PhD timeline's dates for their region. */
  phd_applicants: conditionSchema,
  /** At most this many dated steps a plan. */
  at_most: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** A PhD timeline step: {date} in words, {do} the step, {example} a dated fact from its source. */
  phd: templateSchema('date', 'do', 'example'),
  /** A route whose round closes soon: {name}, {date}. */
  closes: templateSchema('name', 'date'),
  /** A route whose round opens soon: {name}, {date}. */
  opens: templateSchema('name', 'date'),
  /** A recurring route whose next round usually opens soon: {name}, {month}. */
  usually_opens: templateSchema('name', 'month'),
});
export type DatesRules = v.InferOutput<typeof datesSchema>;

/** A timeline step's `when` that is a date (YYYY-MM or YYYY-MM-DD), not words. */
const DATE_LABEL = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** The horizons a dated step may fall in: a date further ahead than a quarter is not a next step yet. */
const DATED_HORIZONS = ['month', 'quarter'] as const;

/** The horizon a day (or a month, YYYY-MM) falls in, from `today`; none when it is past or further than a quarter. */
function horizonOf(date: string, today: string): Horizon | undefined {
  const first = date.length === 7 ? `${date}-01` : date;
  const last = date.length === 7 ? `${date}-31` : date;
  if (last < today) return undefined;
  return DATED_HORIZONS.find((horizon) => first <= addMonthsToDay(today, HORIZON_MONTHS[horizon]));
}

/** "10 December 2026", or "December 2026" for a month. */
function dateWords(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const text = `${monthName(month ?? 1)} ${year}`;
  return day ? `${day} ${text}` : text;
}

/** How far ahead an intake may be looked for: the next one whose deadline has not passed. */
const INTAKES_AHEAD = 3;

/**
 * The PhD timeline's dated steps for the person's region, for the next intake
 * whose deadline is still ahead: those that lead up to the deadline and the
 * deadline itself (what comes after it can wait for its own plan).
 */
function phdSteps(rules: DatesRules, answers: FullAnswers, today: string, plans: readonly TimelinePlan[], routes: readonly Route[]): NextStep[] {
  const plan = findPlan(plans, 'phd', answers.region);
  const day = parseDay(today);
  if (!plan || !day || !holds(rules.phd_applicants, answers)) return [];
  for (let intake = day.year; intake <= day.year + INTAKES_AHEAD; intake++) {
    const timeline = planTimeline(plan, { target: 'phd', region: answers.region, intake, today: day }, routes);
    if (timeline.status === 'passed' || timeline.status === 'started') continue;
    const deadline = timeline.deadline ?? '';
    const steps = timeline.steps.flatMap((step) => {
      const item = plan.items.find((i) => i.id === step.id);
      // A step of a month that has begun is moved to today; its `when` keeps the month it is due in, which is what a plan says.
      const date = step.date && DATE_LABEL.test(step.when) ? step.when : step.date;
      const due = date && !step.late && item && item.at !== NOW && date.slice(0, 7) <= deadline.slice(0, 7);
      const horizon = due && date ? horizonOf(date, today) : undefined;
      if (!date || !horizon || !item) return [];
      // A step about particular programmes ("if you are not a UK citizen, ask for Gates Cambridge") is for people one of them is for.
      const about = routes.filter((route) => item.routes.includes(route.id));
      if (about.length && !about.some((route) => isEligible(route, answers))) return [];
      // The fact behind the date: the lead time's source for a step placed before its anchor, else the anchor's.
      const example = (item.months ? item.sources : plan.anchors[item.at]?.sources)?.[0]?.says ?? '';
      const text = fill(rules.phd, { date: dateWords(date), do: step.do, example }).trim();
      return [{ id: `date-${plan.id}-${step.id}`, text, section: step.section, horizon, date, atDeadline: item.at === 'deadline' }];
    });
    // The applications' own deadline first, so that fellowship dates before it never crowd it out of the plan.
    return steps.sort((a, b) => Number(b.atDeadline) - Number(a.atDeadline)).map(({ atDeadline: _, ...step }) => step);
  }
  return [];
}

/** Dated steps from the rounds of routes offered to the person: a deadline, an opening, or the month a round usually opens. */
function routeSteps(rules: DatesRules, today: string, routes: readonly Route[]): NextStep[] {
  return routes.flatMap((route) => {
    const round = roundOn(route.status, today);
    const at =
      round.state === 'open' && round.closes
        ? { date: round.closes, text: fill(rules.closes, { name: route.name, date: dateWords(round.closes) }) }
        : round.state === 'opens'
          ? { date: round.opens, text: fill(rules.opens, { name: route.name, date: dateWords(round.opens) }) }
          : round.state === 'next'
            ? (() => {
                const month = `${round.year}-${String(round.month).padStart(2, '0')}`;
                return { date: month, text: fill(rules.usually_opens, { name: route.name, month: dateWords(month) }) };
              })()
            : undefined;
    const horizon = at && horizonOf(at.date, today);
    return at && horizon ? [{ id: `date-${route.id}`, text: at.text, section: 'routes-today', horizon, date: at.date, routes: [route.id] }] : [];
  });
}

/** One route round a plan: the soonest, so that the rounds do not crowd out the rest of the plan. */
const ROUNDS_A_PLAN = 1;

/**
 * The dated steps for this person on `today`, soonest first, at most
 * `rules.at_most`: the PhD timeline's first (a deadline is the one date
 * that cannot be made up later, and the applications' own deadline before
 * the rest), then the soonest route round.
 */
export function datedSteps(
  rules: DatesRules,
  answers: FullAnswers,
  today: string,
  plans: readonly TimelinePlan[],
  offered: readonly Route[],
  allRoutes: readonly Route[],
): NextStep[] {
  const soonest = (a: NextStep, b: NextStep) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0);
  return [...phdSteps(rules, answers, today, plans, allRoutes), ...routeSteps(rules, today, offered).sort(soonest).slice(0, ROUNDS_A_PLAN)]
    .slice(0, rules.at_most)
    .sort(soonest);
}
