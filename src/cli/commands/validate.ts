import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { CareersError, usageError } from '../../errors.js';
import { checkGuide } from '../../guide/check.js';
import { fieldLine } from '../../guide/field-line.js';
import type { Problem } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { formatProblem } from '../guide-context.js';
import { defineCommand, examples } from '../program.js';

export default defineCommand('validate', (command, io) =>
  command
    .description('check guide folders: front-matter schema, duplicate ids, dangling related ids, unknown roles, assessment, timeline and check data')
    .argument('[dirs...]', 'folders to check (default: the built-in guide)')
    .option('--strict', "hold every file to the built-in guide's schema: YAML front-matter with title and summary, a file name that is an id")
    .addHelpText('after', examples('careers validate', 'careers validate ~/my-careers-notes', 'careers validate --strict'))
    .action(async (dirs, options) => {
      // The parser and the assessment's checks load only here: validate reads every file afresh, with no cache.
      const [{ loadGuide }, { readAssessment }, { readTimelines }, { readChecks }, { mdxAsMarkdown }] = await Promise.all([
        import('../../guide/load.js'),
        import('../load-assessment.js'),
        import('../../timeline/read-timelines.js'),
        import('../../check/read-checks.js'),
        import('../../guide/mdx.js'),
      ]);
      validateCommand(io, dirs, options.strict ?? false, { loadGuide, readAssessment, readTimelines, readChecks, mdx: mdxAsMarkdown });
    }),
);

interface Checkers {
  loadGuide: typeof import('../../guide/load.js').loadGuide;
  readAssessment: typeof import('../load-assessment.js').readAssessment;
  readTimelines: typeof import('../../timeline/read-timelines.js').readTimelines;
  readChecks: typeof import('../../check/read-checks.js').readChecks;
  mdx: typeof import('../../guide/mdx.js').mdxAsMarkdown;
}

/**
 * `careers validate [dir...]`: lints guide folders (default: the built-in
 * guide) in the context of the built-in guide, so a custom section may point
 * at built-in ids: sections, cross-references, and the assessment's data
 * (questions, scoring, next steps, role profiles), timeline plans and the
 * rules of `careers check` where a folder provides any. Prints each problem
 * as file:line and fails on any error. Files are read as notes (see
 * parseSection) unless `strict`.
 */
function validateCommand(io: IO, dirs: string[], strict: boolean, { loadGuide, readAssessment, readTimelines, readChecks, mdx }: Checkers): void {
  const targets = (dirs.length ? dirs : [io.builtinGuideDir]).map((dir) => resolve(io.cwd, dir));
  for (const dir of targets) if (!isDirectory(dir)) throw usageError(`${dir} is not a folder`);
  const builtin = resolve(io.builtinGuideDir);
  const sources = [builtin, ...targets.filter((dir) => dir !== builtin)].map((dir) => ({ dir, origin: dir }));
  const guide = loadGuide(sources, { strict, mdx });
  const assessment = readAssessment(sources, guide);
  const inTargets = (p: Problem) => targets.some((dir) => resolve(p.file).startsWith(dir + sep) || resolve(p.file) === dir);
  const dataProblems = [
    ...('problems' in assessment ? assessment.problems : []),
    ...readTimelines(guide, { sections: guide.sections, routes: guide.routes }).problems,
    ...readChecks(guide, guide.sections).problems,
  ];
  const problems = [...guide.problems, ...checkGuide(guide.sections, { strict }), ...dataProblems]
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
    // Text of the body, at its first use; nested fields (role.weights.ml, rules[2].section) at the line of their top-level key.
    const at = find === undefined ? -1 : text.indexOf(find);
    const line = at >= 0 ? text.slice(0, at).split('\n').length : fieldLine(text, problem.field.split(/[.[]/)[0] ?? problem.field);
    return line ? { ...problem, line } : problem;
  } catch {
    return problem;
  }
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
