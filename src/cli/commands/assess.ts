import type { PartialAnswers, Question } from '../../assess/index.js';
import { usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import type { SavedRun } from '../../history/store.js';
import { dataDir } from '../../files/data-dir.js';
import { errorCode } from '../../text/describe-error.js';
import { stripControls } from '../../text/sanitize.js';
import type definition from '../definitions/assess.js';
import type { ActionOf, OptionsOf } from '../program.js';
import { assess, completeAnswers, missingQuestions, nextQuestion, withAnswer, validatePartialAnswers } from '../../assess/index.js';
import { guideSources, loadGuide } from '../guide-context.js';
import { loadAssessmentInputs } from '../load-assessment.js';
import { planFormat, showPlan } from '../show-plan.js';
import { answerAt } from '../../assess/answers.js';
import { readAnswersFile, answersOf } from '../read-answers-file.js';
import { lastSavedRun } from '../../history/saved-runs.js';
import { setAnswer } from '../../assess/set-answer.js';
import { dayText } from '../today.js';
import { saveRun } from '../../history/store.js';

export const run: ActionOf<typeof definition> = (io, _args, options) => assessCommand(io, options);

/**
 * `careers assess`: asks what the answers file (if any) leaves open, ranks
 * the roles, saves the run and prints the plan. Nothing is saved until every
 * answer is in, so Ctrl-C at a prompt leaves no trace.
 */
async function assessCommand(io: IO, options: OptionsOf<typeof definition>): Promise<void> {
  const how = planFormat(io, options); // a bad --width fails before any question is asked
  const today = dayText(io, options.today); // and so does a bad --today
  const store = dataDir(io.env);
  let answers = await startingAnswers(io, options);
  const sources = guideSources(io, options.guide);
  const guide = await loadGuide(io, sources, { drafts: options.drafts ?? false });
  const { data, routes, timelines } = loadAssessmentInputs(io, sources, guide);
  answers = await askMissing(io, data.questions, answers, Boolean(options.again && store));

  const complete = completeAnswers(data.questions, answers);
  if ('missing' in complete && !options.answers && !options.set) {
    throw usageError(
      'assess asks its questions in a terminal; here, pass the answers with --answers FILE (JSON or YAML, - for stdin)',
      'careers assess --help lists the answer keys',
    );
  }
  if ('missing' in complete) {
    const give = options.answers ? 'add them to the file' : 'give them with --set key=value';
    throw usageError(`the answers leave out ${complete.missing.map((q) => q.id).join(', ')}; ${give}, or run careers assess in a terminal to be asked`);
  }
  const result = assess(data, complete.ok, guide.sections, routes, { today, timelines });
  const date = io.now().toISOString();
  if (options.save) await save(io, store, { version: 1, date, answers: complete.ok, result });
  await showPlan(io, result, date, guide, options, how, options.today === undefined ? undefined : today);
}

/** What is known before any question: an answers file, or with --set the last run, and the --set changes on top. */
async function startingAnswers(io: IO, options: OptionsOf<typeof definition>): Promise<PartialAnswers> {
  const sets = options.set ?? [];
  let answers: PartialAnswers = options.answers ? await answersFromFile(io, options.answers) : sets.length ? await lastAnswers(io) : {};
  if (sets.length) {
    for (const assignment of sets) {
      const next = setAnswer(answers, assignment);
      if ('error' in next) throw usageError(next.error);
      answers = next.ok;
    }
  }
  return answers;
}

/**
 * Asks, one at a time, the questions the answers leave open, on whatever
 * terminal there is (see IO.prompt). Esc goes back a question; an answer
 * given before going back is offered again, as are the last run's with
 * --again. Without a terminal, nothing is asked and the caller reports what
 * is missing.
 */
async function askMissing(io: IO, questions: readonly Question[], given: PartialAnswers, again: boolean): Promise<PartialAnswers> {
  if (!nextQuestion(questions, given)) return given;
  const terminal = io.prompt();
  if (!terminal) return given;
  // Loaded only to ask: Inquirer's prompts, their colours and readline were about a tenth of every run with the answers given (docs/performance.md).
  const { answeredLines, askQuestion } = await import('../../terminal/prompts/ask-question.js');
  // Each answer as a line that Esc can take back, so going back leaves no stale frame.
  const answered = answeredLines(terminal.output);
  const asked: Array<{ id: Question['id']; before: PartialAnswers }> = [];
  let answers = given;
  // Only a terminal can offer suggestions; without one, history is not even read.
  let remembered = again ? await lastAnswers(io) : {};
  for (let question = nextQuestion(questions, answers); question; question = nextQuestion(questions, answers)) {
    const value = await askQuestion(question, terminal, {
      suggested: answerAt(remembered, question.id),
      at: asked.length + 1,
      of: asked.length + missingQuestions(questions, answers).length,
      canGoBack: asked.length > 0,
      answered,
    });
    if (typeof value === 'symbol') {
      answered.back();
      const last = asked.pop();
      if (last) answers = last.before;
      continue;
    }
    asked.push({ id: question.id, before: answers });
    answers = withAnswer(answers, question.id, value);
    remembered = withAnswer(remembered, question.id, value);
  }
  return answers;
}

/** Answers from a file: an answers file, or a saved run (whose answers are used). */
async function answersFromFile(io: IO, file: string): Promise<PartialAnswers> {
  const checked = validatePartialAnswers(answersOf(await readAnswersFile(io, file)));
  if ('error' in checked) throw usageError(`${file === '-' ? 'answers' : file}: ${checked.error.message}`);
  return checked.ok;
}

/** The last run's answers, the defaults of --again and the base of --set; damaged or missing history just means none. */
async function lastAnswers(io: IO): Promise<PartialAnswers> {
  const last = lastSavedRun(io);
  if (!last) {
    io.stderr.write('careers: no earlier assessment to start from; asking afresh\n');
    return {};
  }
  const checked = validatePartialAnswers(last.run.answers);
  return 'ok' in checked ? checked.ok : {};
}

/** A result that cannot be saved is still printed: the warning says why. */
async function save(io: IO, store: string | undefined, run: SavedRun): Promise<void> {
  if (!store) {
    io.stderr.write('careers: warning: no data folder (set CAREERS_HOME or HOME); the result is not saved\n');
    return;
  }
  try {
    const file = saveRun(store, run);
    const home = io.env.HOME;
    const shown = home && file.startsWith(`${home}/`) ? `~${file.slice(home.length)}` : file;
    // On stderr, so a plan piped into notes stays clean.
    io.stderr.write(`careers: saved in ${stripControls(shown)}; careers plan shows it again, careers history lists every run\n`);
  } catch (error) {
    io.stderr.write(`careers: warning: cannot save the result in ${store} (${errorCode(error)}); it is printed below but not kept\n`);
  }
}
