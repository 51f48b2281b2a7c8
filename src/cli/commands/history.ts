import { CareersError, usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import { toJson } from '../../render/json.js';
import { pickColor, pickFormat } from '../output-format.js';
import type definition from '../definitions/history.js';
import { SHOWN_RUNS } from '../definitions/history.js';
import type { ActionOf, OptionsOf } from '../program.js';
import { lastSavedRuns, pickSavedRun, readSavedRun, savedRunRefs } from '../../history/saved-runs.js';
import { localTime } from '../../history/pick-run.js';
import { answerChangeText, compareRuns } from '../../history/compare-runs.js';
import { guideSources, loadGuide } from '../guide-context.js';
import { loadAssessment } from '../load-assessment.js';
import { Chalk } from 'chalk';

export const run: ActionOf<typeof definition> = async (io, [runs], options) => {
  const format = pickFormat(options.format, 'text', 'text', io);
  if (options.diff) return diffRuns(io, runs, format, options);
  if (runs.length) throw usageError('history takes runs only with --diff; careers plan RUN shows one run');
  return listRuns(io, format, options);
};

/** One line a past assessment, newest last: its number, date, stage, top role and its fit. Only the runs shown are read. */
function listRuns(io: IO, format: string, options: OptionsOf<typeof definition>): void {
  const refs = savedRunRefs(io);
  const shown = options.all ? refs : refs.slice(-SHOWN_RUNS);
  if (shown.length < refs.length) io.stderr.write(`careers: the last ${shown.length} of ${refs.length} runs; careers history --all lists every one\n`);
  const runs = shown
    .flatMap((ref) => readSavedRun(io, ref) ?? [])
    .map(({ run, result, file, number }) => ({ number, date: run.date, stage: result.answers.stage, top: result.roles[0], file }));
  if (format === 'json') {
    io.stdout.write(toJson(runs.map(({ date, stage, top, file }) => ({ date, stage, topRole: top?.id, fit: top?.fit, file }))));
    return;
  }
  if (!runs.length) {
    io.stderr.write('careers: no saved assessments yet; run careers assess\n');
    return;
  }
  const c = new Chalk({ level: pickColor(options.color, io) });
  const digits = String(refs.length).length;
  runs.forEach(({ number, date, stage, top }) => {
    // A script reads the ISO date; the line number is the run's number.
    io.stdout.write(
      io.stdoutIsTTY
        ? `${String(number).padStart(digits)}  ${c.dim(localTime(date))}  ${stage.padEnd(12)}  ${c.bold(top?.title ?? '?')} (${top?.fit ?? '?'})\n`
        : `${date}\t${stage}\t${top?.id ?? ''}\t${top?.fit ?? ''}\n`,
    );
  });
}

/** `history --diff [A] [B]`: what changed between two runs, the last two by default; only those two are read. */
async function diffRuns(io: IO, wanted: string[], format: string, options: OptionsOf<typeof definition>): Promise<void> {
  if (wanted.length > 2) throw usageError(`--diff compares two runs (got ${wanted.length})`);
  const refs = savedRunRefs(io);
  const tooFew = (n: number) => new CareersError(`--diff needs two saved runs; there ${n === 1 ? 'is one' : 'are none'} (careers assess saves one each time)`);
  if (refs.length < 2 && wanted.length < 2) throw tooFew(refs.length);
  const last = wanted.length ? [] : lastSavedRuns(io, refs, 2);
  if (!wanted.length && last.length < 2) throw tooFew(last.length);
  const [a, b] =
    wanted.length === 2
      ? [pickSavedRun(io, refs, wanted[0]), pickSavedRun(io, refs, wanted[1])]
      : wanted.length === 1
        ? [pickSavedRun(io, refs, wanted[0]), pickSavedRun(io, refs, undefined)]
        : last;
  if (!a || !b) return;
  // The answers checked with each result, as plan shows them: a run file's own `answers` may have been edited into anything.
  const comparison = compareRuns(a.result, b.result);
  if (format === 'json') {
    io.stdout.write(toJson({ from: { run: a.number, date: a.run.date }, to: { run: b.number, date: b.run.date }, ...comparison }));
    return;
  }
  const c = new Chalk({ level: pickColor(options.color, io) });
  // Answers read as the questions name them, levels as the menu numbered them; the JSON keeps the values.
  const sources = guideSources(io, options.guide);
  const { questions } = loadAssessment(sources, await loadGuide(io, sources));
  const place = (s: { rank: number; fit: string } | null) => (s ? `#${s.rank}, ${s.fit}` : 'not ranked');
  const lines = [`Run ${a.number} (${localTime(a.run.date)}) -> run ${b.number} (${localTime(b.run.date)})`];
  lines.push('', c.bold('Answers'), ...(comparison.answers.length ? comparison.answers.map((d) => `  ${answerChangeText(d, questions)}`) : ['  the same']));
  lines.push(
    '',
    c.bold('Ranking'),
    ...(comparison.roles.length ? comparison.roles.map((r) => `  ${r.title}: ${place(r.from)} -> ${place(r.to)}`) : ['  the same']),
  );
  io.stdout.write(`${lines.join('\n')}\n`);
}
