import fs from 'node:fs';
import path from 'node:path';
import { beforeEach } from 'vitest';
import { useTempFolders } from './temp-folders.js';

/** Complete answers of a software engineer in industry, new to ML research. */
export const ENGINEER = {
  stage: 'industry',
  top_institution: false,
  skills: { software: 4, ml: 1, research: 0, theory: 1 },
  numerical: true,
  publications: 0,
  research_experience: 'none',
  interests: ['implementation'],
  focus: [],
  phd: 'maybe',
  region: 'us',
  needs_visa: false,
};

/** Complete answers of a master's student in the UK, every question answered (a visa, a focus, a PhD planned). */
export const MASTERS_STUDENT = {
  stage: 'masters',
  skills: { software: 3, ml: 2, research: 1, theory: 0 },
  numerical: true,
  publications: 1,
  research_experience: 'some',
  research_field: 'ml',
  interests: ['ideas', 'theory'],
  focus: ['agent-foundations'],
  phd: 'yes',
  region: 'uk',
  needs_visa: true,
};

/**
 * A fresh folder for each test of assess: answers files written into it,
 * and its `data` subfolder as the data folder (CAREERS_HOME).
 */
export function useAssessHome() {
  const { tempDir } = useTempFolders('assess');
  let home = '';
  beforeEach(() => {
    home = tempDir();
  });
  return {
    at: (name: string) => path.join(home, name),
    write(name: string, content: unknown) {
      const file = path.join(home, name);
      fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
      return file;
    },
    /** The saved runs in a data folder. */
    runsIn: (dir: string) => (fs.existsSync(path.join(dir, 'runs')) ? fs.readdirSync(path.join(dir, 'runs')) : []),
    env: () => ({ CAREERS_HOME: path.join(home, 'data') }),
  };
}
