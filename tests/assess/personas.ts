import type { Answers } from '../../src/assess/index.js';

type Overrides = Partial<Omit<Answers, 'skills'>> & { skills?: Partial<Answers['skills']> };

/** A complete set of answers: nobody in particular, changed by what a test is about. */
export function persona(overrides: Overrides = {}): Answers {
  const { skills, ...rest } = overrides;
  return {
    stage: 'other',
    top_institution: false,
    numerical: false,
    publications: 0,
    research_experience: 'none',
    research_field: 'ml',
    interests: [],
    phd: 'no',
    region: 'other',
    ...rest,
    skills: { software: 0, ml: 0, research: 0, theory: 0, ...skills },
  };
}
