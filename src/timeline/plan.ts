import type { Route } from '../guide/routes.js';
import { addMonths, dateLabel, firstDayKey, lastDayKey, type CalendarDate } from './months.js';
import { NOW, type Anchor, type PlanItem, type Source, type Target, type TimelinePlan, type TimelineRegion } from './schema.js';

/** A current programme a step names, from its route record. */
export interface StepRoute {
  id: string;
  name: string;
  url: string;
  checked: string;
  intake?: string;
}

/** One step of a dated plan. */
export interface TimelineStep {
  id: string;
  /**
   * YYYY-MM-DD, or YYYY-MM for a step due some time in that month; absent
   * where the plan knows no date. Never before today: a late step is moved
   * to today, and a step of a month that has begun starts today.
   */
  date?: string;
  /** The date, or where no date is known, when to do it ("2 months before your deadline"). */
  when: string;
  /** For a late step, the date it was due: its `date` is today. */
  due?: string;
  do: string;
  why: string;
  section: string;
  /** Its date has passed. */
  late: boolean;
  instead?: string;
  routes: StepRoute[];
}

/** ok; too-close: a step that leads up to the deadline is already late; passed: the deadline has gone; started: so has the intake. */
export type TimelineStatus = 'ok' | 'too-close' | 'passed' | 'started';

export interface Timeline {
  plan: string;
  title: string;
  target: Target;
  region: TimelineRegion;
  intake: number;
  today: string;
  status: TimelineStatus;
  /** What to do about a late start: the plan's advice for its status. */
  warning?: string;
  note?: string;
  /** When the intake and its deadline are, where known. */
  intakeDate?: string;
  deadline?: string;
  steps: TimelineStep[];
  /** The sources of every date and lead time the steps use, once each. */
  sources: Source[];
}

export interface TimelineRequest {
  target: Target;
  region: TimelineRegion;
  intake: number;
  today: Required<CalendarDate>;
}

const dateOf = (anchor: Anchor, intake: number): CalendarDate | undefined =>
  anchor.month === undefined ? undefined : { year: intake + (anchor.year ?? 0), month: anchor.month, ...(anchor.day === undefined ? {} : { day: anchor.day }) };

const monthsWord = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

/** "2 months before your deadline": where a step sits when its anchor has no date. */
function relativeWhen(item: PlanItem, anchor: Anchor): string {
  if (item.months === 0) return anchor.label;
  return `${monthsWord(Math.abs(item.months))} ${item.months < 0 ? 'before' : 'after'} ${anchor.label}`;
}

function stepRoutes(ids: readonly string[], routes: readonly Route[]): StepRoute[] {
  return ids.flatMap((id) => {
    const route = routes.find((r) => r.id === id);
    return route ? [{ id, name: route.name, url: route.url, checked: route.checked, ...(route.format.intake ? { intake: route.format.intake } : {}) }] : [];
  });
}

/**
 * A step at its date as seen from today, so that a calendar looks ahead:
 * one whose date has passed is due today, marked late, with the date it was
 * due and what to do instead; one due some time in a month that has begun
 * starts today (its `when` still names the month). Nothing unmarked is
 * in the past. `key` is the day it sorts by: a late step's is the day it
 * was due, so late steps keep the order they were due in.
 */
function datedStep(
  base: Omit<TimelineStep, 'when' | 'late'>,
  date: CalendarDate,
  today: Required<CalendarDate>,
  instead: string | undefined,
): { step: TimelineStep; key: number } {
  const todayKey = firstDayKey(today);
  const label = dateLabel(date);
  if (lastDayKey(date) < todayKey) {
    return {
      step: { ...base, date: dateLabel(today), when: dateLabel(today), due: label, late: true, ...(instead ? { instead } : {}) },
      key: firstDayKey(date),
    };
  }
  const begun = firstDayKey(date) < todayKey;
  return { step: { ...base, date: begun ? dateLabel(today) : label, when: label, late: false }, key: begun ? todayKey : firstDayKey(date) };
}

/**
 * The steps of a plan dated for one intake, as seen from `today`: each at
 * its anchor's month moved by its lead time, late steps first (moved to
 * today, in the order they were due), then in date order (steps with no known date follow, in the
 * plan's order). The plan's late-start advice comes first when the deadline is
 * too close or gone. Pure: the same plan, intake and day give the same steps.
 */
export function planTimeline(plan: TimelinePlan, request: TimelineRequest, routes: readonly Route[]): Timeline {
  const { intake, today } = request;
  const todayKey = firstDayKey(today);
  const anchorDate = (name: string) => {
    const anchor = plan.anchors[name];
    return anchor ? dateOf(anchor, intake) : undefined;
  };
  const used = new Map<string, Source>();
  const cite = (sources: readonly Source[] = []) => sources.forEach((s) => used.set(`${s.url}\n${s.says}`, s));

  const dated: Array<{ step: TimelineStep; key: number }> = [];
  const undated: TimelineStep[] = [];
  for (const item of plan.items) {
    const base = { id: item.id, do: item.do, why: item.why, section: item.section, routes: stepRoutes(item.routes, routes) };
    const anchor = item.at === NOW ? undefined : plan.anchors[item.at];
    const at = item.at === NOW ? today : anchor && dateOf(anchor, intake);
    if (!at) {
      undated.push({ ...base, when: anchor ? relativeWhen(item, anchor) : item.at, late: false });
      cite(item.sources);
      continue;
    }
    const date = addMonths(at, item.months);
    cite(anchor?.sources);
    cite(item.sources);
    dated.push(datedStep(base, date, today, item.instead));
  }
  // Late steps first, in the order they were due, then by day; Array.prototype.sort is stable: steps of the same day keep the plan's order.
  const steps = [...dated.sort((a, b) => Number(b.step.late) - Number(a.step.late) || a.key - b.key).map((d) => d.step), ...undated];

  const deadline = anchorDate('deadline');
  const intakeDate = anchorDate('intake');
  const leadsUp = (step: TimelineStep) => plan.items.some((item) => item.id === step.id && item.at === 'deadline' && item.months < 0);
  const status: TimelineStatus =
    intakeDate && firstDayKey(intakeDate) <= todayKey
      ? 'started'
      : deadline && lastDayKey(deadline) < todayKey
        ? 'passed'
        : steps.some((step) => step.late && leadsUp(step))
          ? 'too-close'
          : 'ok';
  const warning = status === 'passed' || status === 'started' ? plan.passed : status === 'too-close' ? plan.too_close : undefined;

  return {
    plan: plan.id,
    title: plan.title,
    target: request.target,
    region: request.region,
    intake,
    today: dateLabel(today),
    status,
    ...(warning ? { warning } : {}),
    ...(plan.note ? { note: plan.note } : {}),
    ...(intakeDate ? { intakeDate: dateLabel(intakeDate) } : {}),
    ...(deadline ? { deadline: dateLabel(deadline) } : {}),
    steps,
    sources: [...used.values()],
  };
}

/** The plan that covers a target in a region, if any. */
export const findPlan = (plans: readonly TimelinePlan[], target: Target, region: TimelineRegion) =>
  plans.find((plan) => plan.targets.includes(target) && plan.regions.includes(region));
