// What `careers check` can be asked for, apart from the rule schema, so that defining the command's options loads no validation code.

export const DOCUMENT_KINDS = ['sop', 'proposal', 'cv'] as const;
export const CHECK_REGIONS = ['us', 'uk', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type CheckRegion = (typeof CHECK_REGIONS)[number];

/** What `careers check` prints: text in a terminal, a markdown checklist when piped, or JSON. */
export const CHECK_FORMATS = ['text', 'markdown', 'json'] as const;
