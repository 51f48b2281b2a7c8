import type { Assessment } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { IO } from '../terminal/io.js';
import type { FirstResult } from '../history/saved-runs.js';
import { assess, completeAnswers, validatePartialAnswers } from '../assess/index.js';
import { guideSources, loadGuide } from './guide-context.js';
import { loadAssessmentInputs } from './load-assessment.js';

/**
 * A result saved before results had a version, ranked again from the answers
 * saved with it under today's guide, so `careers plan` prints it in today's
 * shape (plain reasons, timed steps); an answer added since is assumed, and
 * the plan says so.
 */
export async function rankAgain(io: IO, saved: FirstResult, guideDirs: string[] | undefined): Promise<Assessment> {
  const result = await assessAnswers(io, saved.answers, guideDirs, undefined, 'the saved plan is from an older careers and its answers');
  io.stderr.write("careers: note: this plan was saved by an older careers; it is ranked again from its answers with today's guide\n");
  return result;
}

/** `careers plan --today`: a saved run's answers planned again for another day, with today's guide. */
export async function planAgain(io: IO, answers: unknown, guideDirs: string[] | undefined, today: string): Promise<Assessment> {
  const result = await assessAnswers(io, answers, guideDirs, today, "the saved run's answers");
  io.stderr.write(`careers: note: the saved run's answers are planned again for ${today} with today's guide\n`);
  return result;
}

/** Saved answers, checked and completed, assessed with the guide as it is now. */
async function assessAnswers(io: IO, answers: unknown, guideDirs: string[] | undefined, today: string | undefined, what: string): Promise<Assessment> {
  const again = 'run careers assess --again to answer afresh';
  const checked = validatePartialAnswers(answers);
  if ('error' in checked) throw new CareersError(`${what} no longer check (${checked.error.message}); ${again}`);
  const sources = guideSources(io, guideDirs);
  const guide = await loadGuide(io, sources);
  const { data, routes, timelines } = loadAssessmentInputs(io, sources, guide);
  const complete = completeAnswers(data.questions, checked.ok);
  if ('missing' in complete) throw new CareersError(`${what} leave out ${complete.missing.map((q) => q.id).join(', ')}; ${again}`);
  return assess(data, complete.ok, guide.sections, routes, { ...(today ? { today } : {}), timelines });
}
