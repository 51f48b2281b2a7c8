import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { allChanges, CHANGED_MARKER, names, namesOf } from '../../src/guide/changes.js';
import { checkGuide } from '../../src/guide/check.js';
import { withBody } from '../../src/guide/types.js';
import { ROUTES_SECTION } from '../../src/guide/routes.js';
import { planNote } from '../../src/render/plan.js';
import { sectionMarkdown } from '../../src/render/section-markdown.js';
import { answersArbitrary } from '../assess/arbitraries.js';
import { builtinAssessment, builtinGuide } from '../helpers/builtin-guide.js';

const guide = builtinGuide();
const data = builtinAssessment();
const changes = allChanges(guide.sections);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('advice that is true today', () => {
  it('dates and sources every note on a change and every route record', () => {
    expect(changes.length).toBeGreaterThan(5);
    for (const change of changes) {
      expect(change.as_of, change.name).toMatch(DAY);
      expect(change.source.length, change.name).toBeGreaterThan(10);
    }
    expect(guide.routes().length).toBeGreaterThan(5);
    for (const route of guide.routes()) {
      expect(route.checked, route.id).toMatch(DAY);
      expect(route.source.length, route.id).toBeGreaterThan(10);
      expect(route.url, route.id).toMatch(/^https:\/\//);
    }
  });

  it('notes the bodies that closed or were renamed since 2020', () => {
    const noted = changes.flatMap(namesOf);
    for (const name of ['FHI', 'MIRI', 'Google Brain', 'FAIR', 'Google Brain Residency']) expect(noted, name).toContain(name);
    expect(changes.find((c) => namesOf(c).includes('FHI'))?.note).toMatch(/closed on 16 April 2024/);
  });

  it('shows each change near the top of its section and marks every line that names it', () => {
    for (const section of guide.sections.filter((s) => s.changed.length)) {
      const text = sectionMarkdown(withBody(guide, section));
      const box = text.indexOf('Changed since the source');
      const body = text.indexOf('## In short');
      expect(box, section.id).toBeGreaterThan(0);
      expect(box, section.id).toBeLessThan(body);
      for (const line of text.slice(body).split('\n')) {
        const named = section.changed.some((change) => namesOf(change).some((name) => names(line, name)));
        if (named) expect(line, section.id).toContain(CHANGED_MARKER);
      }
    }
  });

  it('has no broken link and no change note whose name the text never uses', () => {
    expect(checkGuide(guide.sections.map((s) => withBody(guide, s)))).toEqual([]);
  });

  it('lists today\'s routes in a section of their own, each with its address and the day it was checked', () => {
    const section = guide.section(ROUTES_SECTION);
    expect(section?.aliases).toEqual(expect.arrayContaining(['programs', 'fellowships']));
    const body = guide.body(ROUTES_SECTION);
    for (const route of guide.routes()) {
      expect(body).toContain(route.url);
      expect(body).toContain(`**Checked:** ${route.checked}`);
    }
  });

  it('never names a closed or renamed body in a plan without its note', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const plan = planNote(assess(data, answers, guide.sections, guide.routes()), '2026-11-30T00:00:00.000Z');
        // What the plan says from the 2020 advice: not the notes it carries, nor today's routes (checked records, which name today's bodies).
        const own = plan
          .replace(/## Routes open today[\s\S]*?(?=\n## )/, '')
          .split('\n')
          .filter((line) => !line.includes('Changed since the source'))
          .join('\n');
        for (const name of new Set(changes.flatMap(namesOf))) {
          if (!names(own, name)) continue;
          const notes = changes.filter((change) => namesOf(change).includes(name)).map((change) => change.note);
          expect(notes.some((note) => plan.includes(note)), `${name} without its note`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers current routes, with addresses and check dates, to an undergraduate, an engineer and a PhD graduate', () => {
    const base = { top_institution: false, skills: { software: 3, ml: 2, research: 2, theory: 1 }, numerical: true, publications: 1, research_experience: 'some', interests: ['implementation'], phd: 'maybe', region: 'us' } as const;
    for (const stage of ['undergrad', 'industry', 'phd-graduate'] as const) {
      const result = assess(data, { ...base, stage, interests: [...base.interests] }, guide.sections, guide.routes());
      expect(result.routes?.length, stage).toBeGreaterThan(0);
      for (const route of result.routes ?? []) {
        expect(route.url).toMatch(/^https:\/\//);
        expect(route.checked).toMatch(DAY);
        expect(guide.routes().find((r) => r.id === route.id)?.suits.stages).toContain(stage);
      }
    }
  });
});
