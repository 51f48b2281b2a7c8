/**
 * Ids are what users type: keep them shell-safe. A note's id may be its path
 * in its folder ("usage/index", where a Hugo site has many index.md); an id
 * is only ever compared with others, never used as a path.
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)*$/;

/** The drafts `careers check` reviews, which each rule of guide/checks/ names. */
export const DOCUMENT_KINDS = ['sop', 'proposal', 'cv'] as const;
/** What a plan of guide/timeline/ leads to, and what `careers timeline` is asked for. */
export const TARGETS = ['phd', 'fellowship', 'residency'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type Target = (typeof TARGETS)[number];

/** The vocabularies that the assessment and the guide's tags share. */
/** `school` is before university: asked by the assessment, and a stage sections and routes may name. */
export const STAGES = ['school', 'undergrad', 'masters', 'industry', 'phd-student', 'phd-graduate', 'other'] as const;
export const SKILLS = ['software', 'ml', 'research', 'theory'] as const;
export const REGIONS = ['us', 'uk'] as const;
/** Where a person lives, or would work or study: the guide's regions, and everywhere else. */
export const PLACES = ['us', 'uk', 'other'] as const;
/** The kinds of work that draw someone (the assessment asks), and that route records may say they serve. */
export const INTERESTS = ['infrastructure', 'implementation', 'ideas', 'theory', 'policy', 'security'] as const;
/** How much research someone has done: asked by the assessment, and what a route record may say it suits. */
export const RESEARCH_EXPERIENCE = ['none', 'some', 'substantial'] as const;
/** Whether someone would do a PhD: asked by the assessment, and what a route record may say it suits. */
export const PHD_PLANS = ['yes', 'maybe', 'no'] as const;
/** What someone wants to work on within the field: it shapes routes, steps and reading, never the ranking. */
export const FOCUS_AREAS = ['interpretability', 'evaluations', 'control', 'robustness', 'agent-foundations', 'governance', 'security', 'field-building'] as const;

export type Stage = (typeof STAGES)[number];
export type Skill = (typeof SKILLS)[number];
export type Region = (typeof REGIONS)[number];
export type Place = (typeof PLACES)[number];
export type Interest = (typeof INTERESTS)[number];
export type Focus = (typeof FOCUS_AREAS)[number];
export type ResearchExperience = (typeof RESEARCH_EXPERIENCE)[number];
export type PhdPlan = (typeof PHD_PLANS)[number];

/** A dated note on a name or program that changed after the source was written. */
export interface Change {
  name: string;
  /** How the text names it, where that differs from `name`: each mention is marked, and a plan that names it carries the note. */
  mentions: string[];
  note: string;
  source: string;
  /** The day the note was checked against its source. */
  as_of: string;
}

/** One section of the guide: a markdown file with validated front-matter. */
export interface Section {
  id: string;
  title: string;
  summary: string;
  order: number;
  tags: string[];
  aliases: string[];
  related: string[];
  roles: string[];
  stages: Stage[];
  skills: Skill[];
  regions: Region[];
  changed: Change[];
  /** A draft (`draft: true`) is left out of list, search and assess unless asked for. */
  draft?: true;
  /** A note's `replaces:`: the id of the built-in section it is meant to take the place of. */
  replaces?: string;
  /** The built-in id a note had before it was given one of its own, so as not to replace that section by accident (see mergeFolders). */
  shadows?: string;
  /** The ids its `[[wiki links]]` name; those that name a section count as `related` once the guide is merged. */
  links?: string[];
  /** Where it came from: the file path, and the folder it was loaded from. */
  file: string;
  origin: string;
  /**
   * A role file's `role:` block (weights, interests) as written; the
   * assessment validates it. Only this is kept of the raw front-matter: the
   * rest is in the typed fields above, and caches stay small.
   */
  roleBlock?: unknown;
}

/** A section with its markdown body (without front-matter), read by `Guide.body`: what rendering, search and checks use. */
export type SectionWithBody = Section & { body: string };

/** A section with its body, read now from its guide. */
export const withBody = (guide: Pick<Guide, 'body'>, section: Section): SectionWithBody => ({ ...section, body: guide.body(section.id) });

/** A file that could not be used, or a soft problem with one that was. */
export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  /** A note is about something valid that is ignored (Hugo's redirect aliases): validate says it once a folder, other commands not at all. */
  severity: 'error' | 'warning' | 'note';
  /** What the problem is without this file's particulars ("links to targets that are …"): validate sums up a kind found in many files of a folder in one line. */
  kind?: string;
  /** Text of the file the problem is about, where no line is known: validate gives the line of its first use. */
  find?: string;
}

/** A YAML data file of a guide folder: where it is, which folder it came from, what it looked like when read (path, mtime, size), and its data or why it could not be used. */
export type DataFile = { file: string; origin: string; version: string } & ({ data: unknown } | { error: string });

export interface Guide {
  /** In reading order (order, then id). */
  readonly sections: Section[];
  /** The section with this id, if any. */
  section(id: string): Section | undefined;
  /**
   * The markdown body of the section with this id, read from its file unless
   * the file was read by this load: a CareersError if the file changed since
   * the load, or no such section. Bodies are read only by this call.
   */
  body(id: string): string;
  problems: Problem[];
  /** Data files by their path in a guide folder ("assess/questions.yaml"), each from the most local folder that has it. */
  readonly data: Record<string, DataFile>;
  /** What each section's file looked like when it was read (its path, mtime and size), by id: the search index is updated where these change. */
  readonly versions: ReadonlyMap<string, string>;
}
