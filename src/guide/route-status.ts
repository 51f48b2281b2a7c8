import * as v from 'valibot';
import { daySchema, oneLine } from './schema.js';
import { PLACES } from './types.js';

/*
 * What a route record says about when it runs and who may take part, as of
 * the day it was checked (see route-choice.ts for what that means on a
 * given day, for a given person).
 */

const monthSchema = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(12));
/** The months (1-12) in which a round usually opens. */
const monthsSchema = v.pipe(v.array(monthSchema), v.minLength(1, 'must name at least one month'));
const note = v.optional(oneLine);

export const routeStatusSchema = v.pipe(
  v.variant('state', [
    /** A round is open: its first day and deadline where known, and the months later rounds usually open. */
    v.strictObject({ state: v.literal('open'), opens: v.optional(daySchema), closes: v.optional(daySchema), months: v.optional(monthsSchema), note }),
    /** Rounds come back: none is known to be open; they usually open in these months, where the source says. */
    v.strictObject({ state: v.literal('recurring'), months: v.optional(monthsSchema), note }),
    /** Applications at any time. */
    v.strictObject({ state: v.literal('rolling'), note }),
    /** Over: never offered, listed as ended. */
    v.strictObject({ state: v.literal('ended'), ended: v.optional(daySchema), note }),
  ]),
  v.check((status) => status.state !== 'open' || !status.opens || !status.closes || status.opens <= status.closes, 'opens must not be after closes'),
);
export type RouteStatus = v.InferOutput<typeof routeStatusSchema>;

const eligibilityFields = v.strictObject({
  min_age: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
  /** Where the person must be based (live, study or work) to take part. */
  regions: v.optional(v.array(v.picklist(PLACES))),
  /** Open only to citizens of these regions (and whoever else the note names, such as permanent residents): someone who needs no visa there counts. */
  citizens_of: v.optional(v.array(v.picklist(PLACES))),
  /** Closed to citizens of these regions: someone who needs no visa there counts as one. */
  not_citizens_of: v.optional(v.array(v.picklist(PLACES))),
  /** false: the source says it does not sponsor visas, or needs the right to work there already. */
  visa_sponsorship: v.optional(v.boolean()),
  note,
});
export const eligibilitySchema = v.pipe(
  eligibilityFields,
  // The fields decide who is offered a route; only the source's own words say exactly who may apply (residents too? nationals?).
  v.check((e) => !(e.citizens_of || e.not_citizens_of) || e.note !== undefined, 'a rule on citizenship needs a note saying who may apply, as the source puts it'),
);
export type Eligibility = v.InferOutput<typeof eligibilitySchema>;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthName = (month: number) => MONTH_NAMES[month - 1] ?? String(month);

const inWords = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const monthsWords = (months: readonly number[]) => inWords([...new Set(months)].sort((a, b) => a - b).map(monthName));
const withNote = (text: string, status: { note?: string | undefined }) => (status.note ? `${text}; ${status.note}` : text);

/** The status in a few words, as of the day the record was checked (for `routes-today`). */
export function statusLine(status: RouteStatus, checked: string): string {
  switch (status.state) {
    case 'open': {
      if (status.closes && status.closes < checked) {
        const later = status.months ? `; rounds usually open in ${monthsWords(status.months)}` : '';
        return withNote(`the last round known closed on ${status.closes}${later}`, status);
      }
      const dates = [status.opens ? `from ${status.opens}` : '', status.closes ? `until ${status.closes}` : ''].filter(Boolean).join(' ');
      const later = status.months ? `; rounds usually open in ${monthsWords(status.months)}` : '';
      return withNote(`open${dates ? ` ${dates}` : ''}${later}`, status);
    }
    case 'recurring':
      return withNote(status.months ? `rounds usually open in ${monthsWords(status.months)}` : 'runs in rounds; the next is not yet dated', status);
    case 'rolling':
      return withNote('applications at any time', status);
    case 'ended':
      return withNote(`ended${status.ended ? ` on ${status.ended}` : ''}`, status);
  }
}

/** Where a person is based. */
const BASED = { us: 'in the US', uk: 'in the UK', other: 'outside the US and the UK' } as const;

/** Who may take part, in short sentences (the last without its full stop); empty when the record states no limits. */
export function eligibilityLine(eligibility: Eligibility): string {
  const parts = [
    // A note that states the age itself says it better than the bare number.
    eligibility.min_age !== undefined && !eligibility.note?.includes(String(eligibility.min_age)) ? `aged ${eligibility.min_age} or over` : '',
    eligibility.regions ? `based ${inWords(eligibility.regions.map((r) => BASED[r]))}` : '',
    eligibility.visa_sponsorship === false ? 'no visa sponsorship' : '',
    eligibility.note ?? '',
  ];
  // Sentences, not a list joined by semicolons: a note is written as a sentence of its own, capital letter first.
  return parts
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).replace(/\.$/, ''))
    .join('. ');
}
