import fs from 'node:fs';
import path from 'node:path';
import { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawFile } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { GuideSource } from '../guide/load.js';
import type { Guide, Problem } from '../guide/types.js';
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
      problems.push({ file: path.join(sources[0]?.dir ?? '.', 'assess', name), severity: 'error', message: `missing: the assessment needs assess/${name}` });
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

/** Bumped when AssessmentData changes shape, so a file from an older build is not used. */
const PREBUILT_VERSION = 2;

interface PrebuiltAssessment {
  version: number;
  /** The stamp of the guide it was checked from: it is used only with the same guide files. */
  stamp: string;
  data: AssessmentData;
}

/**
 * Run by the build: checks the built-in guide's assessment once and saves
 * the result beside the bundle (dist/assessment.json), so `assess` does not
 * validate the same data on every run. A problem fails the build.
 */
export function writePrebuiltAssessment(file: string, source: GuideSource, guide: Guide): void {
  const result = readAssessment([source], guide);
  if (!('ok' in result)) throw new Error(`the built-in assessment data is invalid: ${result.problems.map(formatProblem).join('; ')}`);
  fs.writeFileSync(file, JSON.stringify({ version: PREBUILT_VERSION, stamp: guide.stamp, data: result.ok } satisfies PrebuiltAssessment));
}

/**
 * The build's checked assessment, used only when the guide is exactly the
 * built-in files it was checked from: no custom folder, and the same stamp
 * (the loader has just checked the files behind it are unchanged).
 */
function prebuiltAssessment(file: string | undefined, sources: readonly GuideSource[], guide: Guide): AssessmentData | undefined {
  if (!file || sources.length !== 1) return undefined;
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as PrebuiltAssessment;
    return saved.version === PREBUILT_VERSION && saved.stamp === guide.stamp ? saved.data : undefined;
  } catch {
    return undefined; // missing or damaged: check the data here instead
  }
}

/** The checked assessment data, or one clear error naming the first problem. */
export function loadAssessment(sources: readonly GuideSource[], guide: Guide, prebuilt?: string): AssessmentData {
  const saved = prebuiltAssessment(prebuilt, sources, guide);
  if (saved) return saved;
  const result = readAssessment(sources, guide);
  if ('ok' in result) return result.ok;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; careers validate lists them)` : '';
  throw new CareersError(`the assessment data is invalid: ${first ? formatProblem(first) : 'unknown problem'}${more}`);
}
