import { describe, expect, test } from 'vitest';
import { assess, ROLE_IDS } from '../../src/assess/index.js';
import { loadAssessment } from './load-data.js';
import { persona } from './personas.js';
import { ASSESSMENT_FIELDS } from '../helpers/json-fields.js';

const { data, sections } = loadAssessment();

describe('the result', () => {
  const answers = persona({
    stage: 'undergrad',
    top_institution: true,
    skills: { software: 2, ml: 3, research: 2, theory: 1 },
    research_experience: 'some',
    interests: ['ideas', 'implementation'],
    phd: 'yes',
    region: 'uk',
  });
  const result = assess(data, answers, sections);

  test('has the JSON shape the CLI prints, and survives a round trip', () => {
    expect(Object.keys(result)).toEqual(ASSESSMENT_FIELDS);
    expect(result.version).toBe(3);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.answers).toEqual(answers);
    for (const role of result.roles) expect(Object.keys(role)).toEqual(['id', 'title', 'score', 'fit', 'reasons']);
    // A step that names a body that changed since the source carries the notes on it.
    for (const step of result.nextSteps) {
      expect(Object.keys(step).sort()).toEqual(
        ['id', 'text', 'section', 'horizon', ...(step.routes ? ['routes'] : []), ...(step.date ? ['date'] : []), ...(step.changes ? ['changes'] : [])].sort(),
      );
    }
    for (const section of result.sections) expect(Object.keys(section)).toEqual(['id', 'title', 'why']);
  });

  test('ranks all six roles best first', () => {
    expect(result.roles.map((role) => role.id).sort()).toEqual([...ROLE_IDS].sort());
    expect(result.roles[0]?.id).toBe('deep-learning-researcher');
  });

  test('points every next step and reason at a section of the guide', () => {
    const ids = new Set(sections.map((section) => section.id));
    for (const step of result.nextSteps) expect(ids).toContain(step.section);
    for (const reason of result.roles.flatMap((role) => role.reasons)) expect(ids).toContain(reason.section);
  });

  test("says it is a hypothesis built on one person's opinion", () => {
    expect(result.caveat).toMatch(/hypothesis/);
    expect(result.caveat).toMatch(/one researcher's published opinion/);
  });
});

describe('the reading list', () => {
  const ids = (answers: Parameters<typeof persona>[0]) => assess(data, persona(answers), sections).sections.map((s) => s.id);

  test('is at most five sections, the leading role first, each with a few words on why', () => {
    const result = assess(data, persona({ stage: 'masters', skills: { ml: 3, research: 3 }, research_experience: 'some', phd: 'yes', region: 'us' }), sections);
    expect(result.sections.length).toBeLessThanOrEqual(5);
    expect(result.sections[0]?.id).toBe(result.roles[0]?.id);
    for (const section of result.sections) expect(section.why?.length).toBeGreaterThan(0);
    expect(result.sections.map((section) => section.id)).toEqual(expect.arrayContaining(['deep-learning-researcher', 'research-experience']));
  });

  test('follows the region: a UK applicant is not sent to the US statement of purpose', () => {
    const base = { stage: 'masters', skills: { ml: 3, research: 3 }, research_experience: 'some', phd: 'yes' } as const;
    expect(ids({ ...base, region: 'uk' })).not.toContain('statement-of-purpose');
    expect(ids({ ...base, region: 'us' })).toContain('statement-of-purpose');
  });

  test('leaves out notes of a folder that say nothing of whom they are for, and keep those that do', () => {
    const note = (id: string, extra: Partial<(typeof sections)[number]> = {}) => ({
      ...sections[0]!,
      id,
      title: id,
      origin: '--guide',
      stages: [],
      roles: [],
      regions: [],
      tags: [],
      ...extra,
    });
    const mine = [...sections, note('index'), note('widgets/about', { tags: ['home'] }), note('my-re-notes', { roles: ['research-engineer'] })];
    const listed = assess(
      data,
      persona({ stage: 'industry', skills: { software: 4, ml: 3, research: 2 }, research_experience: 'some', phd: 'no' }),
      mine,
    ).sections.map((s) => s.id);
    expect(listed).not.toContain('index');
    expect(listed).not.toContain('widgets/about');
    expect(listed).toContain('my-re-notes');
  });

  test('leaves out PhD application advice for someone not considering a PhD, or past one', () => {
    const engineer = ids({ stage: 'industry', skills: { software: 4, ml: 3, research: 2 }, research_experience: 'some', phd: 'no' });
    expect(engineer).toEqual(expect.arrayContaining(['research-engineer']));
    expect(engineer).not.toContain('phd-process');
    for (const research_field of ['ml', 'science'] as const) {
      const graduate = ids({
        stage: 'phd-graduate',
        skills: { ml: 3, research: 3, theory: 2 },
        research_experience: 'substantial',
        research_field,
        publications: 3,
      });
      expect(graduate).not.toContain('where-to-apply');
    }
  });

  test("keeps a place for a section on the person's focus when one is tagged with it", () => {
    // A school student's steps cite the foundations; their focus still earns policy and strategy a place.
    const result = assess(data, persona({ stage: 'school', skills: { software: 1 }, interests: ['ideas'], focus: ['governance'] }), sections);
    expect(result.sections).toContainEqual(expect.objectContaining({ id: 'policy-strategy', why: expect.stringContaining('governance') }));
    expect(result.sections.length).toBeLessThanOrEqual(5);
  });

  test('follows the roles that fit, or the top one when none does yet', () => {
    expect(ids({ stage: 'industry', skills: { software: 4 }, interests: ['infrastructure'] })).toContain('infrastructure-engineer');
    expect(ids({ stage: 'other' })).toContain('research-engineer');
  });
});
