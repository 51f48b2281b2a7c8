import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/check/draft.js';
import { readLatex } from '../../src/check/read-latex.js';
import { readPlainText } from '../../src/check/read-lines.js';
import { readMarkdown } from '../../src/check/read-markdown.js';
import { reviewDraft, type ReviewContext } from '../../src/check/review.js';
import { GOOD_SOP, WEAK_SOP, toLatex, toMarkdown } from './drafts.js';
import { loadRules } from './load-rules.js';

const rules = loadRules();
const US_SOP: ReviewContext = { kind: 'sop', region: 'us', interdisciplinary: false };
const ruleIds = (draft: Draft, context: ReviewContext = US_SOP) =>
  reviewDraft(draft, rules, context)
    .findings.map((f) => f.rule)
    .sort();

describe('a statement of purpose', () => {
  it('that does what the guide asks has no findings, and its strengths are listed first', () => {
    const review = reviewDraft(readMarkdown(toMarkdown(GOOD_SOP)), rules, US_SOP);
    expect(review.findings).toEqual([]);
    expect(review.strengths.map((s) => s.rule)).toEqual(
      expect.arrayContaining([
        'sop-research-so-far',
        'sop-why-phd',
        'sop-interests',
        'sop-fit',
        'sop-cites',
        'sop-area-then-topics',
        'sop-opening',
        'sop-length',
      ]),
    );
  });

  it('that is weak gets each finding, quoting its own words with their lines', () => {
    const review = reviewDraft(readMarkdown(toMarkdown(WEAK_SOP)), rules, US_SOP);
    expect(review.findings.map((f) => f.rule).sort()).toEqual(
      [
        'sop-cites',
        'sop-fit',
        'sop-moral-philosophy',
        'sop-motivation-brief',
        'sop-not-a-proposal',
        // Its opening is a stock phrase: that finding says it, and "the opening does not mention your research" is not said again.
        'sop-opening-cliche',
        'sop-ranks-fields',
        'sop-research-so-far',
        'sop-why-phd',
        'sop-length',
      ].sort(),
    );
    const byRule = new Map(review.findings.map((f) => [f.rule, f]));
    expect(byRule.get('sop-ranks-fields')?.quotes).toEqual([{ text: 'Work on fairness is a distraction from the real problems.', line: 3 }]);
    expect(byRule.get('sop-opening-cliche')?.quotes[0]).toMatchObject({ line: 1, text: expect.stringContaining('Ever since I was a child') });
    expect(byRule.get('sop-not-a-proposal')?.quotes[0]?.line).toBe(5);
    // "change this" findings come first, and the summary names three of them.
    expect(review.findings[0]?.level).toBe('change');
    expect(review.mostImportant).toHaveLength(3);
    expect(review.mostImportant.every((id) => byRule.get(id)?.level === 'change')).toBe(true);
  });

  it('keeps moral philosophy for interdisciplinary programmes, and US-only rules for US applications', () => {
    const draft = readMarkdown(toMarkdown(WEAK_SOP));
    expect(ruleIds(draft, { ...US_SOP, interdisciplinary: true })).not.toContain('sop-moral-philosophy');
    const uk = ruleIds(draft, { ...US_SOP, region: 'uk' });
    expect(uk).not.toContain('sop-not-a-proposal');
    expect(uk).toContain('sop-ranks-fields');
  });

  it('flags citations in two styles, and takes \\cite as one style of its own', () => {
    const mixed = readMarkdown('My research on RL [1] builds on Amodei et al. (2016) and (Leike et al., 2018).\n');
    const finding = reviewDraft(mixed, rules, US_SOP).findings.find((f) => f.rule === 'sop-one-citation-style');
    expect(finding?.quotes.map((q) => q.text)).toEqual(['[1]', 'Amodei et al. (2016)']);
    expect(ruleIds(readLatex('My research \\cite{a} and \\citep{b}.\n'))).not.toContain('sop-one-citation-style');
    expect(ruleIds(readLatex('My research \\cite{a} and also [4].\n'))).toContain('sop-one-citation-style');
  });

  it('reads LaTeX commands and comments as not prose', () => {
    const draft = readLatex(
      '\\documentclass{article}\n\\begin{document}\n% utilitarian notes to self\n\\section{Why a PhD}\nI want a \\textbf{PhD}.\n\\end{document}\n',
    );
    expect(draft.blocks.map((b) => [b.kind, b.text, b.line])).toEqual([
      ['heading', 'Why a PhD', 4],
      ['paragraph', 'I want a PhD.', 5],
    ]);
    expect(ruleIds(draft)).not.toContain('sop-moral-philosophy');
  });

  it('counts only prose: words in code blocks or a references list are not the draft speaking', () => {
    const draft = readMarkdown('I study RL.\n\n```\nutilitarian = True\n```\n\n## References\n\n[1] A. Person. Against utilitarianism. 2020.\n');
    expect(ruleIds(draft)).not.toContain('sop-moral-philosophy');
  });
});

describe('a UK research proposal', () => {
  const proposal = (words: number, extra: string) =>
    `# Robust reward learning\n\n${extra}\n\n${Array.from({ length: Math.ceil(words / 10) }, (_, i) => `Section ${i} of the plan describes one experiment in detail here.`).join(' ')}\n`;
  const UK: ReviewContext = { kind: 'proposal', region: 'uk', interdisciplinary: false };

  it('of two to three pages, with a supervisor and a question, passes its own rules', () => {
    const draft = readMarkdown(
      proposal(1200, 'This project, agreed with my prospective supervisor Dr Ahmed, asks whether reward models can be made robust, following [1].'),
    );
    const review = reviewDraft(draft, rules, UK);
    expect(review.findings.map((f) => f.rule)).toEqual([]);
    expect(review.strengths.map((s) => s.rule)).toEqual(
      expect.arrayContaining(['proposal-length', 'proposal-supervisor', 'proposal-question', 'proposal-cites']),
    );
    // No statement-of-purpose rule looks at a proposal.
    expect(review.strengths.every((s) => s.rule.startsWith('proposal-') || s.rule === 'sop-one-citation-style')).toBe(true);
  });

  it('that is short and names no supervisor says so', () => {
    const review = reviewDraft(readMarkdown(proposal(300, 'This project asks whether reward models can be made robust.')), rules, UK);
    expect(review.findings.map((f) => f.rule).sort()).toEqual(['proposal-cites', 'proposal-length', 'proposal-supervisor']);
    expect(review.findings.find((f) => f.rule === 'proposal-length')?.found).toMatch(
      /about 0\.\d pages?; programmes that ask for one, as in the UK, usually expect 2 to 3 pages/,
    );
  });
});

describe('a US fellowship research plan', () => {
  const US: ReviewContext = { kind: 'proposal', region: 'us', interdisciplinary: false };
  // Sentences that differ (hypothesis 1, 2, ...): a sentence said again is counted once.
  const sentences = (count: number) =>
    Array.from({ length: count }, (_, i) => `This project will test hypothesis ${i + 1} about reward models in a simulated lab [1].`).join(' ');
  const plan = (extra: string) => readMarkdown(`# Robust reward learning\n\n${extra}\n\n${sentences(60)}\n`);

  it('is reviewed as a plan, not told that US programmes want no proposal', () => {
    const review = reviewDraft(plan('## Intellectual Merit\n\nThe aim is a test of robustness.\n\n## Broader Impacts\n\nSafer deployed systems.'), rules, US);
    expect(review.findings.map((f) => f.rule)).toEqual([]);
    expect(review.strengths.map((s) => s.rule)).toEqual(expect.arrayContaining(['proposal-length-us', 'proposal-merit-and-impact', 'proposal-question']));
  });

  it('that names neither criterion, or runs past two pages, says so', () => {
    const long = readMarkdown(`${sentences(120)}\n`);
    expect(
      reviewDraft(long, rules, US)
        .findings.map((f) => f.rule)
        .sort(),
    ).toEqual(['proposal-length-us', 'proposal-merit-and-impact']);
  });
});

describe('a CV', () => {
  const GOOD_CV = [
    '# Ada Student',
    '## Education',
    'BSc Computer Science, Example University, 2021–2025. First-class honours.',
    '## Research experience',
    '- Research assistant, Vision and Learning lab, 2024: reward hacking in simulated robots.',
    '## Publications',
    '- A. Student and B. Mentor. Reward hacking in simulated robots. Workshop on Safe RL, 2023.',
    '- A. Student. Learned dynamics for robot arms. Student Research Symposium, 2022.',
    '## Work experience',
    '- Software intern, Example Corp, 2022.',
    ...Array.from({ length: 30 }, (_, i) => `- Award or activity number ${i}, with a short line describing it.`),
  ].join('\n\n');
  const WEAK_CV = [
    '# Ada Student',
    '## Objective',
    'Seeking a challenging position where I can grow.',
    '## Skills',
    '- Python ★★★★☆',
    '## Relevant coursework',
    '- Machine Learning, Algorithms, Linear Algebra.',
    '## Publications',
    '- A. Student and B. Mentor. Reward hacking in simulated robots. Workshop on Safe RL, 2023.',
    '- A. Student (2022). "Learned dynamics for robot arms". Student Research Symposium.',
    'References available upon request.',
  ].join('\n\n');
  const CV: ReviewContext = { kind: 'cv', region: 'us', stage: 'undergrad', interdisciplinary: false };

  it('that leads with research and has no business habits passes', () => {
    expect(ruleIds(readMarkdown(GOOD_CV), CV)).toEqual([]);
  });

  it('with an objective, skills bars, courses, mixed formats and "references on request" gets each finding', () => {
    const review = reviewDraft(readMarkdown(WEAK_CV), rules, CV);
    expect(review.findings.map((f) => f.rule).sort()).toEqual(
      ['cv-business-habits', 'cv-courses', 'cv-length', 'cv-objective', 'cv-publication-format', 'cv-research-first'].sort(),
    );
    expect(review.findings.find((f) => f.rule === 'cv-business-habits')?.quotes.map((q) => q.text)).toEqual([
      'Seeking a challenging position where I can grow.',
      'Python ★★★★☆',
      'References available upon request.',
    ]);
  });

  it('is held to the length of its stage, too short judged by words so that a half-empty PDF page counts as short', () => {
    const short = readMarkdown('## Research\n\n- A project on robustness, 2024.');
    expect(ruleIds(short, CV)).toContain('cv-length');
    const long = readMarkdown(
      ['## Publications', ...Array.from({ length: 150 }, (_, i) => `- Paper ${i} by A. Student and others at a venue, 2020.`)].join('\n\n'),
    );
    expect(ruleIds(long, CV)).toContain('cv-length');
    expect(ruleIds(long, { ...CV, stage: 'phd-graduate' })).not.toContain('cv-length');
  });

  it('in plain text finds its headings by their look', () => {
    const text = readPlainText('Ada Student\n\nSkills\nPython\n\nResearch experience\nResearch assistant, 2024.\n');
    expect(text.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Ada Student', 'Skills', 'Research experience']);
    expect(ruleIds(text, CV)).toContain('cv-research-first');
  });
});

describe('the same statement as markdown and as LaTeX', () => {
  it.each([GOOD_SOP, WEAK_SOP])('gets the same findings', (source) => {
    expect(ruleIds(readLatex(toLatex(source)))).toEqual(ruleIds(readMarkdown(toMarkdown(source))));
  });
});
