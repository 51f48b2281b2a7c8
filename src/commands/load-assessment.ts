import fs from 'node:fs';
import path from 'node:path';
import { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawFile } from '../assess/index.js';
import { CareersError } from '../errors.js';
import type { GuideSource } from '../guide/load.js';
import { GuideFileError, readYamlFile } from '../guide/read-data-file.js';
import type { Guide, Problem } from '../guide/types.js';
import { formatProblem } from './guide-context.js';
import { errorCode, yamlReason } from '../text/describe-error.js';

/**
 * The assessment's questions, scoring and next steps, checked: each file from
 * the most local guide folder that has one under assess/, so a custom folder
 * can replace the questions or the scoring as it can replace a section.
 * Every problem is returned, for `careers validate` to list.
 */
export function readAssessment(sources: readonly GuideSource[], guide: Guide): { ok: AssessmentData } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (name: string): RawFile | undefined => {
    const file = [...sources].reverse().map((s) => path.join(s.dir, 'assess', name)).find((f) => fs.existsSync(f));
    if (!file) {
      problems.push({ file: path.join(sources[0]?.dir ?? '.', 'assess', name), severity: 'error', message: `missing: the assessment needs assess/${name}` });
      return undefined;
    }
    try {
      return { file, data: readYamlFile(file) };
    } catch (error) {
      // js-yaml errors carry a `reason`; anything else is about reading the file.
      const reason = yamlReason(error);
      const why = reason ? `not valid YAML: ${reason}` : error instanceof GuideFileError ? error.message : `cannot read file: ${errorCode(error)}`;
      problems.push({ file, severity: 'error', message: why });
      return undefined;
    }
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
