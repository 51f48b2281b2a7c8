import fs from 'node:fs';
import path from 'node:path';
import { ASSESS_FILE_NAMES, parseAssessmentData, type AssessmentData, type RawFile } from '../assess/index.js';
import { CareersError } from '../errors.js';
import { GuideFileError, readYamlFile } from '../guide/read-data-file.js';
import type { Guide } from '../guide/types.js';
import type { GuideSource } from '../guide/load.js';
import { formatProblem } from './guide-context.js';

/**
 * The assessment's questions, scoring and next steps: each file from the most
 * local guide folder that has one under assess/, so a custom folder can
 * replace the questions or the scoring as it can replace a section.
 */
export function loadAssessment(sources: readonly GuideSource[], guide: Guide): AssessmentData {
  const read = (name: string): RawFile => {
    const file = [...sources].reverse().map((s) => path.join(s.dir, 'assess', name)).find((f) => fs.existsSync(f));
    if (!file) throw new CareersError(`the guide has no assess/${name}; the assessment cannot run`);
    try {
      return { file, data: readYamlFile(file) };
    } catch (error) {
      // js-yaml errors carry a `reason`; anything else is about reading the file.
      const reason = (error as { reason?: string }).reason;
      const why = reason ? `not valid YAML: ${reason.split('\n')[0]}` : error instanceof GuideFileError ? error.message : `cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      throw new CareersError(`${file}: ${why}`);
    }
  };
  const result = parseAssessmentData({
    questions: read(ASSESS_FILE_NAMES.questions),
    scoring: read(ASSESS_FILE_NAMES.scoring),
    nextSteps: read(ASSESS_FILE_NAMES.nextSteps),
    sections: guide.sections,
  });
  if ('problems' in result) {
    const [first] = result.problems;
    const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more; careers validate lists them)` : '';
    throw new CareersError(`the assessment data is invalid: ${first ? formatProblem(first) : 'unknown problem'}${more}`);
  }
  return result.ok;
}
