import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careers } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('today');

const ANSWERS = {
  top_institution: false,
  skills: { software: 3, ml: 2, research: 2, theory: 1 },
  numerical: true,
  publications: 1,
  research_experience: 'some',
  interests: ['implementation'],
  phd: 'maybe',
  region: 'us',
};

describe('advice that is true today', () => {
  it('finds the programmes that now carry people into the field', async () => {
    for (const query of ['MATS', 'fellowship', 'AI Security Institute']) {
      const { code, stdout } = await careers(['search', query, '--format', 'json']);
      expect(code, query).toBe(0);
      expect(
        (JSON.parse(stdout) as Array<{ id: string }>).map((hit) => hit.id),
        query,
      ).toContain('routes-today');
    }
  });

  it("reads today's routes by their name or an alias, with addresses and check dates", async () => {
    for (const topic of ['routes-today', 'programs', 'fellowships']) {
      const { code, stdout } = await careers(['read', topic, '--no-front-matter']);
      expect(code, topic).toBe(0);
      expect(stdout).toContain('# Routes into the field today');
      expect(stdout).toMatch(/\[https:\/\/www\.matsprogram\.org\/\]\(https:\/\/www\.matsprogram\.org\/\)/);
      expect(stdout).toMatch(/\*\*Checked:\*\* \d{4}-\d{2}-\d{2}, against /);
    }
  });

  it.each(['undergrad', 'industry', 'phd-graduate'])('gives a %s current routes with addresses and check dates', async (stage) => {
    const file = path.join(tempDir(), 'answers.json');
    fs.writeFileSync(file, JSON.stringify({ ...ANSWERS, stage }));
    const { code, stdout } = await careers(['assess', '--answers', file, '--no-save', '--format', 'markdown']);
    expect(code).toBe(0);
    const routes = stdout.split('## Routes open today')[1]?.split('\n## ')[0] ?? '';
    expect(routes).toMatch(/^- \*\*.+\*\*: .+ \[https:\/\/\S+\]\(https:\/\/\S+\) \(checked \d{4}-\d{2}-\d{2}\)$/m);
  });

  it('shows what changed near the top of a section, and marks the names in its text', async () => {
    const { stdout } = await careers(['read', 'where-to-apply', '--no-front-matter']);
    expect(stdout.indexOf('Changed since the source')).toBeLessThan(stdout.indexOf('## In short'));
    expect(stdout).toMatch(/closed on 16 April 2024.*checked \d{4}-\d{2}-\d{2}; source: /s);
    expect(stdout).toMatch(/\| Oxford \| home of FHI \*\(changed\)\*/);
  });

  it('gives the address of the original guide in about', async () => {
    expect((await careers(['read', 'about'])).stdout).toContain('https://docs.google.com/document/d/1RFo7_9JVmt0z8RPwUjB-mUMgCMoUQmsaj2CM5aHvxCw/edit');
  });
});
