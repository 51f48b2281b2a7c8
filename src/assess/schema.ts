import * as v from 'valibot';
import { issuePath, textSchema } from '../guide/schema.js';
import type { Guide, Problem } from '../guide/types.js';

/** A section, rule or step id: the same shell-safe spelling as section ids. */
export { idSchema } from '../guide/schema.js';

/** Text shown to the user, cleaned of control characters (one definition for guide and assessment data). */
export { textSchema };

export const integerSchema = v.pipe(v.number(), v.integer('must be a whole number'));

/**
 * Points and weights: whole numbers of at most a thousand either way. Far
 * beyond any sensible scoring, and small enough that every sum of them is
 * exact, whatever order it is added in (what-would-change relies on it).
 */
export const MAX_POINTS = 1000;
export const pointsSchema = v.pipe(integerSchema, v.minValue(-MAX_POINTS), v.maxValue(MAX_POINTS));

/** One schema per key, so an object schema over a fixed vocabulary keeps its key types. */
export function entriesFor<K extends string, S extends v.GenericSchema>(keys: readonly K[], schema: S): Record<K, S> {
  return Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, S>;
}

export const problem = (file: string, field: string | undefined, message: string): Problem => ({
  file,
  message,
  severity: 'error',
  ...(field ? { field } : {}),
});

/** "role" + "weights.ml" → "role.weights.ml"; "rules" + "[2].id" → "rules[2].id". */
const joinPath = (prefix: string, path = '') => (prefix && path && !path.startsWith('[') ? `${prefix}.${path}` : prefix + path);

/** Every failing field of a data file, as problems naming the file and the field path under `prefix`. */
export function issueProblems(file: string, issues: readonly v.BaseIssue<unknown>[], prefix = ''): Problem[] {
  return issues.map((issue) => {
    const field = joinPath(prefix, issuePath(issue));
    return problem(file, field, issue.input === undefined && field ? 'is required' : issue.message);
  });
}

/** A sentence with {name} slots; only the names listed may appear, so a typo fails the build. */
/**
 * The data files of a guide under `folder` (checks/, timeline/), each parsed
 * by `schema`: the ones that fit, and on `problems` one line for each that
 * cannot be read or does not fit (its first mismatch).
 */
export function parsedDataFiles<S extends v.GenericSchema>(
  guide: Pick<Guide, 'data'>,
  folder: string,
  schema: S,
  problems: Problem[],
): Array<{ file: string; data: v.InferOutput<S> }> {
  const parsed: Array<{ file: string; data: v.InferOutput<S> }> = [];
  for (const [key, entry] of Object.entries(guide.data)) {
    if (!key.startsWith(folder)) continue;
    if ('error' in entry) {
      problems.push({ file: entry.file, severity: 'error', message: entry.error });
      continue;
    }
    const result = v.safeParse(schema, entry.data);
    if (result.success) parsed.push({ file: entry.file, data: result.output });
    else problems.push(...issueProblems(entry.file, result.issues.slice(0, 1)));
  }
  return parsed;
}

export const templateSchema = (...names: string[]) =>
  v.pipe(
    textSchema,
    v.check(
      (text) => [...text.matchAll(/\{([^}]*)\}/g)].every(([, name]) => names.includes(name ?? '')),
      `may only use the slots ${names.map((name) => `{${name}}`).join(', ')}`,
    ),
  );

/** Fills a template's {name} slots. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{([^}]*)\}/g, (slot, name: string) => String(values[name] ?? slot));
