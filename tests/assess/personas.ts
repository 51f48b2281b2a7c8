import type { Answers } from '../../src/assess/index.js';
import type { FullAnswers } from '../../src/assess/answers.js';

type Overrides = Partial<Omit<FullAnswers, 'skills'>> & { skills?: Partial<Answers['skills']> };

/** A complete set of answers: nobody in particular, changed by what a test is about. */
export function persona(overrides: Overrides = {}): FullAnswers {
  const { skills, ...rest } = overrides;
  return {
    stage: 'other',
    undergrad_year: 4,
    top_institution: false,
    numerical: false,
    publications: 0,
    research_experience: 'none',
    research_field: 'ml',
    interests: [],
    focus: [],
    phd: 'no',
    region: 'other',
    needs_visa: false,
    ...rest,
    skills: { software: 0, ml: 0, research: 0, theory: 0, ...skills },
  };
}
