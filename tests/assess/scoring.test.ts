import { describe, expect, test } from 'vitest';
import { rankRoles } from '../../src/assess/scoring.js';
import { loadAssessment } from './load-data.js';
import { DL_PHD_STUDENT, persona } from './personas.js';

const { data } = loadAssessment();
const ranking = (answers: Parameters<typeof rankRoles>[1]) => rankRoles(data, answers);
const top = (answers: Parameters<typeof rankRoles>[1]) => ranking(answers)[0];

describe('one persona per role, from the guide', () => {
  test('a production engineer with numerical experience who likes implementation: research engineer', () => {
    // "Research engineers have a lot of B and some of A"; strong A can learn B, and
    // numerical programming, applied maths and messy codebases ease the transition.
    const answers = persona({
      stage: 'industry',
      skills: { software: 4, ml: 2, research: 1, theory: 1 },
      numerical: true,
      interests: ['implementation'],
    });
    expect(top(answers)).toMatchObject({ id: 'research-engineer', fit: 'strong' });
    const rules = ranking(answers)[0]?.reasons.map((reason) => reason.rule);
    expect(rules).toEqual(expect.arrayContaining(['engineers-can-learn-ml', 'numerical-eases-the-move']));
  });

  test('a PhD student strong at both implementation and research direction: deep learning researcher', () => {
    // Deep learning researchers "need to be competent at both B and C"; research
    // experience and publications are what research careers are judged on.
    const answers = persona(DL_PHD_STUDENT);
    expect(top(answers)).toMatchObject({ id: 'deep-learning-researcher', fit: 'strong' });
  });

  test("a master's student with research direction and some theory but little ML coding: ML researcher", () => {
    // Other subfields of ML "tend to be mostly C with some D".
    const answers = persona({
      stage: 'masters',
      skills: { software: 1, ml: 1, research: 3, theory: 2 },
      research_experience: 'some',
      publications: 1,
      interests: ['ideas'],
      phd: 'yes',
      region: 'us',
    });
    expect(top(answers)).toMatchObject({ id: 'ml-researcher', fit: 'strong' });
  });

  test('an undergraduate with published-level theory: theory researcher', () => {
    // Theory such as COLT or agent foundations "is primarily D".
    const answers = persona({
      stage: 'undergrad',
      top_institution: true,
      skills: { software: 1, ml: 1, research: 2, theory: 4 },
      research_experience: 'some',
      interests: ['theory'],
      phd: 'yes',
      region: 'uk',
    });
    expect(top(answers)).toMatchObject({ id: 'theory-researcher', fit: 'strong' });
  });

  test('a senior software engineer with little ML who likes building tools: infrastructure engineer', () => {
    // Labs hire software engineers (skill set A) for infrastructure and tooling.
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 1 }, interests: ['infrastructure'] });
    expect(top(answers)).toMatchObject({ id: 'infrastructure-engineer', fit: 'strong' });
  });

  test('someone drawn to policy with a moderate technical background: policy and strategy', () => {
    // Strategy and policy are a different path; a technical background enriches it.
    const answers = persona({ skills: { software: 2, ml: 1, research: 1, theory: 1 }, interests: ['policy'] });
    expect(top(answers)).toMatchObject({ id: 'policy-strategy' });
  });

  test('policy is ranked by its fit like any other role: a strong engineer drawn only to policy gets it first', () => {
    // The source: strategy work is enriched by some people with a technical background, so
    // technical strength is no reason to push policy below a technical role nobody asked for.
    const answers = persona({ stage: 'industry', skills: { software: 4, ml: 2, research: 1, theory: 1 }, numerical: true, interests: ['policy'] });
    expect(top(answers)).toMatchObject({ id: 'policy-strategy', fit: 'strong' });
  });

  test('without an interest in policy, policy never fits, however strong the technical skills', () => {
    const answers = persona({
      stage: 'industry',
      skills: { software: 4, ml: 4, research: 4, theory: 4 },
      research_experience: 'substantial',
      interests: ['implementation'],
    });
    expect(ranking(answers).find((role) => role.id === 'policy-strategy')?.fit).toBe('stretch');
  });
});

describe('rules of the guide', () => {
  test('without research experience, research roles are a stretch for now, whatever the score', () => {
    const answers = persona({ stage: 'industry', skills: { software: 2, ml: 4, research: 4, theory: 2 }, phd: 'yes' });
    const research = ranking(answers).filter((role) => role.id.endsWith('-researcher'));
    expect(research.map((role) => role.fit)).toEqual(['stretch', 'stretch', 'stretch']);
    const dl = research.find((role) => role.id === 'deep-learning-researcher');
    expect(dl?.score).toBeGreaterThanOrEqual(data.fit.strong);
    expect(dl?.reasons).toContainEqual(
      expect.objectContaining({ rule: 'no-research-experience-yet', cap: 'stretch', answers: ['research_experience'], section: 'research-experience' }),
    );
  });

  test('theory research needs a strong theory rating', () => {
    const answers = persona({ skills: { research: 4, theory: 1 }, research_experience: 'substantial', publications: 3 });
    expect(ranking(answers).find((role) => role.id === 'theory-researcher')?.fit).toBe('stretch');
  });

  test('ruling out a PhD narrows research roles before one, and not after', () => {
    const scoreOf = (answers: Parameters<typeof rankRoles>[1]) => ranking(answers).find((role) => role.id === 'deep-learning-researcher')?.score ?? NaN;
    const base = { skills: { ml: 2, research: 2 }, research_experience: 'some' as const };
    expect(scoreOf(persona({ ...base, stage: 'industry', phd: 'no' }))).toBeLessThan(scoreOf(persona({ ...base, stage: 'industry', phd: 'maybe' })));
    // PhD students are not asked; their default "no" must not count against them.
    expect(ranking(persona({ ...base, stage: 'phd-student' })).flatMap((r) => r.reasons.map((x) => x.rule))).not.toContain('no-phd-narrows-research');
  });

  test('a score is the sum of its reasons, and every reason names answers and a section', () => {
    const answers = persona({
      stage: 'masters',
      skills: { software: 3, ml: 2, research: 2, theory: 2 },
      numerical: true,
      interests: ['implementation', 'ideas'],
      research_experience: 'some',
      publications: 1,
      phd: 'maybe',
    });
    for (const role of ranking(answers)) {
      expect(role.score).toBe(role.reasons.reduce((sum, reason) => sum + reason.points, 0));
      for (const reason of role.reasons) {
        expect(reason.text).not.toBe('');
        expect(reason.section).toMatch(/^[a-z0-9-]+$/);
      }
    }
    // A skill's reason is a sentence about the person, naming the level as the menu did; the points stay in the data.
    const re = ranking(answers).find((role) => role.id === 'research-engineer');
    expect(re?.reasons[0]).toMatchObject({ points: 12, answers: ['skills.software'], rule: 'skill-weight', section: 'research-engineer' });
    expect(re?.reasons[0]?.text).toMatch(/^Your software engineering rating .*Production systems, level 4 of 5/);
    // The skill the role weights most reads differently from the others.
    const shape = (text = '') => text.replace(/[a-zA-Z ]+ rating/, 'SKILL').replace(/[A-Za-z' ]+, level \d of 5/, 'LEVEL');
    const ml = re?.reasons.find((reason) => reason.answers[0] === 'skills.ml');
    expect(ml?.text).toMatch(/ML implementation rating.*From a description, level 3 of 5/);
    expect(shape(ml?.text)).not.toBe(shape(re?.reasons[0]?.text));
    expect(re?.reasons[0]?.text).not.toMatch(/×|weight/);
  });

  test('a role that fits ranks above a stretch, whatever the raw scores', () => {
    // Good at ML implementation and research direction but no research experience yet: deep learning
    // research scores highest but is a stretch for now; research engineering fits today, so it comes first.
    const roles = ranking(
      persona({ stage: 'industry', skills: { software: 0, ml: 3, research: 2, theory: 2 }, research_experience: 'none', interests: ['ideas'], phd: 'yes' }),
    );
    const dl = roles.find((r) => r.id === 'deep-learning-researcher');
    expect(dl?.fit).toBe('stretch');
    expect(roles[0]).toMatchObject({ id: 'research-engineer', fit: 'possible' });
    expect(dl && roles[0] && dl.score).toBeGreaterThanOrEqual(roles[0]?.score ?? Infinity);
    const fits = roles.map((r) => ['stretch', 'possible', 'strong'].indexOf(r.fit));
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
  });

  test("all six roles are ranked best first, ties in the guide's reading order", () => {
    const readingOrder = data.roles.map((role) => role.id);
    const fitRank = (fit: string) => ['stretch', 'possible', 'strong'].indexOf(fit);
    for (const answers of [persona(), persona({ stage: 'industry', skills: { software: 4 } }), persona({ stage: 'phd-student', skills: { theory: 4 } })]) {
      const roles = ranking(answers);
      expect([...roles.map((role) => role.id)].sort()).toEqual([...readingOrder].sort());
      for (let i = 1; i < roles.length; i++) {
        const [a, b] = [roles[i - 1]!, roles[i]!];
        const order = fitRank(a.fit) - fitRank(b.fit) || a.score - b.score || readingOrder.indexOf(b.id) - readingOrder.indexOf(a.id);
        expect(order, `${a.id} before ${b.id}`).toBeGreaterThan(0);
      }
    }
  });
});
