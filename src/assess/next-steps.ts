import * as v from 'valibot';
import { ROUTE_KINDS, type Route } from '../guide/routes.js';
import type { FullAnswers } from './answers.js';
import { datesSchema } from './dated-steps.js';
import { readingSchema } from './matching-sections.js';
import { conditionSchema, holds } from './conditions.js';
import { ROLE_IDS, type RoleId } from './roles.js';
import { fill, idSchema, templateSchema, textSchema } from './schema.js';
import { HORIZONS, type Horizon } from './horizons.js';

/** A concrete thing to do next, when, and the section that explains it (`careers read <section>`). */
export interface NextStep {
  id: string;
  text: string;
  section: string;
  horizon: Horizon;
  /** The route records a step names, by id, when it points to routes open today. */
  routes?: string[];
  /** YYYY-MM-DD, or YYYY-MM for some time in that month: a step from the timeline data or a route's round. */
  date?: string;
}

/** At most this many routes named in one step. */
const ROUTES_A_STEP = 3;
const ROUTES_SLOT = 'routes';

const stepSchema = v.pipe(
  v.strictObject({
    id: idSchema,
    /** Over the answers, `top_role` and `month` (of the plan's day); no condition means everyone. */
    when: v.optional(conditionSchema, {}),
    horizon: v.picklist(HORIZONS),
    /** {routes} is replaced by the names of the routes that suit the person. */
    text: templateSchema(ROUTES_SLOT),
    section: idSchema,
    /** Names routes open today of these kinds (in this order of preference), suited to the person's stage and to `role` (or to the roles that fit them). */
    routes: v.optional(v.strictObject({ kinds: v.array(v.picklist(ROUTE_KINDS)), role: v.optional(v.picklist(ROLE_IDS)) })),
    /** Route records the step names in its own words: it is shown only when one of them is for the person and takes applications within the step's horizon. */
    about: v.optional(v.array(idSchema)),
    /** Shown only to bring a short plan up to the minimum. */
    fill: v.optional(v.boolean(), false),
  }),
  v.check((step) => (step.routes !== undefined) === step.text.includes(`{${ROUTES_SLOT}}`), 'a step names {routes} in its text exactly when it has routes'),
  v.check((step) => !(step.routes && step.about), 'a step names routes either through {routes} or in its own words (about), not both'),
);
export type NextStepRule = v.InferOutput<typeof stepSchema>;

/** guide/assess/next-steps.yaml: how many steps a plan has, what each horizon is called, and the steps by priority. */
export const nextStepsFileSchema = v.strictObject({
  limits: v.pipe(
    v.strictObject({ min: v.pipe(v.number(), v.integer(), v.minValue(0)), max: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
    v.check((limits) => limits.min <= limits.max, 'min must not be above max'),
  ),
  horizons: v.strictObject({ month: textSchema, quarter: textSchema, year: textSchema }),
  /** Dated steps: who sees the PhD timeline's dates, how many a plan has, and how each kind reads. */
  dates: datesSchema,
  /** The reading list: its length, and how the reason for each section reads. */
  reading: readingSchema,
  steps: v.array(stepSchema),
});
export type StepLimits = v.InferOutput<typeof nextStepsFileSchema>['limits'];
export type Horizons = v.InferOutput<typeof nextStepsFileSchema>['horizons'];

/** The routes a step may name: those suited to the person's stage and to the given roles, whose rounds fall within the step's horizon. */
export type RoutesFor = (roles: readonly RoleId[] | undefined, horizon: Horizon) => readonly Route[];

/** A rule as a step for this person; none when it names routes and none suit them but those `earlier` steps name (a step `about` a route an earlier one names is left out). */
function stepFrom(rule: NextStepRule, routesFor: RoutesFor, earlier: readonly NextStep[] = []): NextStep[] {
  const { id, text, section, horizon, about } = rule;
  const named = (route: Route) => earlier.some((step) => step.routes?.includes(route.id) || step.text.includes(route.name));
  if (about) {
    const open = routesFor(ROLE_IDS, horizon).filter((route) => about.includes(route.id));
    return open.length && !open.some(named) ? [{ id, text, section, horizon, routes: open.map((route) => route.id) }] : [];
  }
  if (!rule.routes) return [{ id, text, section, horizon }];
  const kinds: readonly string[] = rule.routes.kinds;
  // The step lists its kinds in the order it prefers them; the sort keeps the best-suited first within a kind.
  const routes = routesFor(rule.routes.role ? [rule.routes.role] : undefined, horizon)
    .filter((route) => kinds.includes(route.kind) && !named(route))
    .sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind))
    .slice(0, ROUTES_A_STEP);
  if (!routes.length) return [];
  return [{ id, text: fill(text, { [ROUTES_SLOT]: routes.map((route) => route.name).join('; ') }), section, horizon, routes: routes.map((route) => route.id) }];
}

/**
 * The steps whose conditions hold for these answers, top role and month: dated
 * steps first, then the file's order is their priority, so the first `max`
 * are kept, and `fill` steps only make up the `min`. A step that names routes
 * leaves out those an earlier step already names. Returned soonest first, by
 * priority within a horizon.
 */
export function nextSteps(
  rules: readonly NextStepRule[],
  limits: StepLimits,
  answers: FullAnswers,
  topRole: RoleId,
  routesFor: RoutesFor,
  dated: readonly NextStep[] = [],
  month?: number,
): NextStep[] {
  const holding = rules.filter((rule) => holds(rule.when, { ...answers, top_role: topRole, month }));
  const main = holding
    .filter((rule) => !rule.fill)
    .reduce((steps, rule) => [...steps, ...stepFrom(rule, routesFor, steps)], [...dated])
    .slice(0, limits.max);
  const fillers = holding
    .filter((rule) => rule.fill)
    .flatMap((rule) => stepFrom(rule, routesFor, main))
    .slice(0, Math.max(0, limits.min - main.length));
  const order = (step: NextStep) => HORIZONS.indexOf(step.horizon);
  return [...main, ...fillers].sort((a, b) => order(a) - order(b));
}
