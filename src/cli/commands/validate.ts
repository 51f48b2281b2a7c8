import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CareersError, usageError } from '../../errors.js';
import { mdxAsMarkdown } from '../../guide/mdx.js';
import { checkGuide } from '../../guide/check.js';
import { withBody, type Problem } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { formatProblem, loadFoldersCached } from '../guide-context.js';
import { yamlFieldLines } from '../../guide/read-data-file.js';
import type definition from '../definitions/validate.js';
import type { ActionOf } from '../program.js';
import { loadGuide } from '../../guide/load.js';
import { mergeFolders } from '../../guide/merge.js';
import { withRoutesNow } from '../../guide/routes.js';
import { readAssessment } from '../load-assessment.js';
import { readTimelines } from '../../timeline/read-timelines.js';
import { readChecks } from '../../check/read-checks.js';

export const run: ActionOf<typeof definition> = (io, [dirs], options) =>
  validateCommand(io, dirs, { strict: options.strict ?? false, each: options.each ?? false });

/** A kind of problem found in this many files of a folder is said in one line, with a count. */
const SUMMED_UP_FROM = 3;

/**
 * `careers validate [dir...]`: lints guide folders (default: the built-in
 * guide) in the context of the built-in guide, so a custom section may point
 * at built-in ids: sections, cross-references, and the assessment's data
 * (questions, scoring, next steps, role profiles), timeline plans and the
 * rules of `careers check` where a folder provides any. Prints each problem
 * as file:line, a kind of problem found in many files of a folder as one
 * line with a count (unless `each`), and fails on any error. Files are read
 * as notes, through the same caches as other commands, unless `strict`:
 * then every file is read afresh (see parseSection).
 */
async function validateCommand(io: IO, dirs: string[], { strict, each }: { strict: boolean; each: boolean }): Promise<void> {
  const targets = (dirs.length ? dirs : [io.builtinGuideDir]).map((dir) => resolve(io.cwd, dir));
  for (const dir of targets) if (!isDirectory(dir)) throw usageError(`${dir} is not a folder`);
  const builtin = resolve(io.builtinGuideDir);
  const sources = [builtin, ...targets.filter((dir) => dir !== builtin)].map((dir) => ({ dir, origin: dir }));
  const guide = strict
    ? loadGuide(sources, { strict, mdx: mdxAsMarkdown })
    : withRoutesNow(mergeFolders(await loadFoldersCached(io, sources), { drafts: true }));
  const assessment = readAssessment(sources, guide);
  const targetOf = (p: Problem) => targets.find((dir) => resolve(p.file).startsWith(dir + sep) || resolve(p.file) === dir);
  const dataProblems = [
    ...('problems' in assessment ? assessment.problems : []),
    ...readTimelines(guide, { sections: guide.sections, routes: guide.routes() }).problems,
    ...readChecks(guide, guide.sections).problems,
  ];
  const withLine = lineFinder();
  const sections = guide.sections.map((s) => withBody(guide, s));
  const problems = [...guide.problems, ...checkGuide(sections, { strict }), ...dataProblems].filter(targetOf).map(withLine);

  const shown = (file: string) => (relative(io.cwd, file).startsWith('..') ? file : relative(io.cwd, file));
  const summed = each ? new Map<string, Problem[]>() : kindsToSumUp(problems, targetOf);
  const said = new Set<string>();
  for (const problem of problems) {
    const kind = summaryKey(problem, targetOf);
    const alike = summed.get(kind);
    if (!alike) io.stdout.write(`${formatProblem({ ...problem, file: shown(problem.file) })}\n`);
    else if (!said.has(kind)) {
      said.add(kind);
      io.stdout.write(
        `${formatProblem({ file: shown(targetOf(problem) ?? problem.file), severity: problem.severity, message: summary(alike, targetOf(problem) ?? '') })}\n`,
      );
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checked = guide.sections.filter((s) => targets.includes(s.origin)).length;
  const eachOne = summed.size ? ' (careers validate --each lists every one)' : '';
  if (errors) throw new CareersError(`${errors} error${errors === 1 ? '' : 's'} in ${targets.join(', ')}${eachOne}`);
  io.stderr.write(`careers: ${checked} ${checked === 1 ? 'section' : 'sections'} checked, no errors${eachOne}\n`);
}

/** A problem's kind within its folder: its `kind`, else its message (the same words in many files). */
const summaryKey = (problem: Problem, targetOf: (p: Problem) => string | undefined) =>
  `${targetOf(problem) ?? ''}\n${problem.severity}\n${problem.kind ?? problem.message}`;

/** The kinds of problem to say in one line for their folder: those found in many files, and notes (something valid that is ignored) however few. */
function kindsToSumUp(problems: readonly Problem[], targetOf: (p: Problem) => string | undefined): Map<string, Problem[]> {
  const byKind = new Map<string, Problem[]>();
  for (const problem of problems) {
    const key = summaryKey(problem, targetOf);
    byKind.set(key, [...(byKind.get(key) ?? []), problem]);
  }
  const files = (alike: readonly Problem[]) => new Set(alike.map((p) => p.file)).size;
  return new Map([...byKind].filter(([, alike]) => alike[0]?.severity === 'note' || files(alike) >= SUMMED_UP_FROM));
}

/** One line for problems of one kind in a folder: how many files, what, and where the first few are. */
function summary(alike: readonly Problem[], folder: string): string {
  const files = [...new Set(alike.map((p) => p.file))];
  const where = alike.slice(0, 3).map((p) => `${relative(folder, p.file)}${p.line ? `:${p.line}` : ''}`);
  const [first] = alike;
  const what = first?.kind ?? first?.message ?? '';
  return `${files.length} ${files.length === 1 ? 'file' : 'files'}: ${what} (${where.join(', ')}${alike.length > where.length ? ', …' : ''})`;
}

/** Gives a problem the line it is about, reading each file (and its front-matter's field lines) once, however many problems it has. */
function lineFinder(): (problem: Problem) => Problem {
  const texts = new Map<string, string | undefined>();
  const fieldLines = new Map<string, ((field: string) => number | undefined) | undefined>();
  const textOf = (file: string) => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, 'utf8').replace(/\r\n?/g, '\n'));
      } catch {
        texts.set(file, undefined);
      }
    }
    return texts.get(file);
  };
  return ({ find, ...problem }) => {
    if (!problem.field || problem.line) return problem;
    const text = textOf(problem.file);
    if (text === undefined) return problem;
    // Text of the body, at its first use; fields at their own line (nested ones too).
    const at = find === undefined ? -1 : text.indexOf(find);
    if (!fieldLines.has(problem.file)) fieldLines.set(problem.file, fieldLinesOf(text, /\.(?:md|mdx|markdown)$/i.test(problem.file)));
    const line = at >= 0 ? text.slice(0, at).split('\n').length : fieldLines.get(problem.file)?.(problem.field);
    return line ? { ...problem, line } : problem;
  };
}

/** The lines of the fields of a YAML data file, or of a markdown file's front-matter: YAML from its first `---` line to the next, or Hugo's TOML between `+++` lines (top-level keys). */
function fieldLinesOf(text: string, markdown: boolean): ((field: string) => number | undefined) | undefined {
  if (!markdown) return yamlFieldLines(text);
  if (text.startsWith('+++\n')) {
    const end = text.indexOf('\n+++', 3);
    const keys = text.slice(0, end < 0 ? undefined : end).split('\n');
    return (field) => {
      const key = field.split(/[.[]/)[0] ?? field;
      const at = keys.findIndex((line) => line.split('=')[0]?.trim() === key);
      return at > 0 ? at + 1 : undefined;
    };
  }
  if (!text.startsWith('---')) return undefined;
  const start = text.indexOf('\n');
  const end = text.indexOf('\n---', start);
  // The fence's line stays (empty), so the YAML's lines are the file's.
  return start < 0 ? undefined : yamlFieldLines(text.slice(start, end < 0 ? undefined : end + 1));
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
