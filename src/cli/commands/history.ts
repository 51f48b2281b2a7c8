import { CareersError, usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import { toJson } from '../../render/json.js';
import { pickColor, pickFormat, type ColorOption } from '../output-format.js';
import { defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('history', (command, io) =>
  command
    .description('list your past assessments, or compare two of them')
    .argument('[runs...]', 'with --diff: two runs, by number or date (default: the last two)')
    .option('--diff', 'show what changed between two runs: answers and ranking')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', examples('careers history', 'careers history --diff', 'careers history --diff 1 3', 'careers history --format json'))
    .action(async (runs, _options, command) => {
      const options = command.optsWithGlobals();
      const format = pickFormat(options.format, 'text', 'text', io);
      if (options.diff) return diffRuns(io, runs, format, options);
      if (runs.length) throw usageError('history takes runs only with --diff; careers plan RUN shows one run');
      return listRuns(io, format, options);
    }),
);

/** One line a past assessment, newest last: its number, date, stage, top role and its fit. */
async function listRuns(io: IO, format: string, options: ColorOption): Promise<void> {
  const [{ savedRuns }, { localTime }] = await Promise.all([import('../../history/saved-runs.js'), import('../../history/pick-run.js')]);
  const runs = savedRuns(io).map(({ run, result, file }) => ({ date: run.date, stage: result.answers.stage, top: result.roles[0], file }));
  if (format === 'json') {
    io.stdout.write(toJson(runs.map(({ date, stage, top, file }) => ({ date, stage, topRole: top?.id, fit: top?.fit, file }))));
    return;
  }
  if (!runs.length) {
    io.stderr.write('careers: no saved assessments yet; run careers assess\n');
    return;
  }
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level: pickColor(options.color, io) });
  const digits = String(runs.length).length;
  runs.forEach(({ date, stage, top }, i) => {
    // A script reads the ISO date; the line number is the run's number.
    io.stdout.write(
      io.stdoutIsTTY
        ? `${String(i + 1).padStart(digits)}  ${c.dim(localTime(date))}  ${stage.padEnd(12)}  ${c.bold(top?.title ?? '?')} (${top?.fit ?? '?'})\n`
        : `${date}\t${stage}\t${top?.id ?? ''}\t${top?.fit ?? ''}\n`,
    );
  });
}

/** `history --diff [A] [B]`: what changed between two runs, the last two by default. */
async function diffRuns(io: IO, refs: string[], format: string, options: ColorOption & { guide?: string[] | undefined }): Promise<void> {
  if (refs.length > 2) throw usageError(`--diff compares two runs (got ${refs.length})`);
  const [{ savedRuns }, { pickRun, localTime }, { compareRuns }] = await Promise.all([import('../../history/saved-runs.js'), import('../../history/pick-run.js'), import('../../history/compare-runs.js')]);
  const runs = savedRuns(io);
  if (runs.length < 2 && refs.length < 2) throw new CareersError(`--diff needs two saved runs; there ${runs.length === 1 ? 'is one' : 'are none'} (careers assess saves one each time)`);
  const [a, b] = refs.length === 2 ? [pickRun(runs, refs[0]), pickRun(runs, refs[1])] : refs.length === 1 ? [pickRun(runs, refs[0]), pickRun(runs, undefined)] : [runs.at(-2), runs.at(-1)];
  if (!a || !b) return;
  const number = (run: typeof a) => runs.indexOf(run) + 1;
  // The answers checked with each result, as plan shows them: a run file's own `answers` may have been edited into anything.
  const comparison = compareRuns(a.result, b.result);
  if (format === 'json') {
    io.stdout.write(toJson({ from: { run: number(a), date: a.run.date }, to: { run: number(b), date: b.run.date }, ...comparison }));
    return;
  }
  const [{ Chalk }, { answerChangeText }, { guideSources, loadGuideFor }, { loadAssessment }] = await Promise.all([
    import('chalk'),
    import('../../history/compare-runs.js'),
    import('../guide-context.js'),
    import('../load-assessment.js'),
  ]);
  const c = new Chalk({ level: pickColor(options.color, io) });
  // Answers read as the questions name them, levels as the menu numbered them; the JSON keeps the values.
  const { questions } = loadAssessment(guideSources(io, options.guide), await loadGuideFor(io, options.guide));
  const place = (s: { rank: number; fit: string } | null) => (s ? `#${s.rank}, ${s.fit}` : 'not ranked');
  const lines = [`Run ${number(a)} (${localTime(a.run.date)}) -> run ${number(b)} (${localTime(b.run.date)})`];
  lines.push('', c.bold('Answers'), ...(comparison.answers.length ? comparison.answers.map((d) => `  ${answerChangeText(d, questions)}`) : ['  the same']));
  lines.push('', c.bold('Ranking'), ...(comparison.roles.length ? comparison.roles.map((r) => `  ${r.title}: ${place(r.from)} -> ${place(r.to)}`) : ['  the same']));
  io.stdout.write(`${lines.join('\n')}\n`);
}
