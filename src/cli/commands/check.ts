import type { CheckRegion } from '../../check/schema.js';
import { CareersError, EXIT } from '../../errors.js';
import { PLACES, STAGES, type Stage } from '../../guide/types.js';
import type { IO } from '../../terminal/io.js';
import { stripControls } from '../../text/sanitize.js';
import type { ReviewSource } from '../../render/check.js';
import type definition from '../definitions/check.js';
import type { ActionOf } from '../program.js';
import { pickFormat, pickTerminalOptions } from '../output-format.js';
import { loadGuideFor, formatProblem } from '../guide-context.js';
import { readChecks } from '../../check/read-checks.js';
import { readDraft } from '../read-draft.js';
import { reviewDraft } from '../../check/review.js';
import { dataDir } from '../../files/data-dir.js';
import { lastSavedRun } from '../../history/saved-runs.js';
import { showReview } from '../show-review.js';

export const run: ActionOf<typeof definition> = async (io, [kind, file], options) => {
  const format = pickFormat(options.format, 'text', 'markdown', io);
  const terminal = format === 'text' ? pickTerminalOptions(options, io) : undefined; // a bad --width fails before anything is read
  const { region, stage, source } = await chooseContext(io, options.region, options.stage, file);

  // The draft's worker starts first and parses while the guide and its rules load on this thread; a problem with the rules is still said first.
  const reading = readDraft(io, file);
  reading.catch(() => {});
  const guide = await loadGuideFor(io, options.guide);
  const { rules, problems } = readChecks(guide, guide.sections);
  if (problems[0])
    throw new CareersError(`the check rules are invalid: ${formatProblem(problems[0])}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`);
  const { draft, warnings } = await reading;
  for (const warning of warnings) io.stderr.write(`careers: warning: ${warning}\n`);
  const review = reviewDraft(draft, rules, { kind, region, stage, interdisciplinary: Boolean(options.interdisciplinary) });

  await showReview(io, review, source, format, terminal, options.pager);
  const changes = review.findings.filter((f) => f.level === 'change').length;
  if (options.strict && changes) throw new CareersError(`--strict: ${changes} finding${changes === 1 ? '' : 's'} at the "change this" level`, EXIT.failure);
};

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
  if (!dataDir(io.env)) return {};
  // Saved answers were checked loosely when read (runs may be old or edited): each value is checked here.
  const answers: object | undefined = lastSavedRun(io)?.result.answers;
  const region = answers && 'region' in answers ? answers.region : undefined;
  const stage = answers && 'stage' in answers ? answers.stage : undefined;
  return {
    ...((PLACES as readonly unknown[]).includes(region) ? { region: region as CheckRegion } : {}),
    ...((STAGES as readonly unknown[]).includes(stage) ? { stage: stage as Stage } : {}),
  };
}
