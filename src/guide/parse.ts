import { matter } from '../vendor/yaml.js';
import * as v from 'valibot';
import { FrontMatterSchema, issuePath } from './schema.js';
import { ID_PATTERN } from './types.js';
import type { Problem, Section } from './types.js';
import { fieldLine } from './field-line.js';
import { bodyAt, normalizeText } from './guide-file.js';
import { expandedSize, MAX_YAML_VALUES, TOO_MANY_VALUES } from './read-data-file.js';
import { errorCode, yamlReason } from '../text/describe-error.js';

/**
 * gray-matter runs `---js` / `---javascript` front-matter through eval unless
 * told otherwise (CVE-2022-25863). Guide files are data: any engine but YAML
 * is refused before gray-matter sees the text, and these stand-ins make sure
 * nothing is evaluated even if that check were bypassed.
 */
const refuse = (): never => {
  throw new Error('only YAML front-matter is read');
};
const SAFE_ENGINES = { js: refuse, javascript: refuse, coffee: refuse, coffeescript: refuse, cson: refuse };

const FENCE_LANGUAGE = /^---[ \t]*([^\s-][^\n]*)?\n/;

export interface ParsedFile {
  section?: Section;
  /** Where the body starts in the file's normalised text (see readBody). */
  bodyStart?: number;
  problems: Problem[];
}

/** Turns one guide file's text into a section, or says why it cannot. Pure. */
export function parseSection(raw: string, file: string, origin: string, fallbackId: string): ParsedFile {
  const text = normalizeText(raw);
  const fail = (message: string, field?: string, line?: number): ParsedFile => ({
    problems: [{ file, message, severity: 'error', ...(field ? { field } : {}), ...(line ? { line } : {}) }],
  });

  const language = FENCE_LANGUAGE.exec(text)?.[1]?.trim().toLowerCase();
  if (language && language !== 'yaml' && language !== 'yml') {
    return fail(`front-matter in "${language}" is not allowed; only YAML is read`, undefined, 1);
  }

  let data: unknown;
  let body: string;
  let matterText: string;
  try {
    const parsed = matter(text, { engines: SAFE_ENGINES });
    data = parsed.data;
    body = parsed.content;
    matterText = parsed.matter ?? '';
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const line = typeof mark?.line === 'number' ? mark.line + 2 : undefined;
    return fail(`front-matter is not valid YAML: ${yamlReason(error) ?? errorCode(error)}`, undefined, line);
  }
  if (expandedSize(data) > MAX_YAML_VALUES) return fail(`front-matter ${TOO_MANY_VALUES}`, undefined, 1);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('front-matter must be a YAML mapping of fields (title, summary, ...)', undefined, 1);
  }

  const result = v.safeParse(FrontMatterSchema, data);
  if (!result.success) {
    const issue = result.issues[0];
    const field = issuePath(issue) ?? 'front-matter';
    const topKey = field.split(/[.[]/)[0] ?? field;
    const message = issue.input === undefined ? `missing required field "${field}"` : `field "${field}" ${issue.message}`;
    return fail(message, field, fieldLine(`---${matterText}`, topKey));
  }
  const fm = result.output;
  const roleBlock = (data as { role?: unknown }).role;
  // gray-matter's content is the text after the front-matter: what is left of the file.
  const bodyStart = text.length - body.length;
  // Without an `id`, the file name is the id; ids are typed by users and printed in lists, so "a\u001B[31m.md" must not become one.
  if (fm.id === undefined && !ID_PATTERN.test(fallbackId)) {
    return fail(`file name "${fallbackId}" is not a valid id (lowercase letters, digits and dashes); rename the file or set id in the front-matter`, 'id');
  }
  return {
    problems: [],
    bodyStart,
    section: {
      id: fm.id ?? fallbackId,
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
      body: bodyAt(text, bodyStart),
      file,
      origin,
      ...(roleBlock === undefined ? {} : { roleBlock }),
    },
  };
}
