import * as v from 'valibot';
import { FrontMatterSchema, isSitePath, issuePath, NoteFrontMatterSchema } from './schema.js';
import { ID_PATTERN } from './types.js';
import type { Problem, SectionWithBody } from './types.js';
import { readFrontMatter } from './front-matter.js';
import { yamlFieldLines } from './read-data-file.js';
import { bodyAt, normalizeText } from './guide-file.js';
import { firstHeading, firstSentence } from './note-text.js';
import { stripControls } from '../text/sanitize.js';
import { pathSlug, slug } from '../text/slug.js';
import { wikiLinkTargets } from '../text/wiki-links.js';
import { decodeEntities } from '../text/entities.js';

export interface ParsedFile {
  section?: SectionWithBody;
  /** Where the body starts in the file's normalised text (see readBody). */
  bodyStart?: number;
  /** The id was made from the file name: where names repeat in a folder, the folder makes it from the path instead. */
  idFromName?: boolean;
  problems: Problem[];
}

/** The most wiki links a section keeps: enough for any note, and a bound on what a cache holds. */
const MAX_LINKS = 100;

/**
 * Turns one guide file's text into a section, or says why it cannot. Pure.
 * `name` is the file's name without `.md`.
 *
 * Strict (the built-in guide, `validate --strict`): YAML front-matter with
 * our full schema, and a file name that is an id, or no section. Otherwise
 * the file is a note: front-matter is optional and may be TOML; title,
 * summary and id come from the body and the file name where it leaves them
 * out; a field that cannot be used, or a block that cannot be read, is a
 * problem and is left out, and the section is still made from the rest.
 */
export function parseSection(raw: string, file: string, origin: string, name: string, { strict = true } = {}): ParsedFile {
  const text = normalizeText(raw);
  const problems: Problem[] = [];
  const report = (message: string, field?: string, line?: number) =>
    problems.push({ file, message, severity: 'error', ...(field ? { field } : {}), ...(line ? { line } : {}) });
  const failed = (): ParsedFile => ({ problems });

  const block = readFrontMatter(text, { strict });
  const lineOf = yamlFieldLines(block.raw);
  if (block.problem) {
    report(block.problem.message, undefined, block.problem.line);
    if (strict) return failed();
  }
  let bodyStart = block.bodyStart;
  const fields: Record<string, unknown> = { ...block.data };
  // The title is taken once: from the front-matter, else from a first `# ` heading (then left out of the body), else the file name.
  const titleFromBody = () => {
    const heading = firstHeading(text, bodyStart);
    if (heading?.after !== undefined) bodyStart = heading.after;
    return heading ? decodeEntities(heading.title) : stripControls(name).replace(/\s+/g, ' ').trim() || slug(name);
  };
  const summaryFromBody = () => firstSentence(bodyAt(text, bodyStart));
  // Titles and summaries of sites are written for HTML (`Accomplish&shy;ments`): shown as their site shows them. Decoded before the schema, which removes control characters.
  for (const key of ['title', 'summary', 'description'] as const) if (typeof fields[key] === 'string') fields[key] = decodeEntities(fields[key]);
  if (!strict) {
    fields.title ??= titleFromBody();
    fields.summary ??= fields.description ?? summaryFromBody();
  }

  const schema = strict ? FrontMatterSchema : NoteFrontMatterSchema;
  let result = v.safeParse(schema, fields);
  // A note keeps what it can: each field that fails is reported and left out, and its default (or what the body gives) stands.
  const replaced = new Set<string>();
  while (!result.success) {
    const issue = result.issues[0];
    const field = issuePath(issue) ?? 'front-matter';
    const topKey = field.split(/[.[]/)[0] ?? field;
    report(issue.input === undefined ? `missing required field "${field}"` : `field "${field}" ${issue.message}`, field, lineOf(field));
    if (strict || replaced.has(topKey)) return failed();
    replaced.add(topKey);
    delete fields[topKey];
    if (topKey === 'title') fields.title = titleFromBody();
    if (topKey === 'summary') fields.summary = summaryFromBody();
    result = v.safeParse(schema, fields);
  }
  const fm = result.output;
  if (!strict) noteRedirects(block.data.aliases, (message) => problems.push({ file, field: 'aliases', line: lineOf('aliases'), severity: 'note', kind: REDIRECTS, message }));

  // Without an `id`, the file name is the id: strictly as it is, else made into one ("My Notes.md" is my-notes). Ids are typed by users and printed in lists, so "a\u001B[31m.md" must not become one.
  const fromName = strict ? name : slug(name);
  if (fm.id === undefined && !ID_PATTERN.test(fromName)) {
    report(
      strict
        ? `file name "${name}" is not a valid id (lowercase letters, digits and dashes); rename the file or set id in the front-matter`
        : `file name "${name}" has no letters or digits to make an id of; rename the file or set id in the front-matter`,
      'id',
    );
    return failed();
  }
  // A note whose front-matter gives the title and whose text opens with the same `# ` heading would show it twice.
  if (!strict && block.data.title !== undefined) {
    const heading = firstHeading(text, bodyStart);
    if (heading?.after !== undefined && sameTitle(decodeEntities(heading.title), fm.title)) bodyStart = heading.after;
  }
  const body = bodyAt(text, bodyStart);
  const links = wikiLinkTargets(body).map(pathSlug).filter(Boolean).slice(0, MAX_LINKS);
  const roleBlock = (block.data as { role?: unknown }).role;
  const draft = 'draft' in fm && fm.draft === true;
  const replaces = 'replaces' in fm && typeof fm.replaces === 'string' ? fm.replaces : undefined;
  return {
    problems,
    bodyStart,
    // Strictly, a name used twice is a clash to fix, as in the built-in guide; a note's folder may repeat names.
    ...(fm.id === undefined && !strict ? { idFromName: true } : {}),
    section: {
      id: fm.id ?? fromName,
      // Title, summary, tags and change notes are cleaned of control characters by the schema; the body here.
      title: fm.title,
      summary: fm.summary,
      order: fm.order,
      tags: fm.tags,
      aliases: fm.aliases,
      related: fm.related,
      roles: fm.roles,
      stages: fm.stages,
      skills: fm.skills,
      regions: fm.regions,
      changed: fm.changed,
      ...(draft ? { draft: true } : {}),
      ...(replaces ? { replaces } : {}),
      ...(links.length ? { links } : {}),
      body,
      file,
      origin,
      ...(roleBlock === undefined ? {} : { roleBlock }),
    },
  };
}

/** Two titles that read the same: the same words, whatever the case, spacing and ASCII punctuation. */
const sameTitle = (a: string, b: string) => {
  const words = (text: string) => text.toLowerCase().replace(/[\s!-/:-@[-`{-~]+/g, ' ').trim();
  return words(a) === words(b);
};

/** The kind of the note on redirect aliases, by which validate says it once a folder. */
const REDIRECTS = "aliases that are paths (a site's redirect addresses, not names) are ignored";

/** Hugo's redirect aliases (`aliases: [/old-url/]`), which the schema leaves out: said once, as a note, so that no one wonders where they went. */
function noteRedirects(aliases: unknown, note: (message: string) => void): void {
  const paths = (Array.isArray(aliases) ? aliases : [aliases]).filter((alias): alias is string => typeof alias === 'string' && isSitePath(alias));
  const named = paths.slice(0, 3).map((path) => `"${path}"`).join(', ') + (paths.length > 3 ? ', …' : '');
  if (paths.length) note(`aliases: ${named} ${paths.length === 1 ? "is a path (a site's redirect address, not a name)" : "are paths (a site's redirect addresses, not names)"}: ignored`);
}
