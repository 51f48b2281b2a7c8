import type { PartialAnswers, Question } from '../../assess/index.js';
import { usageError } from '../../errors.js';
import type { IO } from '../../terminal/io.js';
import type { PlanOutputOptions } from '../show-plan.js';
import type { SavedRun } from '../../history/store.js';
import { dataDir } from '../../files/data-dir.js';
import { errorCode } from '../../text/describe-error.js';
import { stripControls } from '../../text/sanitize.js';
import { addPlanOutputOptions, collect, defineCommand, examples } from '../program.js';
import { dayText, TODAY_HELP } from '../today.js';

const ANSWER_KEYS_HELP = `
Answers file (JSON or YAML; any key left out is asked in a terminal):
  stage                school | undergrad | masters | industry | phd-student | phd-graduate | other
  undergrad_year       1-4 (undergraduates; 4 = final year or later; 4 assumed if left out)
  top_institution      true | false (undergraduates: a top research university?)
  skills               { software, ml, research, theory }: each an integer 0-4
  numerical            true | false (numerical programming, applied maths, messy research code)
  publications         integer >= 0
  research_experience  none | some | substantial
  research_field       ml | computing | science | other (field of your research or PhD; ml assumed if left out)
  interests            list of: infrastructure, implementation, ideas, theory, policy, security
  focus                list of: interpretability, evaluations, control, robustness, agent-foundations,
                       governance, security, field-building (may be empty; empty assumed if left out)
  phd                  yes | maybe | no
  region               us | uk | other: where you live, or would work or study (other assumed if left out)
  needs_visa           true | false: whether working or studying there needs a visa (false assumed if left out)
`;

export default defineCommand('assess', (command, io) =>
  addPlanOutputOptions(
    command
      .description('answer a few questions; get ranked roles, reasons, next steps and what to read')
      .option('--answers <file>', 'take answers from a JSON or YAML file, or a saved run (- for stdin); only missing ones are asked')
      .option('--again', 'start each question on your last answer: Enter keeps it')
      .option('--set <key=value>', 'change one answer of your last run (or of --answers) without asking; repeatable', collect)
      .option('--no-save', 'do not save this run to your history')
      .option('--drafts', 'let sections of your own marked draft: true into the reading list')
      .option('--today <date>', TODAY_HELP),
  )
    .addHelpText(
      'after',
      `${ANSWER_KEYS_HELP}
In a terminal, Esc goes back to the previous question. With output piped or
redirected (>> notes.md), the questions are asked on the terminal and only
the plan goes to the output.
${examples('careers assess', 'careers assess --again', 'careers assess --set skills.ml=3', 'careers assess --answers me.yaml --format json --no-save', 'careers assess >> notes.md')}`,
    )
    .action((_options, command) => assessCommand(io, command.optsWithGlobals())),
);

interface AssessOptions extends PlanOutputOptions {
  answers?: string | undefined;
  save: boolean;
  again?: boolean | undefined;
  set?: string[] | undefined;
  drafts?: boolean | undefined;
  today?: string | undefined;
}

/**
 * `careers assess`: asks what the answers file (if any) leaves open, ranks
 * the roles, saves the run and prints the plan. Nothing is saved until every
 * answer is in, so Ctrl-C at a prompt leaves no trace.
 */
async function assessCommand(io: IO, options: AssessOptions): Promise<void> {
  // The assessment's code and data checks load only for this command.
  const [{ assess, completeAnswers }, { guideSources, loadGuideFor }, { loadAssessment }, { planFormat, showPlan }] = await Promise.all([
    import('../../assess/index.js'),
    import('../guide-context.js'),
    import('../load-assessment.js'),
    import('../show-plan.js'),
  ]);
  planFormat(io, options); // a bad --width fails before any question is asked
  const today = dayText(io, options.today); // and so does a bad --today
  const store = dataDir(io.env);
  let answers = await startingAnswers(io, options);
  const guide = await loadGuideFor(io, options.guide, { drafts: options.drafts ?? false });
  const data = loadAssessment(guideSources(io, options.guide), guide);
  answers = await askMissing(io, data.questions, answers, Boolean(options.again && store));

  const complete = completeAnswers(data.questions, answers);
  if ('missing' in complete && !options.answers && !options.set) {
    throw usageError('assess asks its questions in a terminal; here, pass the answers with --answers FILE (JSON or YAML, - for stdin)', 'careers assess --help lists the answer keys');
  }
  if ('missing' in complete) {
    const give = options.answers ? 'add them to the file' : 'give them with --set key=value';
    throw usageError(`the answers leave out ${complete.missing.map((q) => q.id).join(', ')}; ${give}, or run careers assess in a terminal to be asked`);
  }
  const { readTimelines } = await import('../../timeline/read-timelines.js');
  // Timeline plans with problems are left out here; careers validate reports them.
  const { plans } = readTimelines(guide, { sections: guide.sections, routes: guide.routes });
  const result = assess(data, complete.ok, guide.sections, guide.routes, { today, timelines: plans });
  const date = io.now().toISOString();
  if (options.save) await save(io, store, { version: 1, date, answers: complete.ok, result });
  await showPlan(io, result, date, guide.sections, options);
}

/** What is known before any question: an answers file, or with --set the last run, and the --set changes on top. */
async function startingAnswers(io: IO, options: AssessOptions): Promise<PartialAnswers> {
  const sets = options.set ?? [];
  let answers: PartialAnswers = options.answers ? await answersFromFile(io, options.answers) : sets.length ? await lastAnswers(io) : {};
  if (sets.length) {
    const { setAnswer } = await import('../../assess/set-answer.js');
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
  const [{ missingQuestions, nextQuestion, withAnswer }, { answerAt }] = await Promise.all([import('../../assess/index.js'), import('../../assess/answers.js')]);
  if (!nextQuestion(questions, given)) return given;
  const terminal = io.prompt;
  if (!terminal) return given;
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
  const [{ validatePartialAnswers }, { readAnswersFile, answersOf }] = await Promise.all([import('../../assess/index.js'), import('../read-answers-file.js')]);
  const checked = validatePartialAnswers(answersOf(await readAnswersFile(io, file)));
  if ('error' in checked) throw usageError(`${file === '-' ? 'answers' : file}: ${checked.error.message}`);
  return checked.ok;
}

/** The last run's answers, the defaults of --again and the base of --set; damaged or missing history just means none. */
async function lastAnswers(io: IO): Promise<PartialAnswers> {
  const [{ validatePartialAnswers }, { savedRuns }] = await Promise.all([import('../../assess/index.js'), import('../../history/saved-runs.js')]);
  const last = savedRuns(io).at(-1);
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
  const { saveRun } = await import('../../history/store.js');
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
