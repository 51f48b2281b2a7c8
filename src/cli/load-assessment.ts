import { join } from 'node:path';
import { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawFile } from '../assess/index.js';
import { CareersError } from '../errors.js';
import { readLimited } from '../files/read-limited.js';
import type { GuideSource } from '../guide/folder.js';
import type { GuideWithRoutes, Route } from '../guide/routes.js';
import type { Guide, Problem } from '../guide/types.js';
import type { IO } from '../terminal/io.js';
import { readTimelines } from '../timeline/read-timelines.js';
import type { TimelinePlan } from '../timeline/schema.js';
import { BUILD } from '../version.js';
import { formatProblem } from './guide-context.js';

/**
 * The assessment's questions, scoring and next steps, checked. The guide
 * loader has already read each file from the most local folder that has one
 * under assess/ (and cached it with the sections), so a custom folder can
 * replace the questions or the scoring as it can replace a section. Every
 * problem is returned, for `careers validate` to list.
 */
export function readAssessment(sources: readonly GuideSource[], guide: Guide): { ok: AssessmentData } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (name: string): RawFile | undefined => {
    const entry = guide.data[`assess/${name}`];
    if (!entry) {
      problems.push({ file: join(sources[0]?.dir ?? '.', 'assess', name), severity: 'error', message: `missing: the assessment needs assess/${name}` });
      return undefined;
    }
    if ('error' in entry) {
      problems.push({ file: entry.file, severity: 'error', message: entry.error });
      return undefined;
    }
    return entry;
  };
  const questions = read(ASSESS_FILE_NAMES.questions);
  const scoring = read(ASSESS_FILE_NAMES.scoring);
  const nextSteps = read(ASSESS_FILE_NAMES.nextSteps);
  if (!questions || !scoring || !nextSteps) return { problems };
  return parseAssessmentData({ questions, scoring, nextSteps, sections: guide.sections });
}

/** The checked assessment data, or one clear error naming the first problem. */
export function loadAssessment(sources: readonly GuideSource[], guide: Guide): AssessmentData {
  const result = readAssessment(sources, guide);
  if ('ok' in result) return result.ok;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; careers validate lists them)` : '';
  throw new CareersError(`the assessment data is invalid: ${first ? formatProblem(first) : 'unknown problem'}${more}`);
}

/** What the engine needs beside the answers: the assessment's data, the route records and the timeline plans, checked. */
export interface AssessmentInputs {
  data: AssessmentData;
  routes: Route[];
  /** Plans with problems are left out here; careers validate reports them. */
  timelines: TimelinePlan[];
}

/**
 * The assessment's inputs, checked: as the build checked them when the guide
 * is the built-in one as built, else validated now. The built-in guide's
 * data ships inside the package beside the code; the build validates it
 * (build-index.ts fails on any problem) and writes what validation made of it
 * to a file beside the bundle, so a run does not validate it again: that was
 * about 20 ms of CPU of every `assess` (docs/performance.md). Any other
 * folder, or any file of the built-in guide changed since the build, changes
 * the files the guide is made from, and then everything is validated.
 */
export function loadAssessmentInputs(io: IO, sources: readonly GuideSource[], guide: GuideWithRoutes): AssessmentInputs {
  const checked = io.builtinGuideChecked ? readChecked(io.builtinGuideChecked, guide) : undefined;
  if (checked) return checked;
  const data = loadAssessment(sources, guide);
  const routes = guide.routes();
  return { data, routes, timelines: readTimelines(guide, { sections: guide.sections, routes }).plans };
}

/** The files a guide was made from, as read (path, mtime and size of each): the same text only for the same files, unchanged. */
const madeFrom = (guide: Guide): string => JSON.stringify([[...guide.versions], Object.entries(guide.data).map(([key, entry]) => [key, entry.version])]);

/** The build's record of the built-in guide's checked inputs (see loadAssessmentInputs). */
export const checkedInputsText = (guide: Guide, inputs: AssessmentInputs): string => JSON.stringify({ build: BUILD, madeFrom: madeFrom(guide), ...inputs });

/** The built-in guide's record is about 124 KB; a file far larger is not the build's. */
const MAX_CHECKED_BYTES = 16 * 1024 * 1024;

/** The checked inputs the build wrote, if they are this build's and were made from the very files of `guide`. */
function readChecked(file: string, guide: Guide): AssessmentInputs | undefined {
  let saved: (AssessmentInputs & { build?: unknown; madeFrom?: unknown }) | undefined;
  try {
    saved = JSON.parse(readLimited(file, MAX_CHECKED_BYTES).toString('utf8')) as typeof saved;
  } catch {
    return undefined; // missing, too large or from an interrupted build: validate instead
  }
  if (saved?.build !== BUILD || saved.madeFrom !== madeFrom(guide)) return undefined;
  return { data: saved.data, routes: saved.routes, timelines: saved.timelines };
}
