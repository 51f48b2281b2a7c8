import { describe, expect, it } from 'vitest';
import { readChecks } from '../../src/check/read-checks.js';
import { readMarkdown } from '../../src/check/read-markdown.js';
import { reviewDraft, type ReviewContext } from '../../src/check/review.js';
import { describesIntent } from '../../src/check/sentence-meaning.js';
import type { Section } from '../../src/guide/types.js';
import { loadRules } from './load-rules.js';

/*
 * Verdicts an adviser (a PhD admissions reader, a research mentor) would
 * call wrong, found by running `careers check` on drafts written for these
 * tests: each with sentences that should and should not earn it.
 */

const rules = loadRules();
const US_SOP: ReviewContext = { kind: 'sop', region: 'us', interdisciplinary: false };
const review = (text: string, context = US_SOP) => reviewDraft(readMarkdown(`${text}\n`), rules, context);
const findingIds = (text: string) => review(text).findings.map((f) => f.rule);
const strengthOf = (text: string, rule: string) => review(text).strengths.find((s) => s.rule === rule);
const wordsOf = (text: string) => readMarkdown(`${text}\n`).blocks[0]?.sentences[0]?.words ?? [];

describe('what the writer wants to work on next', () => {
  it.each([
    'I want to study circuits in language models.',
    "I'd like to study circuits in language models.",
    'My goal is to work on interpretability of transformer features.',
    'In graduate school I hope to investigate how reward models fail.',
    'I would like to pursue research on scalable oversight.',
    'I aim to work on mechanistic interpretability.',
    'Next, I want to understand how language models represent truth.',
    'I am keen to explore adversarial robustness during my PhD.',
    'I plan to focus on interpretability of transformer features.',
    "I'm excited to work on scalable oversight.",
    'During my PhD I would work on interpretability.',
    'I want to research deceptive alignment.',
    'I am interested in the interpretability of transformer features.',
    'My research interests lie in robustness to distribution shift.',
  ])('is said in "%s"', (text) => {
    expect(findingIds(text)).not.toContain('sop-interests');
    expect(strengthOf(text, 'sop-interests')?.quotes[0]?.text).toBe(text);
  });

  it.each([
    'I want to pursue a PhD at a strong university.',
    'I want to do research.',
    'I worked on interpretability at a start-up.',
    'Interpretability is important for safety.',
    'I studied at the University of Leeds.',
    'My interests include reading, hiking and chess.',
  ])('is not said in "%s": a degree, a wish without a topic, past work or hobbies', (text) => {
    expect(findingIds(text)).toContain('sop-interests');
  });

  it('is an intention read from the grammar, whatever the verb after it', () => {
    expect(describesIntent(wordsOf('My main goal is to build tools for auditing models.'), 'My main goal is to build tools for auditing models.')).toBe(true);
    expect(describesIntent(wordsOf('I am eager to test this.'), 'I am eager to test this.')).toBe(true);
    expect(describesIntent(wordsOf('I am a keen runner.'), 'I am a keen runner.')).toBe(false);
    expect(describesIntent(wordsOf('Their goal was to ship a product.'), 'Their goal was to ship a product.')).toBe(false);
  });
});

describe("a statement's length", () => {
  // Twenty words a sentence, each sentence different (a repeat would count once).
  const sentence = (i: number) => `In experiment ${i} I compared two probes on a different layer of the model and wrote down what changed. `;
  const text = (words: number) => Array.from({ length: Math.ceil(words / 20) }, (_, i) => sentence(i)).join('');
  const tenth = 'I want to study circuits in language models. I trained sparse autoencoders on a small model and found features that track negation.';

  it('of about a tenth of a page is told to change, plainly, with the length the guide gives', () => {
    const finding = review(tenth).findings.find((f) => f.rule === 'sop-length');
    expect(finding?.level).toBe('change');
    expect(finding?.found).toMatch(/far too short for a statement of purpose: 1 to 2 pages/);
  });

  it('that is too long keeps the gentler word, and at a page and a half is praised', () => {
    const long = review(text(1500)).findings.find((f) => f.rule === 'sop-length');
    expect(long?.level).toBe('consider');
    expect(long?.found).not.toMatch(/far too short/);
    expect(review(text(700)).strengths.map((s) => s.rule)).toContain('sop-length');
  });

  it('is not praised for its length at about 0.6 pages, and is told it is short; just under a page is left alone', () => {
    const short = review(text(300));
    expect(short.strengths.map((s) => s.rule)).not.toContain('sop-length');
    expect(short.findings.find((f) => f.rule === 'sop-length')).toMatchObject({ level: 'consider', found: expect.stringMatching(/about 0\.6 pages; 1 to 2/) });
    const almost = review(text(440));
    expect(almost.pages).toBe(0.9);
    expect([...almost.strengths.map((s) => s.rule), ...almost.findings.map((f) => f.rule)]).not.toContain('sop-length');
  });
});

describe('research already done', () => {
  it.each([
    'I trained sparse autoencoders on a small language model and found features that track negation.',
    'I investigated why count-based exploration fails under noise.',
    'I built a simulator for multi-agent reward learning.',
    "I was a research assistant in Professor Kim's lab, where I trained reward models.",
  ])('is recognised in "%s"', (text) => expect(strengthOf(text, 'sop-research-so-far')?.quotes[0]?.text).toBe(text));

  it.each([
    'I built data pipelines at a bank.',
    'I studied mathematics at the University of Bristol.',
    'I read papers on interpretability every week.',
    'I led a team of five engineers.',
  ])('is not praised for "%s": a job, a course or reading', (text) => {
    expect(findingIds(text)).toContain('sop-research-so-far');
    expect(findingIds(text)).toContain('sop-opening');
  });

  it('is quoted from the research, not from the job before it', () => {
    const draft =
      'I have spent two years as a software engineer at a fintech company, where I built data pipelines in Python and Spark. In my spare time I reproduced the induction-head results of Olsson et al. (2022) on a two-layer model.';
    const quoted = (rule: string) => strengthOf(draft, rule)?.quotes[0]?.text;
    expect(quoted('sop-research-so-far')).toMatch(/^In my spare time I reproduced/);
    expect(quoted('sop-opening')).toMatch(/^In my spare time I reproduced/);
  });
});

describe('the group the writer would join', () => {
  it.each([
    "Last summer I worked in Dr. Ortiz's group, and I hope to continue there.",
    'I would be glad to work with Professor Lee.',
    "Having read Professor Okafor's papers, I would like to join her group.",
  ])('is named in "%s"', (text) => expect(findingIds(text)).not.toContain('sop-fit'));

  it.each([
    "I was a research assistant in Professor Kim's lab, where I trained reward models.",
    'I interned at the Example AI Lab in London.',
    "In Professor Kim's lab, I trained reward models.",
  ])('is not named by a past group in "%s"', (text) => expect(findingIds(text)).toContain('sop-fit'));
});

describe('a research proposal', () => {
  const UK: ReviewContext = { kind: 'proposal', region: 'uk', interdisciplinary: false };
  const proposal = [
    '# Detecting reward tampering before deployment',
    '## Research question',
    "Can we detect an agent's tendency to tamper with its reward from its internal representations, before it is deployed?",
    '## Methods',
    'In the first year I will build a suite of environments in which tampering is possible.',
  ].join('\n\n');

  it('is praised for its question by quoting the question, not the first plan', () => {
    const strength = review(proposal, UK).strengths.find((s) => s.rule === 'proposal-question');
    expect(strength?.quotes[0]?.text).toMatch(/^Can we detect/);
  });

  it('with no question still counts a stated plan, and with neither says so', () => {
    expect(review('In the first year I will build a suite of environments.', UK).findings.map((f) => f.rule)).not.toContain('proposal-question');
    expect(review('Reward tampering is a known problem.', UK).findings.map((f) => f.rule)).toContain('proposal-question');
  });

  it('outside the UK is told what programmes that ask for a proposal expect, not what UK ones do', () => {
    const finding = review(proposal, { ...UK, region: 'other' }).findings.find((f) => f.rule === 'proposal-length');
    expect(finding?.found).toMatch(/programmes that ask for one, as in the UK, usually expect 2 to 3 pages/);
  });
});

describe('a CV', () => {
  const CV: ReviewContext = { kind: 'cv', region: 'us', stage: 'undergrad', interdisciplinary: false };
  const headings = (...names: string[]) => names.map((name) => `## ${name}\n\nA line of text under ${name}.`).join('\n\n');
  const findings = (text: string) => review(text, CV).findings.map((f) => f.rule);

  it('that opens with a business-style summary is told so', () => {
    expect(findings(headings('Summary', 'Research experience'))).toContain('cv-objective');
    expect(findings(headings('Professional summary', 'Research experience'))).toContain('cv-objective');
  });

  it('with a summary of its research is not', () => {
    expect(findings(headings('Research summary', 'Publications'))).not.toContain('cv-objective');
  });
});

describe('wording that ranks other work', () => {
  it.each([
    'Work on fairness is a distraction from the real problems.',
    'Fairness research is less important than alignment.',
    'I believe interpretability is more important than capabilities research.',
    'Near-term ethics debates are pointless.',
  ])('is found in "%s"', (text) => expect(findingIds(text)).toContain('sop-ranks-fields'));

  it.each([
    'I found that the auxiliary loss was irrelevant to final performance.',
    'The probe showed that position was less important than token identity.',
    'Without a value baseline, most of the rollouts were a waste of compute.',
    'The agent learned a pointless loop that still earned reward.',
  ])('is not a result reported in "%s"', (text) => expect(findingIds(text)).not.toContain('sop-ranks-fields'));
});

describe('a short beneficial-AI motivation', () => {
  it('is praised for a sentence about the world, not for the word "motivation"', () => {
    expect(strengthOf('As I learned more, my motivation grew.', 'sop-motivation-brief')).toBeUndefined();
    expect(strengthOf('I am passionate about compilers.', 'sop-motivation-brief')).toBeUndefined();
    expect(strengthOf('I want AI systems that society can rely on.', 'sop-motivation-brief')?.quotes[0]?.text).toMatch(/^I want AI systems/);
  });
});

describe('why a PhD', () => {
  it('is not said by naming the programme applied to', () => {
    expect(findingIds('I am applying to the PhD program in Computer Science at Example University.')).toContain('sop-why-phd');
  });

  it.each(['A PhD would give me the years to answer these questions.', 'I chose a doctorate because I want to lead research of my own.'])(
    'is said in "%s"',
    (text) => expect(strengthOf(text, 'sop-why-phd')?.quotes[0]?.text).toBe(text),
  );
});

describe('a statement that reads like a proposal', () => {
  it.each(['I am excited to join a group whose research questions match mine.', 'I am keen to learn the methodology of careful evaluation.'])(
    'is not made by a wish that uses a proposal word: "%s"',
    (text) => expect(findingIds(text)).not.toContain('sop-not-a-proposal'),
  );
});

describe('an area followed by topics', () => {
  it.each([
    'I want to study circuits in small language models.',
    'I hope to work on interpretability, and in particular on how small models represent negation.',
    "I'd hope to work on interpretability and in particular circuits.",
    'I would love to study deception in multi-agent systems.',
    'I want to work on robustness, especially reward hacking.',
    "I'd like to study how language models represent truth.",
    'I would like to test hypotheses about how reward models generalise.',
  ])('is recognised in "%s", and so is what the writer wants to work on', (text) => {
    expect(findingIds(text)).not.toContain('sop-interests');
    expect(strengthOf(text, 'sop-area-then-topics')?.quotes[0]?.text).toBe(text);
  });

  it.each([
    'I am interested in interpretability.',
    'I am interested in AI safety in general.',
    'I want to study interpretability in my PhD.',
    "I want to study deception in Professor Lee's group.",
    'I hope to work on research in machine learning.',
  ])('is not read into "%s": an area, a time or a place', (text) => expect(findingIds(text)).toContain('sop-area-then-topics'));
});

describe('a wish that names hypotheses', () => {
  it.each(['I would like to test hypotheses about how reward models generalise.', "I'd love to test the hypothesis that probes find planning."])(
    'is what the writer wants to work on, not proposal wording: "%s"',
    (text) => {
      expect(findingIds(text)).not.toContain('sop-not-a-proposal');
      expect(findingIds(text)).not.toContain('sop-interests');
      expect(findingIds(text)).toContain('sop-research-so-far');
    },
  );

  it.each(['I will test the hypothesis that reward models can be made robust.', 'I would then test the hypothesis that reward models can be made robust.'])(
    'set out as a plan still reads like a proposal: "%s"',
    (text) => expect(findingIds(text)).toContain('sop-not-a-proposal'),
  );
});

describe("others' past work", () => {
  it.each([
    'The group published a paper on reward hacking.',
    'Their lab showed that probes can find truth directions.',
    "Professor Lee's group found that sparse features are stable.",
    "My advisor's lab showed that probes can find truth directions.",
    'My supervisor published a paper on reward hacking.',
    'Our lab showed that probes can find truth directions.',
  ])('is neither the writer\'s research nor a group they would join: "%s"', (text) => {
    expect(findingIds(text)).toContain('sop-research-so-far');
    expect(findingIds(text)).toContain('sop-fit');
  });

  it.each([
    "Professor Lee's group found that sparse features are stable, and I would like to build on this.",
    'The group led by Professor Lee studies deception in agents.',
    "Professor Okafor's group asks the question my project raised.",
    "Professor Rivera's group studies these questions, and her paper is close to the experiments I ran at Leeds.",
  ])('names a group when the writer says they would join it, or the group is described as it is: "%s"', (text) =>
    expect(findingIds(text)).not.toContain('sop-fit'),
  );

  it.each([
    'My undergraduate thesis compared three planning methods.',
    'Our paper showed that probes find planning.',
    'We showed that the policy generalises.',
  ])('is not what the writer\'s own work is: "%s"', (text) => expect(strengthOf(text, 'sop-research-so-far')?.quotes[0]?.text).toBe(text));
});

describe('an opening with research', () => {
  it.each([
    'I am interested in interpretability research.',
    'I have been interested in interpretability research since my first year.',
    'I became interested in interpretability research during a course.',
    'I developed an interest in interpretability research in my second year.',
    'I got interested in machine learning research through a reading group.',
    'I was deeply fascinated by research on language models.',
  ])('is not made by interests alone: "%s"', (text) => {
    expect(strengthOf(text, 'sop-opening')).toBeUndefined();
    expect(findingIds(text)).toContain('sop-opening');
    expect(findingIds(text)).toContain('sop-research-so-far');
  });

  it.each(['I have been working on reward models for a year.', 'I have trained sparse autoencoders on a small model.'])('is made by work done: "%s"', (text) =>
    expect(strengthOf(text, 'sop-opening')?.quotes[0]?.text).toBe(text),
  );
});

describe('the opening', () => {
  const research = 'I trained sparse autoencoders on a small language model and found features that track negation.';
  const interests = 'I am interested in interpretability, because I think that we cannot trust systems we do not understand, and I have read widely about it.';

  it('is the first paragraph: research in the second is not what the statement opens with', () => {
    const review = reviewDraft(readMarkdown(`${interests}\n\n${research}\n`), rules, US_SOP);
    expect(review.strengths.map((s) => s.rule)).not.toContain('sop-opening');
    expect(review.findings.find((f) => f.rule === 'sop-opening')?.quotes[0]?.text).toBe(interests);
  });

  it('reads on past a title or a one-line hook', () => {
    const review = reviewDraft(readMarkdown(`Statement of Purpose\n\n${research}\n`), rules, US_SOP);
    expect(review.strengths.find((s) => s.rule === 'sop-opening')?.quotes[0]?.text).toBe(research);
  });
});

describe('what an adviser found reading whole statements', () => {
  it('does not count coursework as research, though research things are named', () => {
    expect(findingIds('I took courses in machine learning, statistics and algorithms, and I enjoyed them very much.')).toContain('sop-research-so-far');
    expect(strengthOf('I trained three reward models on preference data.', 'sop-research-so-far')).toBeDefined();
  });

  it('gives the motivation one verdict: argued in moral-philosophy terms, it is not also praised as short', () => {
    const text = 'I built a planner. From a utilitarian perspective, the long-term future of humanity depends on this work.';
    expect(findingIds(text)).toContain('sop-moral-philosophy');
    expect(strengthOf(text, 'sop-motivation-brief')).toBeUndefined();
    expect(strengthOf('I built a planner. The long-term future of humanity depends on this work.', 'sop-motivation-brief')).toBeDefined();
  });

  it('counts grand claims about the technology as motivation', () => {
    const grand = [
      'I have always hoped to make a difference in the world.',
      'Artificial intelligence is the most important technology of our time.',
      'It will transform society.',
      'The future of civilization depends on it.',
    ].join(' ');
    expect(findingIds(grand)).toContain('sop-motivation-brief');
  });

  it('quotes a sentence that names an area and a topic once', () => {
    const text = 'I hope to work on interpretability, and in particular on how small models represent negation.';
    expect(strengthOf(text, 'sop-area-then-topics')?.quotes).toHaveLength(1);
  });

  it('says no group is named as one to work with, which is true of a group named for its past work', () => {
    const finding = review('The Alignment Lab at Example University published a paper on reward ensembles.').findings.find((f) => f.rule === 'sop-fit');
    expect(finding?.found).toBe('No faculty member or group is named as one you would like to work with.');
  });
});

describe('one thing said once', () => {
  it('tells a stock opening that it is one, and not again that it is not research', () => {
    const ids = findingIds('Ever since I was a child I have loved computers. I want a PhD because I want to lead research.');
    expect(ids).toContain('sop-opening-cliche');
    expect(ids).not.toContain('sop-opening');
    expect(findingIds('I have loved computers for years. I want a PhD because I want to lead research.')).toContain('sop-opening');
  });

  it('refuses a rule that names an unknown rule to stay quiet beside', () => {
    const rule = { id: 'a-rule', kinds: ['sop'], level: 'consider', test: { type: 'cites' }, found: 'x', why: 'y', section: 'statement-of-purpose' };
    const data = {
      'checks/mine.yaml': { file: 'checks/mine.yaml', origin: 'test', version: '1', data: { rules: [{ ...rule, unsaid_beside: ['no-such-rule'] }] } },
    };
    const { problems } = readChecks({ data }, [{ id: 'statement-of-purpose' } as Section]);
    expect(problems.map((p) => p.message)).toEqual(['no rule "no-such-rule"']);
  });
});
