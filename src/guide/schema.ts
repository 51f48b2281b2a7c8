import * as v from 'valibot';
import { ID_PATTERN, REGIONS, SKILLS, STAGES } from './types.js';
import { stripControls } from '../text/sanitize.js';
import { pathSlug } from '../text/slug.js';


export const idSchema = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be lowercase letters, digits and dashes (and / between parts)'));
/**
 * Text shown to the user. Guide folders can come from anyone, so control
 * characters (escape sequences) are removed as the text is read, before any
 * output path (list, read, search, plans) can print it.
 */
export const textSchema = v.pipe(v.string('must be text'), v.transform(stripControls), v.trim(), v.nonEmpty('must not be empty'));
/** A field shown on one line of `list` (tab-separated when piped): no line break and no tab. */
export const oneLine = v.pipe(textSchema, v.regex(/^[^\n\t]*$/, 'must be one line, with no tab'));
const list = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item), []);
/** A web address shown to the user and opened by them: https only, with nothing a terminal or markdown could misread. */
export const httpsUrlSchema = v.pipe(v.string(), v.regex(/^https:\/\/[^\s<>()\u0000-\u001F\u007F-\u009F]+$/, 'must be an https:// address'));
/**
 * A day, as YYYY-MM-DD: text, or a date object where a reader makes one (a
 * TOML date). Text, by far the more common, is tried first.
 */
export const daySchema = v.union(
  [v.pipe(v.string(), v.transform(stripControls), v.trim(), v.regex(/^\d{4}-\d{2}-\d{2}$/)), v.pipe(v.date(), v.transform((d) => d.toISOString().slice(0, 10)))],
  'must be a date, YYYY-MM-DD',
);

const change = v.object({
  name: oneLine,
  mentions: list(oneLine),
  note: textSchema,
  source: textSchema,
  as_of: daySchema,
});

/**
 * Front-matter of a guide section. Unknown keys are kept (other modules, such
 * as the assessment's role profiles, validate their own blocks).
 */
export const FrontMatterSchema = v.looseObject({
  id: v.optional(idSchema),
  title: oneLine,
  summary: oneLine,
  order: v.optional(v.pipe(v.number(), v.finite()), 1000),
  tags: list(oneLine),
  aliases: list(idSchema),
  related: list(idSchema),
  roles: list(idSchema),
  stages: list(v.picklist(STAGES)),
  skills: list(v.picklist(SKILLS)),
  regions: list(v.picklist(REGIONS)),
  changed: list(change),
});


/** "stages[1]" style path of the first failing field, for one-line messages. */
export function issuePath(issue: v.BaseIssue<unknown>): string | undefined {
  if (!issue.path?.length) return undefined;
  return issue.path
    .map((p, i) => (typeof p.key === 'number' ? `[${p.key}]` : `${i ? '.' : ''}${String(p.key)}`))
    .join('');
}

/** A number where text is meant (`tags: 2048`), as its digits. */
const numberAsText = v.pipe(v.number(), v.transform(String));

/** A list, or one string of words separated by commas (or, without commas, by spaces), as notes apps write tags and aliases; a number, alone or in a list (`tags: [AI, 2048]`), is read as text. */
const listOrWords = v.pipe(
  v.union([v.array(v.union([v.string(), numberAsText])), v.string(), numberAsText], 'must be a list or a string'),
  v.transform((value) => (typeof value === 'string' ? value.split(value.includes(',') ? ',' : /\s+/) : value)),
);

/** An alias that is an address on a site (`/related/`, `posts/old.html`), as Hugo's redirect aliases are, rather than a name. */
export const isSitePath = (alias: string) => alias.includes('/') || /\.html?$/i.test(alias.trim());

/** A date as notes write it: a YAML or TOML date, or one line of text ("2024-01-02 10:00"). */
const noteDate = v.union([v.pipe(v.date(), v.transform((d) => d.toISOString().slice(0, 10))), oneLine], 'must be a date');

/**
 * Front-matter of a note in a user's folder, where none of it is required:
 * the parser fills in title and summary from the body when they are left
 * out. Fields written by other tools are accepted in their shapes: tags
 * as a string ("a, b" or "a b", `#` and case dropped), aliases as any names
 * (made into ids; paths, Hugo's redirects, left out), `description` as the summary, `date`, and
 * `draft`. Other keys are ignored.
 */
export const NoteFrontMatterSchema = v.looseObject({
  ...FrontMatterSchema.entries,
  summary: v.pipe(v.string(), v.transform(stripControls), v.trim(), v.regex(/^[^\n\t]*$/, 'must be one line, with no tab')),
  // An empty field (`aliases:` as Obsidian writes it) is an empty list.
  tags: v.nullish(v.pipe(listOrWords, v.transform((tags) => tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter(Boolean)), v.array(oneLine)), []),
  // A path (Hugo's `aliases: [/old-url/]`) is an address the site redirects from, not a name: left out (parseSection notes it).
  aliases: v.nullish(v.pipe(listOrWords, v.transform((names) => [...new Set(names.filter((name) => !isSitePath(name)).map(pathSlug).filter(Boolean))])), []),
  date: v.optional(noteDate),
  draft: v.optional(v.boolean('must be true or false'), false),
  /** The id of a built-in section this note is meant to replace; without it, a note with a built-in id gets an id of its own (see mergeFolders). */
  replaces: v.optional(idSchema),
});
