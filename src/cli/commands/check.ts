import { Argument, Option } from '@commander-js/extra-typings';
import { CHECK_FORMATS, CHECK_REGIONS, DOCUMENT_KINDS, type CheckRegion } from '../../check/choices.js';
import { CareersError, EXIT } from '../../errors.js';
import { STAGES, type Stage } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { stripControls } from '../../text/sanitize.js';
import type { ReviewSource } from '../../render/check.js';
import { addLayoutOptions, defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('check', (command, io) =>
  addLayoutOptions(
    command
      .description('review a draft statement of purpose, research proposal or CV against the guide (offline)')
      .addArgument(new Argument('<kind>', 'what the draft is: sop, proposal or cv').choices(DOCUMENT_KINDS))
      .argument('<file>', 'the draft: markdown, plain text, LaTeX (.tex) or PDF; - for standard input')
      .addOption(new Option('--region <region>', "where you apply (default: your last assessment's answer)").choices(CHECK_REGIONS))
      .addOption(new Option('--stage <stage>', "your career stage, for a CV's length (default: your last assessment's answer)").choices(STAGES))
      .option('--interdisciplinary', 'the programme is interdisciplinary: moral philosophy is on topic')
      .option('--strict', 'exit 1 when any finding is at the "change this" level')
      .addOption(formatOption(CHECK_FORMATS, 'text in a terminal, else a markdown checklist')),
  )
    .addHelpText(
      'after',
      examples(
        'careers check sop draft.md --region us',
        'careers check sop draft.md --region us >> notes.md',
        'careers check proposal proposal.tex --region uk',
        'careers check cv cv.md --stage undergrad --format json',
      ),
    )
    .action(async (kind, file, _options, command) => {
      const options = command.optsWithGlobals();
      const [{ pickFormat, pickTerminalOptions }, { loadGuideFor, formatProblem }, { readChecks }, { readDraft }, { reviewDraft }] = await Promise.all([
        import('../output-format.js'),
        import('../guide-context.js'),
        import('../../check/read-checks.js'),
        import('../read-draft.js'),
        import('../../check/review.js'),
      ]);
      const format = pickFormat(options.format, 'text', 'markdown', io);
      const terminal = format === 'text' ? pickTerminalOptions(options, io) : undefined; // a bad --width fails before anything is read
      const { region, stage, source } = await chooseContext(io, options.region, options.stage, file);

      const guide = await loadGuideFor(io, options.guide);
      const { rules, problems } = readChecks(guide, guide.sections);
      if (problems[0]) throw new CareersError(`the check rules are invalid: ${formatProblem(problems[0])}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
      const { draft, warnings } = await readDraft(io, file);
      for (const warning of warnings) io.stderr.write(`careers: warning: ${warning}\n`);
      const review = reviewDraft(draft, rules, { kind, region, stage, interdisciplinary: Boolean(options.interdisciplinary) });

      const { showReview } = await import('../show-review.js');
      await showReview(io, review, source, format, terminal, options.pager);
      const changes = review.findings.filter((f) => f.level === 'change').length;
      if (options.strict && changes) throw new CareersError(`--strict: ${changes} finding${changes === 1 ? '' : 's'} at the "change this" level`, EXIT.failure);
    }),
);

/** The region and stage: as given, else from the last saved assessment; a region nobody gave is "other", whose rules hold anywhere. */
async function chooseContext(io: IO, region: CheckRegion | undefined, stage: Stage | undefined, file: string) {
  const given = { region, stage };
  const saved = region && stage ? {} : await savedContext(io);
  const chosenRegion = region ?? saved.region ?? 'other';
  const chosenStage = stage ?? saved.stage;
  const source: ReviewSource = {
    file: file === '-' ? 'standard input' : stripControls(file),
    region: given.region ? 'given' : saved.region ? 'saved' : 'assumed',
    stage: given.stage ? 'given' : saved.stage ? 'saved' : 'none',
  };
  return { region: chosenRegion, stage: chosenStage, source };
}

async function savedContext(io: IO): Promise<{ region?: CheckRegion; stage?: Stage }> {
  const [{ dataDir }, { lastSavedRun }] = await Promise.all([import('../../files/data-dir.js'), import('../../history/saved-runs.js')]);
  if (!dataDir(io.env)) return {};
  // Saved answers were checked loosely when read (runs may be old or edited): each value is checked here.
  const answers: object | undefined = lastSavedRun(io)?.result.answers;
  const region = answers && 'region' in answers ? answers.region : undefined;
  const stage = answers && 'stage' in answers ? answers.stage : undefined;
  return {
    ...((CHECK_REGIONS as readonly unknown[]).includes(region) ? { region: region as CheckRegion } : {}),
    ...((STAGES as readonly unknown[]).includes(stage) ? { stage: stage as Stage } : {}),
  };
}
