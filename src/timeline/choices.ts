// What `careers timeline` can be asked for, apart from the schema, so that defining the command's options loads no validation code.

export const TARGETS = ['phd', 'fellowship', 'residency'] as const;
export const TIMELINE_REGIONS = ['us', 'uk', 'other'] as const;
export type Target = (typeof TARGETS)[number];
export type TimelineRegion = (typeof TIMELINE_REGIONS)[number];

/** How many years ahead an intake may be: further than this, no plan's dates mean much. */
export const MAX_YEARS_AHEAD = 10;

/** The formats `careers timeline` prints: text in a terminal, a markdown task list when piped. */
export const TIMELINE_FORMATS = ['text', 'markdown', 'json', 'ics'] as const;
