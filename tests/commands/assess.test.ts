import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ENGINEER, useAssessHome } from '../helpers/assess-home.js';
import { ANSI, careers } from '../helpers/fake-io.js';
import { ASSESSMENT_FIELDS } from '../helpers/json-fields.js';

const { at, write, runsIn, env } = useAssessHome();

describe('careers assess --answers', () => {
  it("keeps renderings of guide sections in the cache folder, never of the person's own results", async () => {
    const cache = at('cache');
    const args = ['assess', '--answers', write('a.json', ENGINEER), '--format', 'text', '--color', 'always', '--full', '--no-save'];
    const first = await careers(args, { env: { ...env(), XDG_CACHE_HOME: cache } });
    expect(first.code).toBe(0);
    const saved = fs.readdirSync(path.join(cache, 'careers', 'rendered')).map((name) => fs.readFileSync(path.join(cache, 'careers', 'rendered', name), 'utf8'));
    expect(saved.length).toBeGreaterThan(1);
    expect(saved.filter((entry) => entry.includes('Your careers assessment'))).toEqual([]);
    expect((await careers(args, { env: { ...env(), XDG_CACHE_HOME: cache } })).stdout).toBe(first.stdout);
  });

  it('prints the JSON contract: six roles best first, next steps tied to sections, sections, answers', async () => {
    const { code, stdout, stderr } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'json', '--no-save'], { env: env() });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      roles: Array<{ id: string; title: string; score: number; fit: string; reasons: unknown[] }>;
      nextSteps: Array<{ text: string; section: string }>;
      sections: Array<{ id: string; title: string }>;
      answers: typeof ENGINEER;
    };
    expect(Object.keys(result)).toEqual(ASSESSMENT_FIELDS);
    expect(result.roles.map((r) => r.id).sort()).toEqual([
      'deep-learning-researcher',
      'infrastructure-engineer',
      'ml-researcher',
      'policy-strategy',
      'research-engineer',
      'theory-researcher',
    ]);
    expect(result.roles.map((r) => r.score)).toEqual([...result.roles.map((r) => r.score)].sort((a, b) => b - a));
    for (const role of result.roles) expect(['strong', 'possible', 'stretch']).toContain(role.fit);
    // The source: strong software engineers can learn ML implementation, with reproduced papers as a portfolio;
    // the industry residencies it names could not be confirmed as running, so no step sends anyone to one.
    expect(result.roles[0]?.id).toBe('research-engineer');
    expect(result.nextSteps.map((s) => s.section)).toContain('research-engineering');
    expect(result.nextSteps.some((s) => /residenc/i.test(s.text))).toBe(false);
    // No research yet: the research field is not asked, and takes its default; nor is the year of a degree.
    expect(result.answers).toEqual({ ...ENGINEER, research_field: 'ml', undergrad_year: 4 });
    expect(runsIn(env().CAREERS_HOME)).toEqual([]);
  });

  it('reads YAML, and answers from standard input', async () => {
    const yaml =
      'stage: undergrad\ntop_institution: true\nskills: { software: 2, ml: 1, research: 1, theory: 1 }\nresearch_experience: none\ninterests: [ideas]\nphd: yes\nregion: uk\n';
    const fromFile = await careers(['assess', '--answers', write('a.yaml', yaml), '--format', 'json', '--no-save'], { env: env() });
    const fromStdin = await careers(['assess', '--answers', '-', '--format', 'json', '--no-save'], { env: env(), input: yaml });
    expect(fromFile.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    const steps = (JSON.parse(fromFile.stdout) as { nextSteps: Array<{ section: string; text: string }> }).nextSteps;
    // The source: at a top university, reach PhD students and postdocs, and get a professor to supervise you officially.
    expect(steps.some((s) => s.section === 'research-experience' && /postdoc/i.test(s.text))).toBe(true);
    // The source: in the UK, contact faculty before applying and write a research proposal.
    expect(steps.some((s) => s.section === 'phd-process' && /proposal/i.test(s.text))).toBe(true);
  });

  it('prints a markdown plan note with front-matter when asked, and saves the run', async () => {
    const { code, stdout } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--front-matter'], { env: env() });
    expect(code).toBe(0);
    const [, header] = stdout.split(/^---\n/m);
    expect(parse(header ?? '')).toMatchObject({
      title: 'My careers plan',
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      top_role: 'research-engineer',
      answers: { stage: 'industry' },
    });
    expect(stdout).toContain('## Next steps');
    expect(stdout).toContain('## A caveat');
    expect(stdout).not.toMatch(ANSI);
    const runs = runsIn(env().CAREERS_HOME);
    expect(runs).toHaveLength(1);
    const saved = JSON.parse(fs.readFileSync(path.join(env().CAREERS_HOME, 'runs', runs[0] ?? ''), 'utf8')) as {
      answers: unknown;
      result: { roles: Array<{ id: string }> };
    };
    expect(saved.answers).toEqual({ ...ENGINEER, research_field: 'ml', undergrad_year: 4 });
    expect(saved.result.roles[0]?.id).toBe('research-engineer');
  });

  it('prints the plan without front-matter when piped, so it appends cleanly (--no-front-matter still works)', async () => {
    for (const extra of [[], ['--no-front-matter']]) {
      const { stdout } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--no-save', ...extra], { env: env() });
      expect(stdout).toMatch(/^# My careers plan \(\d{4}-\d{2}-\d{2}\)\n/);
    }
  });

  it('renders text with the top three roles when asked', async () => {
    const { stdout } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'text', '--no-save'], { env: env() });
    expect(stdout).toMatch(/^Your careers assessment/);
    expect(stdout.match(/^\d\. .+: (strong fit|possible fit|a stretch for now)$/gm)).toHaveLength(3);
    expect(stdout).not.toMatch(/score|×|weight \d/);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/Ranked by fit first/);
    expect(stdout.replace(/\s+/g, ' ')).toMatch(/What would change this (• )?(If your .+ would rank first|No single step you could take)/);
  });

  it('appends the matching sections with --full', async () => {
    const { stdout } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'markdown', '--full', '--no-save'], { env: env() });
    // The reading list starts with the top role's section, whatever else the day of the run puts in it.
    expect(stdout).toMatch(/^# Research engineer$/m);
  });

  it('heads a plan made with --today with that day, not the day it was run', async () => {
    const args = ['assess', '--answers', write('a.json', ENGINEER), '--format', 'markdown', '--no-save'];
    expect((await careers([...args, '--today', '2027-03-10'], { env: env() })).stdout).toMatch(/^# My careers plan \(2027-03-10\)\n/);
    // Without it, the day of the run on the reader's clock (the real clock here, so only its shape is known).
    const plain = (await careers(args, { env: env() })).stdout;
    expect(plain).toMatch(/^# My careers plan \(\d{4}-\d{2}-\d{2}\)\n/);
    expect(plain).not.toMatch(/^# My careers plan \(2027-03-10\)/);
  });

  it('reprints the last result with plan and lists runs with history', async () => {
    const answers = write('a.json', ENGINEER);
    const first = await careers(['assess', '--answers', answers, '--format', 'json'], { env: env() });
    await careers(['assess', '--answers', write('b.json', { ...ENGINEER, stage: 'masters' }), '--format', 'json'], { env: env() });
    const plan = await careers(['plan', '--format', 'json'], { env: env() });
    expect(plan.code).toBe(0);
    expect((JSON.parse(plan.stdout) as { answers: { stage: string } }).answers.stage).toBe('masters');
    expect(JSON.parse(first.stdout)).toMatchObject({ answers: { ...ENGINEER, research_field: 'ml' } });
    // --today plans the saved answers again for that day, and says so.
    const later = await careers(['plan', '--format', 'json', '--today', '2027-03-01'], { env: env() });
    expect(later.stderr).toMatch(/planned again for 2027-03-01/);
    expect(JSON.parse(later.stdout) as { today: string; answers: { stage: string } }).toMatchObject({ today: '2027-03-01', answers: { stage: 'masters' } });
    expect((await careers(['plan', '--today', '2027-02-30'], { env: env() })).code).toBe(2);
    const history = await careers(['history'], { env: env() });
    expect(
      history.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t').slice(1, 3)),
    ).toEqual([
      ['industry', 'research-engineer'],
      ['masters', expect.any(String)],
    ]);
  });

  it('skips a saved run whose result was edited out of shape, with a warning', async () => {
    await careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'json'], { env: env() });
    const [name] = runsIn(env().CAREERS_HOME);
    const file = path.join(env().CAREERS_HOME, 'runs', name ?? '');
    const saved = fs.readFileSync(file, 'utf8');
    expect(saved).toContain('"cap": "stretch"');
    fs.writeFileSync(file, saved.replace(/"cap": "stretch"/g, '"cap": "bogus"'));
    const { code, stderr } = await careers(['plan'], { env: env() });
    expect(code).toBe(1);
    expect(stderr).toMatch(/warning: saved run .* does not hold a result; skipped/);
  });

  it('takes an older answers file without the keys added since, assumes each and says so', async () => {
    const { focus: _focus, needs_visa: _visa, ...older } = ENGINEER;
    const researcher = { ...older, research_experience: 'substantial', publications: 2 };
    const { code, stdout } = await careers(['assess', '--answers', write('old.json', researcher), '--format', 'markdown', '--no-save'], { env: env() });
    expect(code).toBe(0);
    expect(stdout).toContain('Assumed: your research is in machine learning');
    expect(stdout).toContain('Assumed: you need no visa');
    const json = JSON.parse(
      (await careers(['assess', '--answers', write('old.json', researcher), '--format', 'json', '--no-save'], { env: env() })).stdout,
    ) as { assumed: Array<{ key: string }>; answers: object };
    expect(json.assumed.map((a) => a.key)).toEqual(['needs_visa', 'research_field', 'focus']);
    expect(json.answers).not.toHaveProperty('research_field');
    // An undergraduate's file from before the year was asked: the final year is assumed, and said.
    const student = JSON.parse(
      (await careers(['assess', '--answers', write('student.json', { ...ENGINEER, stage: 'undergrad' }), '--format', 'json', '--no-save'], { env: env() }))
        .stdout,
    ) as { assumed: Array<{ key: string; value: unknown }> };
    expect(student.assumed).toContainEqual(expect.objectContaining({ key: 'undergrad_year', value: 4 }));
  });

  it('plans for the day given with --today, and refuses a day that does not exist', async () => {
    const plan = (today: string) =>
      careers(['assess', '--answers', write('a.json', { ...ENGINEER, research_experience: 'some' }), '--format', 'json', '--no-save', '--today', today], {
        env: env(),
      });
    const december = JSON.parse((await plan('2026-12-06')).stdout) as { today: string; nextSteps: Array<{ id: string; date?: string; text: string }> };
    expect(december.today).toBe('2026-12-06');
    // Open to a PhD in the US, applying this cycle: December's deadlines are this month, with the date.
    expect(december.nextSteps).toContainEqual(
      expect.objectContaining({ id: 'date-phd-us-submit', date: '2026-12', text: expect.stringMatching(/^December 2026/) }),
    );
    const spring = JSON.parse((await plan('2027-04-20')).stdout) as { nextSteps: Array<{ id: string }> };
    expect(spring.nextSteps.map((step) => step.id)).not.toContain('date-phd-us-submit');
    const bad = await plan('2026-13-01');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^careers: --today must be a day written YYYY-MM-DD \(got "2026-13-01"\)\n/);
  });

  it('prints a run saved in the first result shape: ranked again from its answers as text, as saved in JSON', async () => {
    const dir = path.join(env().CAREERS_HOME, 'runs');
    fs.mkdirSync(dir, { recursive: true });
    const answers = { ...ENGINEER, research_experience: 'some', publications: 1 };
    const result = {
      roles: [
        {
          id: 'research-engineer',
          title: 'Research engineer',
          score: 30,
          fit: 'strong',
          reasons: [
            {
              text: 'software engineering rating 4 × weight 4 for this role',
              points: 16,
              answers: ['skills.software'],
              rule: 'skill-weight',
              section: 'research-engineer',
            },
          ],
        },
      ],
      nextSteps: [{ text: 'Old step', section: 'research-engineering' }],
      sections: [{ id: 'skills', title: 'Skills' }],
      answers,
      whatWouldChange: null,
      caveat: 'c',
    };
    fs.writeFileSync(path.join(dir, '2026-01-02T03-04-05-006Z.json'), JSON.stringify({ version: 1, date: '2026-01-02T03:04:05.006Z', answers, result }));
    const text = await careers(['plan', '--format', 'markdown', '--no-front-matter'], { env: env() });
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/saved by an older careers; it is ranked again/);
    expect(text.stdout).toContain('Assumed: your research is in machine learning');
    expect(text.stdout).toContain('### This month');
    expect(text.stdout).not.toMatch(/×|Old step/);
    const json = await careers(['plan', '--format', 'json'], { env: env() });
    expect(JSON.parse(json.stdout)).toEqual(result);
    expect((await careers(['history'], { env: env() })).stdout).toMatch(/	industry	research-engineer	strong/);
  });

  it('says so when there is no saved plan yet', async () => {
    const { code, stderr } = await careers(['plan'], { env: env() });
    expect(code).toBe(1);
    expect(stderr).toBe('careers: no saved assessment yet; run careers assess first\n');
  });

  it('still prints the result when the data folder cannot be written', async () => {
    const blocker = write('not-a-folder', 'x');
    const { code, stdout, stderr } = await careers(['assess', '--answers', write('a.json', ENGINEER), '--format', 'json'], {
      env: { CAREERS_HOME: path.join(blocker, 'careers') },
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^careers: warning: cannot save the result in .* \(ENOTDIR\); it is printed below but not kept\n$/);
    expect(JSON.parse(stdout)).toHaveProperty('roles');
  });

  it.each([
    ['a bad stage', { ...ENGINEER, stage: 'postdoc' }, /stage must be one of school, undergrad, masters, industry, phd-student, phd-graduate, other/],
    ['a skill out of range', { ...ENGINEER, skills: { ...ENGINEER.skills, ml: 7 } }, /skills\.ml must be an integer from 0 to 4/],
    ['an unknown key', { ...ENGINEER, stagee: 'x' }, /stagee/],
    ['not JSON', '{"stage": ', /not valid JSON or YAML/],
  ])('exits 2 naming the problem for %s', async (_, content, message) => {
    const { code, stderr, stdout } = await careers(['assess', '--answers', write('bad.json', content), '--no-save'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('reads JSON with a byte-order mark, and YAML that starts like JSON', async () => {
    const bom = await careers(['assess', '--answers', write('bom.json', `\uFEFF${JSON.stringify(ENGINEER)}`), '--format', 'json', '--no-save'], { env: env() });
    expect(bom.code).toBe(0);
    const flow = write(
      'flow.yaml',
      '{stage: industry, top_institution: false, skills: {software: 4, ml: 1, research: 0, theory: 1}, numerical: true, publications: 0, research_experience: none, interests: [implementation], focus: [], phd: maybe, region: us, needs_visa: false}\n',
    );
    const yaml = await careers(['assess', '--answers', flow, '--format', 'json', '--no-save'], { env: env() });
    expect(yaml.code).toBe(0);
    expect(JSON.parse(yaml.stdout)).toMatchObject({ answers: { ...ENGINEER, research_field: 'ml' } });
  });

  it('checks the output options before looking for a saved plan', async () => {
    const { code, stderr } = await careers(['plan', '--format', 'bogus'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/argument 'bogus' is invalid. Allowed choices are text, markdown, json/);
  });

  it('exits 2 for a missing answers file', async () => {
    const { code, stderr } = await careers(['assess', '--answers', at('nope.json')], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read answers from .*nope\.json: no such file/);
  });

  it('exits 2 with a hint when there is no terminal and no answers file', async () => {
    const { code, stderr } = await careers(['assess'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^careers: assess asks its questions in a terminal; here, pass the answers with --answers FILE/);
  });

  it('exits 2 naming what a partial file leaves out when it cannot ask', async () => {
    const { code, stderr } = await careers(['assess', '--answers', write('p.json', { stage: 'industry' }), '--no-save'], { env: env() });
    expect(code).toBe(2);
    expect(stderr).toMatch(/the answers leave out skills\.software, skills\.ml/);
  });
});
