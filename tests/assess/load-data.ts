import type { Section } from '../../src/guide/types.js';
import { loadGuide } from '../../src/guide/load.js';
import { readYamlFile } from '../../src/guide/read-data-file.js';
import { loadAssessment as loadFromSources } from '../../src/cli/load-assessment.js';
import { ASSESS_FILE_NAMES, type AssessmentData, type RawAssessmentData } from '../../src/assess/index.js';
import { REPO_GUIDE } from '../helpers/fake-io.js';

const SOURCES = [{ dir: REPO_GUIDE, origin: 'built-in' }];
const readRaw = (name: string) => {
  const file = `${REPO_GUIDE}/assess/${name}`;
  return { file, data: readYamlFile(file) };
};

/** The built-in guide's raw assessment data, for tests that break one piece of it. */
export function rawData(): RawAssessmentData {
  return {
    questions: readRaw(ASSESS_FILE_NAMES.questions),
    scoring: readRaw(ASSESS_FILE_NAMES.scoring),
    nextSteps: readRaw(ASSESS_FILE_NAMES.nextSteps),
    sections: loadGuide(SOURCES).sections,
  };
}

/** The built-in guide's validated assessment data and its sections. */
export function loadAssessment(): { data: AssessmentData; sections: readonly Section[] } {
  const guide = loadGuide(SOURCES);
  return { data: loadFromSources(SOURCES, guide), sections: guide.sections };
}
