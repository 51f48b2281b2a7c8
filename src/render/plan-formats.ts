// Apart from the plan's renderer, so that defining the `assess` and `plan` options loads none of the assessment.

/** What `assess` and `plan` print: the plan as text, as a markdown note, or as JSON. */
export const PLAN_FORMATS = ['text', 'markdown', 'json'] as const;
