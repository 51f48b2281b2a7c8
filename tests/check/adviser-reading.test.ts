import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/check/read-markdown.js';
import { reviewDraft, type ReviewContext } from '../../src/check/review.js';
import { loadRules } from './load-rules.js';

/*
 * Three statements written for these tests (a strong one, a weak one and a
 * mixed one), reviewed as an adviser read them: every praise earned by a
 * sentence that shows it, nothing said twice, nothing praised and faulted.
 */

const rules = loadRules();
const US_SOP: ReviewContext = { kind: 'sop', region: 'us', interdisciplinary: false };
const review = (name: string) =>
  reviewDraft(readMarkdown(fs.readFileSync(path.join(import.meta.dirname, 'corpus', 'statements', `${name}.md`), 'utf8')), rules, US_SOP);
const quoted = (r: ReturnType<typeof review>, rule: string) => r.strengths.find((s) => s.rule === rule)?.quotes.map((q) => q.text) ?? [];

describe('a statement an adviser would call strong', () => {
  const r = review('strong');

  it('is praised for the four parts, each with the sentence that shows it, and told nothing to change', () => {
    expect(r.findings).toEqual([]);
    expect(quoted(r, 'sop-research-so-far')[0]).toMatch(/^During my final year at the University of Leeds I trained sparse autoencoders/);
    expect(quoted(r, 'sop-opening')[0]).toMatch(/^During my final year/);
    expect(quoted(r, 'sop-interests')[0]).toMatch(/^I want to study circuits in small language models/);
    expect(quoted(r, 'sop-area-then-topics')).toHaveLength(1);
    expect(quoted(r, 'sop-fit')[0]).toMatch(/^Professor Rivera's group at Example University studies exactly these questions/);
  });
});

describe('a statement an adviser would call weak', () => {
  const r = review('weak');
  const praised = r.strengths.map((s) => s.rule);
  const found = r.findings.map((f) => f.rule);

  it('is not praised for research it has not done, nor for a long motivation', () => {
    expect(praised).not.toContain('sop-research-so-far');
    expect(found).toContain('sop-research-so-far');
    expect(praised).not.toContain('sop-motivation-brief');
    expect(found).toEqual(expect.arrayContaining(['sop-motivation-brief', 'sop-ranks-fields', 'sop-opening-cliche', 'sop-area-then-topics']));
  });

  it('is told once about its opening', () => {
    expect(found.filter((id) => id.startsWith('sop-opening'))).toEqual(['sop-opening-cliche']);
  });
});

describe('a statement an adviser would call mixed', () => {
  const r = review('mixed');
  const found = r.findings.map((f) => f.rule);

  it("counts the writer's thesis as research, not the supervisor's lab, and the wish with hypotheses as interests", () => {
    expect(quoted(r, 'sop-research-so-far')[0]).toMatch(/^For my thesis I built/);
    expect(quoted(r, 'sop-area-then-topics')[0]).toMatch(/^I would like to test hypotheses about why reward models fail/);
    expect(r.findings.find((f) => f.rule === 'sop-not-a-proposal')?.quotes.map((q) => q.text)).not.toContainEqual(expect.stringMatching(/would like to test/));
  });

  it('is told that no group is named as one to join, though it names a lab for its past work', () => {
    expect(r.findings.find((f) => f.rule === 'sop-fit')?.found).toMatch(/named as one you would like to work with/);
  });

  it('is not praised for a short motivation argued in moral-philosophy terms', () => {
    expect(found).toContain('sop-moral-philosophy');
    expect(r.strengths.map((s) => s.rule)).not.toContain('sop-motivation-brief');
  });
});
