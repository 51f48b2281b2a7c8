import * as v from 'valibot';
import { daySchema, httpsUrlSchema, idSchema, oneLine, textSchema } from '../guide/schema.js';
import { PLACES, TARGETS, type Place } from '../guide/types.js';

export type { Target } from '../guide/types.js';
/** Where a person applies: a plan is for some of these places. */
export type TimelineRegion = Place;

/** How many years ahead an intake may be: further than this, no plan's dates mean much. */
export const MAX_YEARS_AHEAD = 10;

/*
 * A timeline file (guide/timeline/*.yaml): the steps towards one kind of
 * intake in some regions, each placed at a dated anchor (a month relative to
 * the intake year) or some months before or after it. Every date and lead
 * time names where it was checked: a plan shows them as its sources.
 */

/** An item placed at `now` is for today, whatever the intake. */
export const NOW = 'now';
/** Every plan has these anchors: the intake it leads to, and the deadline the late-start rules look at. */
export const REQUIRED_ANCHORS = ['intake', 'deadline'] as const;

const integer = (min: number, max: number) => v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min), v.maxValue(max));

const SourceSchema = v.strictObject({
  /** What the page says, in our words. */
  says: textSchema,
  url: httpsUrlSchema,
  checked: daySchema,
});

const sources = v.pipe(v.array(SourceSchema), v.minLength(1, 'must name at least one source'));

/** A date of the plan: a month (and day) in a year counted from the intake year; or, where no date can be relied on, only a name. */
const AnchorSchema = v.strictObject({
  label: oneLine,
  month: v.optional(integer(1, 12)),
  day: v.optional(integer(1, 28)),
  year: v.optional(integer(-3, 1)),
  sources: v.optional(sources),
});

const ItemSchema = v.strictObject({
  id: idSchema,
  /** An anchor's name, or `now`. */
  at: idSchema,
  months: v.optional(integer(-36, 36), 0),
  do: oneLine,
  why: oneLine,
  section: idSchema,
  /** What to do instead when the item's date has passed. */
  instead: v.optional(oneLine),
  /** Route records (routes/) that hold the current dates of the programmes it names. */
  routes: v.optional(v.array(idSchema), []),
  /** Where a lead time (months) was checked: required with one. */
  sources: v.optional(sources),
});

export const TimelineFileSchema = v.strictObject({
  id: idSchema,
  title: oneLine,
  targets: v.pipe(v.array(v.picklist(TARGETS)), v.minLength(1, 'must name a target')),
  regions: v.pipe(v.array(v.picklist(PLACES)), v.minLength(1, 'must name a region')),
  /** Shown before the steps, e.g. to say that the dates are the reader's to find. */
  note: v.optional(textSchema),
  anchors: v.record(idSchema, AnchorSchema),
  too_close: textSchema,
  passed: textSchema,
  items: v.pipe(v.array(ItemSchema), v.minLength(1, 'must list at least one step')),
});

export type TimelinePlan = v.InferOutput<typeof TimelineFileSchema>;
export type Anchor = v.InferOutput<typeof AnchorSchema>;
export type PlanItem = v.InferOutput<typeof ItemSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
