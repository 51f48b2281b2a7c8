import { join } from 'node:path';
import { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawFile } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { GuideSource } from '../guide/folder.js';
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
