/** When to do a step, soonest first: a coarse horizon; a step with a known date also carries it. */
export const HORIZONS = ['month', 'quarter', 'year'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** How many months, this one included, each horizon covers: a dated step falls in the first that reaches its date, and a step names only routes a person can apply to within its own. */
export const HORIZON_MONTHS: Record<Horizon, number> = { month: 1, quarter: 3, year: 12 };
