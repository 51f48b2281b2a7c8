import type { PartialAnswers } from '../assess/index.js';
import { usageError } from '../errors.js';
import type { IO } from '../io.js';
import type { PlanOutputOptions } from '../shell/show-plan.js';
import type { SavedRun } from '../store/history.js';
import { dataDir } from '../store/data-dir.js';
import { errorCode } from '../text/describe-error.js';
import { addPlanOutputOptions, defineCommand, examples } from './program.js';

const ANSWER_KEYS_HELP = `
Answers file (JSON or YAML; any key left out is asked in a terminal):
  stage                undergrad | masters | industry | phd-student | phd-graduate | other
  top_institution      true | false (undergraduates: a top research university?)
  skills               { software, ml, research, theory }: each an integer 0-4
  numerical            true | false (numerical programming, applied maths, messy research code)
  publications         integer >= 0
  research_experience  none | some | substantial
  research_field       ml | computing | science | other (field of your research or PhD; ml assumed if left out)
  interests            list of: infrastructure, implementation, ideas, theory, policy
  phd                  yes | maybe | no
  region               us | uk | other
`;

export default defineCommand('assess', (command, io) =>
  addPlanOutputOptions(
    command
      .description('answer a few questions; get ranked roles, reasons, next steps and what to read')
      .option('--answers <file>', 'take answers from a JSON or YAML file (- for stdin); only missing ones are asked')
      .option('--again', 'offer your last answers as the defaults')
      .option('--no-save', 'do not save this run to your history'),
  )
    .addHelpText(
      'after',
      `${ANSWER_KEYS_HELP}${examples('careers assess', 'careers assess --again', 'careers assess --answers me.yaml --format json --no-save', 'careers assess --format markdown >> notes.md')}`,
    )
    .action((_options, command) => assessCommand(io, command.optsWithGlobals())),
);

interface AssessOptions extends PlanOutputOptions {
  answers?: string | undefined;
  save: boolean;
  again?: boolean | undefined;
}

/**
 * `careers assess`: asks what the answers file (if any) leaves open, ranks
 * the roles, saves the run and prints the plan. Nothing is saved until every
 * answer is in, so Ctrl-C at a prompt leaves no trace.
 */
async function assessCommand(io: IO, options: AssessOptions): Promise<void> {
  // The assessment's code and data checks load only for this command.
  const [{ assess, completeAnswers, nextQuestion, withAnswer }, { answerAt }, { guideSources, loadGuideFor }, { loadAssessment }, { planFormat, showPlan }] = await Promise.all([
    import('../assess/index.js'),
    import('../assess/answers.js'),
    import('../shell/guide-context.js'),
    import('../shell/load-assessment.js'),
    import('../shell/show-plan.js'),
  ]);
  planFormat(io, options); // a bad --width fails before any question is asked
  if (!options.answers && !io.prompt) {
    throw usageError('assess asks its questions in a terminal; here, pass the answers with --answers FILE (JSON or YAML, - for stdin)', 'careers assess --help lists the answer keys');
  }
  const guide = await loadGuideFor(io, options.guide);
  const data = loadAssessment(guideSources(io, options.guide), guide);
  const store = dataDir(io.env);

  let answers: PartialAnswers = options.answers ? await answersFromFile(io, options.answers) : {};
  // Only a terminal can offer suggestions; without one, history is not even read.
  const suggestions = options.again && store && io.prompt ? await lastAnswers(io) : {};
  if (io.prompt) {
    const { askQuestion } = await import('../prompts/ask-question.js');
    for (let question = nextQuestion(data.questions, answers); question; question = nextQuestion(data.questions, answers)) {
      const suggested = answerAt(suggestions, question.id);
      answers = withAnswer(answers, question.id, await askQuestion(question, io.prompt, suggested));
    }
  }
  const complete = completeAnswers(data.questions, answers);
  if ('missing' in complete) {
    throw usageError(`the answers leave out ${complete.missing.map((q) => q.id).join(', ')}; add them to the file, or run careers assess in a terminal to be asked`);
  }

  const result = assess(data, complete.ok, guide.sections, guide.routes);
  const date = io.now().toISOString();
  if (options.save) await save(io, store, { version: 1, date, answers: complete.ok, result });
  await showPlan(io, result, date, guide.sections, options);
}

async function answersFromFile(io: IO, file: string): Promise<PartialAnswers> {
  const [{ validatePartialAnswers }, { readAnswersFile }] = await Promise.all([import('../assess/index.js'), import('../shell/read-answers-file.js')]);
  const checked = validatePartialAnswers(await readAnswersFile(io, file));
  if ('error' in checked) throw usageError(`${file === '-' ? 'answers' : file}: ${checked.error.message}`);
  return checked.ok;
}

/** The last run's answers, offered as defaults by --again; damaged or missing history just means no defaults. */
async function lastAnswers(io: IO): Promise<PartialAnswers> {
  const [{ validatePartialAnswers }, { savedRuns }] = await Promise.all([import('../assess/index.js'), import('../shell/saved-runs.js')]);
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
  const { saveRun } = await import('../store/history.js');
  try {
    saveRun(store, run);
  } catch (error) {
    io.stderr.write(`careers: warning: cannot save the result in ${store} (${errorCode(error)}); it is printed below but not kept\n`);
  }
}
