import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CareersError, usageError } from '../../errors.js';
import { checkGuide } from '../../guide/check.js';
import { withBody, type Problem } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { formatProblem } from '../guide-context.js';
import { yamlFieldLines } from '../../guide/read-data-file.js';
import type definition from '../definitions/validate.js';
import type { ActionOf } from '../program.js';
import { loadGuide } from '../../guide/load.js';
import { readAssessment } from '../load-assessment.js';
import { readTimelines } from '../../timeline/read-timelines.js';
import { readChecks } from '../../check/read-checks.js';
import { mdxAsMarkdown } from '../../guide/mdx.js';

export const run: ActionOf<typeof definition> = (io, [dirs], options) => validateCommand(io, dirs, options.strict ?? false);

/**
 * `careers validate [dir...]`: lints guide folders (default: the built-in
 * guide) in the context of the built-in guide, so a custom section may point
 * at built-in ids: sections, cross-references, and the assessment's data
 * (questions, scoring, next steps, role profiles), timeline plans and the
 * rules of `careers check` where a folder provides any. Prints each problem
 * as file:line and fails on any error. Files are read as notes (see
 * parseSection) unless `strict`.
 */
function validateCommand(io: IO, dirs: string[], strict: boolean): void {
  const targets = (dirs.length ? dirs : [io.builtinGuideDir]).map((dir) => resolve(io.cwd, dir));
  for (const dir of targets) if (!isDirectory(dir)) throw usageError(`${dir} is not a folder`);
  const builtin = resolve(io.builtinGuideDir);
  const sources = [builtin, ...targets.filter((dir) => dir !== builtin)].map((dir) => ({ dir, origin: dir }));
  const guide = loadGuide(sources, { strict, mdx: mdxAsMarkdown });
  const assessment = readAssessment(sources, guide);
  const inTargets = (p: Problem) => targets.some((dir) => resolve(p.file).startsWith(dir + sep) || resolve(p.file) === dir);
  const dataProblems = [
    ...('problems' in assessment ? assessment.problems : []),
    ...readTimelines(guide, { sections: guide.sections, routes: guide.routes() }).problems,
    ...readChecks(guide, guide.sections).problems,
  ];
  const problems = [
    ...guide.problems,
    ...checkGuide(
      guide.sections.map((s) => withBody(guide, s)),
      { strict },
    ),
    ...dataProblems,
  ]
    .map(withLine)
    .filter(inTargets);

  const shown = (file: string) => (relative(io.cwd, file).startsWith('..') ? file : relative(io.cwd, file));
  for (const problem of problems) io.stdout.write(`${formatProblem({ ...problem, file: shown(problem.file) })}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const checked = guide.sections.filter((s) => targets.includes(s.origin)).length;
  if (errors) throw new CareersError(`${errors} error${errors === 1 ? '' : 's'} in ${targets.join(', ')}`);
  io.stderr.write(`careers: ${checked} ${checked === 1 ? 'section' : 'sections'} checked, no errors\n`);
}

function withLine({ find, ...problem }: Problem): Problem {
  if (!problem.field || problem.line) return problem;
  try {
    const text = readFileSync(problem.file, 'utf8');
    // Text of the body, at its first use; fields at their own line (nested ones too).
    const at = find === undefined ? -1 : text.indexOf(find);
    const line =
      at >= 0
        ? text.slice(0, at).split('\n').length
        : fieldLine(text, problem.field, problem.file.endsWith('.md') || problem.file.endsWith('.mdx') || problem.file.endsWith('.markdown'));
    return line ? { ...problem, line } : problem;
  } catch {
    return problem;
  }
}

/** A field's line in a YAML data file, or in a markdown file's front-matter (its first `---` line to the next). */
function fieldLine(text: string, field: string, markdown: boolean): number | undefined {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!markdown) return yamlFieldLines(normalised)(field);
  if (!normalised.startsWith('---')) return undefined;
  const start = normalised.indexOf('\n');
  const end = normalised.indexOf('\n---', start);
  // The fence's line stays (empty), so the YAML's lines are the file's.
  return start < 0 ? undefined : yamlFieldLines(normalised.slice(start, end < 0 ? undefined : end + 1))(field);
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
