import type { Assessment } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import type { FirstResult } from '../history/saved-runs.js';
import { assess, completeAnswers, validatePartialAnswers } from '../assess/index.js';
import { guideSources, loadGuideFor } from './guide-context.js';
import { loadAssessment } from './load-assessment.js';

/**
 * A result saved before results had a version, ranked again from the answers
 * saved with it under today's guide, so `careers plan` prints it in today's
 * shape (plain reasons, timed steps); an answer added since is assumed, and
 * the plan says so.
 */
export async function rankAgain(io: IO, saved: FirstResult, guideDirs: string[] | undefined): Promise<Assessment> {
  const again = 'run careers assess --again to answer afresh';
  const checked = validatePartialAnswers(saved.answers);
  if ('error' in checked) throw new CareersError(`the saved plan is from an older careers and its answers no longer check (${checked.error.message}); ${again}`);
  const guide = await loadGuideFor(io, guideDirs);
  const data = loadAssessment(guideSources(io, guideDirs), guide);
  const complete = completeAnswers(data.questions, checked.ok);
  if ('missing' in complete) throw new CareersError(`the saved plan is from an older careers and leaves out ${complete.missing.map((q) => q.id).join(', ')}; ${again}`);
  io.stderr.write('careers: note: this plan was saved by an older careers; it is ranked again from its answers with today\'s guide\n');
  return assess(data, complete.ok, guide.sections, guide.routes);
}
