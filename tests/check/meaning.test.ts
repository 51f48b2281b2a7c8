import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/check/citations.js';
import { readMarkdown } from '../../src/check/read-markdown.js';
import { reviewDraft, type ReviewContext } from '../../src/check/review.js';
import { describesDoneWork, describesPlans } from '../../src/check/sentence-meaning.js';
import { loadRules } from './load-rules.js';

const rules = loadRules();
const US_SOP: ReviewContext = { kind: 'sop', region: 'us', interdisciplinary: false };
const sentenceOf = (text: string) => {
  const sentence = readMarkdown(text).blocks[0]?.sentences[0];
  if (!sentence) throw new Error('no sentence');
  return sentence;
};
const review = (text: string, context = US_SOP) => reviewDraft(readMarkdown(text), rules, context);
const findingIds = (text: string, context = US_SOP) => review(text, context).findings.map((f) => f.rule);
const strengthIds = (text: string, context = US_SOP) => review(text, context).strengths.map((s) => s.rule);

describe('work the writer has done', () => {
  it.each([
    'I built a simulator for testing reward models.',
    'We showed that the policy generalises to new rooms.',
    'My undergraduate thesis compared three planning methods.',
    'I have developed a library for safe exploration.',
    "I've also trained agents on six manipulation tasks.",
    'Last summer I worked on reward hacking in the Vision Lab.',
    'I was a research assistant in the robotics group for two years.',
  ])('is recognised in "%s"', (text) => expect(describesDoneWork(sentenceOf(text).words)).toBe(true));

  it.each([
    'I want to build a simulator for testing reward models.',
    'I am interested in research on safe exploration.',
    'I will study how agents generalise.',
    'Research on reward hacking is important.',
    'I was always fascinated by research.',
    'Their lab published a paper on this in 2020.',
  ])('is not read into "%s"', (text) => expect(describesDoneWork(sentenceOf(text).words)).toBe(false));

  it('is what counts as research so far: a keyword in a wish is not evidence', () => {
    expect(findingIds('I hope to do research on robustness one day.\n')).toContain('sop-research-so-far');
    const good = review('I built a benchmark for reward hacking as a research assistant.\n');
    expect(good.strengths.find((s) => s.rule === 'sop-research-so-far')?.quotes).toEqual([
      { text: 'I built a benchmark for reward hacking as a research assistant.', line: 1 },
    ]);
  });
});

describe('plans for the future', () => {
  it.each([
    'I propose to test the hypothesis that reward models can be made robust.',
    'We will evaluate the method on three benchmarks.',
    'In the first year I plan to replicate the baseline.',
    'This project will measure how often agents exploit their reward.',
  ])('are recognised in "%s"', (text) => expect(describesPlans(sentenceOf(text).words, text)).toBe(true));

  it.each([
    'In our 2022 paper we propose a new exploration bonus.',
    'We propose a method for reward learning [3].',
    'I proposed this method in my thesis.',
    'The hypothesis was confirmed by later work.',
  ])('are not read into "%s"', (text) => expect(describesPlans(sentenceOf(text).words, text)).toBe(false));

  it('are what makes a US statement read like a proposal', () => {
    expect(findingIds('I will test the hypothesis that reward models can be made robust.\n')).toContain('sop-not-a-proposal');
    expect(findingIds('In our workshop paper we propose a hypothesis test for reward hacking [1].\n')).not.toContain('sop-not-a-proposal');
  });
});

describe('citations', () => {
  const styles = (text: string) => findCitations(readMarkdown(text)).map((c) => [c.style, c.text]);
  it.each([
    ['numbered', 'This builds on earlier work [4].', [['numbered', '[4]']]],
    ['author and year', 'Safe exploration (Amodei et al., 2016) is open.', [['author-year', '(Amodei et al., 2016)']]],
    ['author, then year', 'Leike and Krueger (2018) set out the problem.', [['author-year', 'Leike and Krueger (2018)']]],
  ])('are found when %s', (_name, text, expected) => expect(styles(text)).toEqual(expected));

  it.each([
    'I joined the lab (June 2023) as an intern.',
    'The project ran (Summer 2022) for ten weeks.',
    'It started in 2021 and ended (In 2023) with a paper.',
  ])('are not a bare date: "%s"', (text) => expect(styles(text)).toEqual([]));

  it('include a list of references, with no citation in the text', () => {
    expect(findingIds('I study RL.\n\n## References\n\nA. Person. A paper on RL. 2020.\n')).not.toContain('sop-cites');
  });
});

describe('naming a group, lab or adviser', () => {
  it.each([
    "Professor Okafor's group at this university asks the question my project left open.",
    'I would be glad to be advised by Dr Imani Reyes.',
    'The Causal Models Lab here releases small reproducible models.',
    "Okafor's lab is where I would most like to work.",
    'I hope to work with the CHAI group on reward learning.',
    'I would like to work with Ana Duarte on causal probing.',
  ])('counts "%s"', (text) => expect(findingIds(`${text}\n`)).not.toContain('sop-fit'));

  it.each([
    'I want to join groups studying interpretability.',
    'I would like to work with a research group on interpretability.',
    'The faculty here are strong, and I hope to find a supervisor who shares my interests.',
    'I worked in a robotics lab for two years.',
    'My advisor would ideally work on AI safety.',
    'Groups in ML and NLP both appeal to me.',
  ])('does not count "%s": it names no one', (text) => expect(findingIds(`${text}\n`)).toContain('sop-fit'));
});

describe('a repetitive draft', () => {
  const paragraph =
    'I trained small transformers on records of board games and probed their hidden states for the pieces. I found that the board could be read from the middle layers.';
  const filler = 'I want a PhD because I want to lead research of my own, and I am interested in interpretability. ';

  it('is told which sentences it repeats, and its length is neither inflated nor praised', () => {
    const once = review(`${filler}\n\n${paragraph}\n`);
    const thrice = review(`${filler}\n\n${paragraph}\n\n${paragraph}\n\n${paragraph}\n`);
    expect(once.findings.map((f) => f.rule)).not.toContain('sop-repeats');
    const repeats = thrice.findings.find((f) => f.rule === 'sop-repeats');
    expect(repeats?.found).toMatch(/^4 sentences/);
    expect(repeats?.quotes.map((q) => q.line)).toEqual([5, 5, 7]);
    expect(thrice.words).toBe(once.words);
    expect(thrice.strengths.map((s) => s.rule)).not.toContain('sop-length');
  });

  it('counts a repeated sentence once towards a limit on how many say something', () => {
    const motivation = 'Society is not ready for what advanced AI systems will do. ';
    expect(findingIds(`I built a planner. ${motivation.repeat(5)}\n`)).not.toContain('sop-motivation-brief');
    expect(findingIds(`I built a planner. ${motivation.repeat(5)}\n`)).toContain('sop-repeats');
  });

  it('is not what a short sentence said twice makes, nor the same words in another order', () => {
    const ids = findingIds('Thank you for reading. I built a planner for robots. Thank you for reading. For robots, I built a planner.\n');
    expect(ids).not.toContain('sop-repeats');
  });
});

describe('motivation', () => {
  it('counts sentences about the world, not idioms that share its words', () => {
    const idioms = [
      'I first met the world of Linux at school.',
      'I would benefit from the expertise of your group.',
      'The robot acts in the real world.',
      'Students benefit from reading groups.',
    ];
    expect(review(`${idioms.join(' ')}\n`).findings.map((f) => f.rule)).not.toContain('sop-motivation-brief');
    const motivation = [
      'Society is not ready for advanced AI.',
      'Humanity faces risks.',
      'The future of work depends on this.',
      'My passion is the long-term future.',
    ];
    expect(findingIds(`${motivation.join(' ')}\n`)).toContain('sop-motivation-brief');
  });

  it('is not praised for being short when there is none', () => {
    expect(strengthIds('I built a benchmark for reward hacking.\n')).not.toContain('sop-motivation-brief');
    expect(strengthIds('I built a benchmark. Society needs safe AI.\n')).toContain('sop-motivation-brief');
  });
});

describe('whole sentences', () => {
  const long = `After four years of coursework, two internships, a long stretch of teaching myself statistics from library books and many conversations with the students in my lab about their work, I finally decided that I want to do a Ph.D. in machine learning.`;

  it('are matched past the length a quote is cut to, and Ph.D. is PhD', () => {
    expect(long.indexOf('Ph.D.')).toBeGreaterThan(140);
    expect(findingIds(`${long}\n`)).not.toContain('sop-why-phd');
    const utilitarian = `${'On many long evenings spent reading and talking with friends about what matters most and why, '.repeat(2)}I came to a utilitarian view.`;
    expect(findingIds(`${utilitarian}\n`)).toContain('sop-moral-philosophy');
  });

  it.each([
    'I want a PhD.',
    'I want a Ph. D. in ML.',
    'I want a doctorate.',
    'Doctoral study suits me.',
    'I am applying to graduate school to do research.',
    'I want a DPhil.',
  ])('count "%s" as saying why a PhD', (text) => expect(findingIds(`${text}\n`)).not.toContain('sop-why-phd'));

  it("do not read graduate school as a PhD in a sentence about a master's", () => {
    expect(findingIds("I am applying to graduate school for a master's in statistics.\n")).toContain('sop-why-phd');
    expect(findingIds("After my master's I want a PhD.\n")).not.toContain('sop-why-phd');
  });
});

describe('one verdict an aspect', () => {
  it('never praises an opening it faults', () => {
    const draft = 'Ever since I was a child I loved robots, and I built a small research robot at school.\n';
    const result = review(draft);
    expect(result.findings.map((f) => f.rule)).toContain('sop-opening-cliche');
    expect(result.strengths.map((s) => s.rule)).not.toContain('sop-opening');
  });

  it('praises citations once, and not when their styles are mixed', () => {
    expect(strengthIds('I built a planner [1], after Leike (2018).\n')).not.toContain('sop-cites');
    const one = strengthIds('I built a planner [1] on earlier work [2].\n');
    expect(one.filter((id) => id === 'sop-cites' || id === 'sop-one-citation-style')).toEqual(['sop-cites']);
  });
});
