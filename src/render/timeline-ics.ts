import { createEvents, type EventAttributes } from '../vendor/ics.js';
import type { Timeline, TimelineStep } from '../timeline/plan.js';
import { lateAdvice } from './timeline.js';

type Day = [number, number, number];

/** Where a step's calendar event starts: its day, or the first of its month when only the month is known (early rather than late). */
function startOf(date: string): Day {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** The day after: an all-day event ends (exclusively) on it. */
function dayAfter([year, month, day]: Day): Day {
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/**
 * The dated steps as all-day iCalendar events. Each UID is made from the
 * plan, the intake and the step, never from today, so importing a newer plan
 * for the same intake updates the events instead of adding copies. Steps
 * with no date cannot be events and are left out (the caller says so).
 */
export function timelineIcs(t: Timeline): string {
  const events: EventAttributes[] = t.steps
    .filter((step): step is TimelineStep & { date: string } => step.date !== undefined)
    .map((step) => ({
      uid: `${t.plan}-${t.intake}-${step.id}@careers`,
      start: startOf(step.date),
      end: dayAfter(startOf(step.date)),
      // A late step is moved to today; its title is what to do now.
      title: step.late ? `Late: ${step.instead ?? step.do}` : step.do,
      description: [
        ...(step.late ? [`Late (due ${step.due}), so instead: ${lateAdvice(step)}`, `The step was: ${step.do}`] : []),
        `Why: ${step.why}`,
        ...(step.when.length === 7 ? [`Due some time in ${step.when}.`] : []),
        ...step.routes.map((r) => `${r.name}: ${r.url}`),
        `Read: careers read ${step.section}`,
      ].join('\n'),
      categories: ['careers', t.plan],
    }));
  const { error, value } = createEvents(events, { productId: 'careers', calName: `Timeline: ${t.title}, ${t.intake} intake` });
  if (error || !value) throw new Error(`could not write the calendar: ${error?.message ?? 'no output'}`);
  return value;
}
