import type { Section } from '../../src/guide/types.js';
import { readYamlFile } from '../../src/guide/read-data-file.js';
import { ASSESS_FILE_NAMES, type AssessmentData, type RawAssessmentData } from '../../src/assess/index.js';
import { builtinAssessment, builtinGuide, deepFreeze } from '../helpers/builtin-guide.js';
import { REPO_GUIDE } from '../helpers/fake-io.js';

const readRaw = (name: string) => {
  const file = `${REPO_GUIDE}/assess/${name}`;
  return { file, data: readYamlFile(file) };
};

let raw: RawAssessmentData | undefined;

/** The built-in guide's raw assessment data, read once, for tests that break one piece of a copy of it (frozen, as builtinGuide). */
export function rawData(): RawAssessmentData {
  return (raw ??= deepFreeze({
    questions: readRaw(ASSESS_FILE_NAMES.questions),
    scoring: readRaw(ASSESS_FILE_NAMES.scoring),
    nextSteps: readRaw(ASSESS_FILE_NAMES.nextSteps),
    sections: builtinGuide().sections,
  }));
}

/** The built-in guide's validated assessment data and its sections. */
export function loadAssessment(): { data: AssessmentData; sections: readonly Section[] } {
  return { data: builtinAssessment(), sections: builtinGuide().sections };
}
