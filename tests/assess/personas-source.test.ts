import { describe, expect, test } from 'vitest';
import { assess, type Fit, type RoleId } from '../../src/assess/index.js';
import { builtinGuide } from '../helpers/builtin-guide.js';
import { loadAssessment } from './load-data.js';
import { DL_PHD_STUDENT, persona, PHYSICS_PHD_GRADUATE } from './personas.js';

/**
 * Whole people, run through the pure engine, checked against what the source
 * (Gleave, "Careers in Beneficial AI Research", 2020) says they should hear:
 * the role that comes first and the next steps that must (or must not) appear.
 * None of these people is in the other tests.
 */
const { data, sections } = loadAssessment();
const routes = builtinGuide().routes();
/** The source's industry residencies could not be confirmed as running today: no plan sends anyone to one. */
const NO_RESIDENCY = /residenc/i;

interface Step {
  section: string;
  text: RegExp;
}

interface Case {
  name: string;
  answers: ReturnType<typeof persona>;
  top: RoleId;
  fit?: Fit;
  /** Rules that must appear among the top role's reasons. */
  rules?: string[];
  steps: Step[];
  /** Step sections that must not appear (application advice for someone not applying, ...). */
  noSections?: string[];
  /** Step texts that must not appear. */
  noText?: RegExp[];
  /** The plan's day (6 December 2026 unless given). */
  today?: string;
}

const APPLICATION_SECTIONS = ['phd-process', 'statement-of-purpose', 'application-audience'];

const cases: Case[] = [
  {
    // Skills: someone strong in software engineering (A) can usually learn ML implementation (B),
    // though it is a different way of working. Research engineering: learn it at an industrial
    // lab's residency, and reproduce papers (with code and a blog) to build a portfolio.
    // Infrastructure work is only as good as the lab it speeds up, so it is not the default.
    name: 'a senior software engineer with no ML who wants to implement research',
    answers: persona({ stage: 'industry', skills: { software: 4, ml: 0, research: 0, theory: 1 }, interests: ['implementation'], phd: 'no' }),
    top: 'research-engineer',
    rules: ['engineers-can-learn-ml'],
    steps: [
      { section: 'research-engineering', text: /reproducing a few ML papers/ },
      { section: 'routes-today', text: /mentored research programme/ },
    ],
    noSections: [...APPLICATION_SECTIONS, 'where-to-apply'],
    noText: [NO_RESIDENCY],
  },
  {
    // Skills: people who have done numerical programming or applied maths, and who are used to
    // messy codebases, find the move from A to B easier.
    name: 'a software engineer from scientific computing',
    answers: persona({
      stage: 'industry',
      skills: { software: 3, ml: 1, research: 1, theory: 2 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation'],
      phd: 'no',
    }),
    top: 'research-engineer',
    fit: 'strong',
    rules: ['engineers-can-learn-ml', 'numerical-eases-the-move'],
    steps: [{ section: 'research-engineering', text: /reproducing a few ML papers/ }],
    noSections: APPLICATION_SECTIONS,
    noText: [NO_RESIDENCY],
  },
  {
    // Research engineering: labs also hire software engineers for infrastructure; that helps when
    // the lab is focused on beneficial AI, is about neutral at applied companies, and may do harm
    // at an AGI lab without a strong safety commitment.
    name: 'a systems engineer drawn to infrastructure',
    answers: persona({ stage: 'industry', skills: { software: 4, ml: 1 }, interests: ['infrastructure'], phd: 'no' }),
    top: 'infrastructure-engineer',
    fit: 'strong',
    steps: [{ section: 'infrastructure-engineer', text: /safety commitment/ }],
    noText: [/fastest way to learn research engineering/],
  },
  {
    // Research experience: an undergraduate at a top research institution should approach PhD
    // students and postdocs (more responsive than professors) but have a professor take them on
    // officially, for the letter. Without a master's, a research-focused one or an ML internship
    // is the way to get experience. The process: a top-5 program without a publication is very
    // unlikely. US programs want a statement of purpose. Research engineering leads only as the
    // closest fit today: without research experience the research roles are a stretch for now.
    name: 'an undergraduate at a top university with no research yet, aiming for a US PhD',
    answers: persona({
      stage: 'undergrad',
      top_institution: true,
      skills: { software: 2, ml: 1, research: 0, theory: 2 },
      interests: ['ideas', 'implementation'],
      phd: 'yes',
      region: 'us',
    }),
    top: 'research-engineer',
    steps: [
      { section: 'research-experience', text: /PhD students and postdocs.*professor take you on officially/s },
      { section: 'research-experience', text: /master's focused on research.*internship/s },
      // On the plan's day in December, applying this cycle without research: a year of research first (the source: research experience is what admissions look for).
      { section: 'research-experience', text: /Without research experience.*year of research first/s },
      { section: 'statement-of-purpose', text: /statement of purpose/ },
    ],
    noText: [/CMU RISS/, /supervisor before applying/],
  },
  {
    // Research experience: short research programs such as CMU RISS (undergraduates only) or
    // Imperial's UROP, and groups are often flexible about internship dates. CHAI and FHI
    // internships teach what beneficial AI research is like, but mentoring is thinner and
    // publishing harder, so they may prepare you worse for applications.
    name: 'an undergraduate at a less research-intensive university who might do a PhD',
    answers: persona({
      stage: 'undergrad',
      top_institution: false,
      skills: { software: 2, ml: 2, research: 0, theory: 1 },
      interests: ['implementation', 'ideas'],
      phd: 'maybe',
    }),
    top: 'research-engineer',
    steps: [
      { section: 'research-experience', text: /CMU RISS/ },
      { section: 'research-experience', text: /CHAI.*prepare you better for applications/s },
    ],
    // FHI, which the source also named, closed in 2024: no plan sends anyone there.
    noText: [/PhD students and postdocs/, /FHI/],
  },
  {
    // Skills: deep learning research needs both B and C. The process: in the UK you contact a
    // faculty member first, agree a topic and write a 2-3 page proposal. Research experience:
    // after a master's the bar rises to significant research with some publications. Audience:
    // put a publication where skimming reviewers see it, in CV, statement and letters.
    name: "a master's student with a workshop paper applying for a UK PhD",
    answers: persona({
      stage: 'masters',
      skills: { software: 2, ml: 3, research: 3, theory: 2 },
      research_experience: 'some',
      publications: 1,
      interests: ['ideas', 'implementation'],
      phd: 'yes',
      region: 'uk',
    }),
    top: 'deep-learning-researcher',
    fit: 'strong',
    steps: [
      // On the plans' day (6 December) a UK application is due within weeks: supervisors now.
      { section: 'phd-process', text: /write to possible supervisors now.*proposal/s },
      { section: 'research-experience', text: /After a master's/ },
      { section: 'application-audience', text: /publications/ },
    ],
    noText: [NO_RESIDENCY],
    noSections: ['statement-of-purpose'],
  },
  {
    // Skills: research engineers have a lot of B and some of A. Research engineering:
    // residencies, and reproduced papers as a portfolio. No PhD wanted: no application advice.
    name: 'an ML engineer who has reproduced papers and does not want a PhD',
    answers: persona({
      stage: 'industry',
      skills: { software: 3, ml: 3, research: 1, theory: 1 },
      numerical: true,
      research_experience: 'some',
      interests: ['implementation'],
      phd: 'no',
    }),
    top: 'research-engineer',
    fit: 'strong',
    steps: [{ section: 'research-engineering', text: /reproducing a few ML papers/ }],
    noSections: [...APPLICATION_SECTIONS, 'where-to-apply'],
    noText: [NO_RESIDENCY],
  },
  {
    // Research experience: AI Safety Camp is a good option for someone already in a PhD who wants
    // to move their agenda towards safety (hands-off mentoring, slower to publish). Where to apply:
    // keep up with beneficial AI during the PhD and work on it at least part-time. A PhD student
    // is past applying, even if the answers file says phd: yes and names a region.
    name: 'a deep learning PhD student moving towards safety',
    // In September, when AI Safety Camp's call (usually in November) is within the quarter.
    today: '2026-09-15',
    answers: persona({
      ...DL_PHD_STUDENT,
      phd: 'yes',
      region: 'us',
    }),
    top: 'deep-learning-researcher',
    fit: 'strong',
    steps: [
      { section: 'research-experience', text: /AI Safety Camp/ },
      { section: 'during-a-phd', text: /part-time/ },
    ],
    // Past applying: the advice on where to apply is not on their reading list.
    noSections: [...APPLICATION_SECTIONS, 'where-to-apply'],
    noText: [/Apply to top groups/, /CHAI or FHI/],
  },
  {
    // Skills: theory (COLT, agent foundations) is primarily D, and D takes a long time to learn,
    // mostly working with experienced researchers. The process: no publication makes a top-5
    // program very unlikely; in the UK, contact faculty and write a proposal.
    name: 'a mathematics graduate with a result of their own, aiming for a UK PhD',
    answers: persona({
      stage: 'other',
      skills: { software: 1, ml: 0, research: 1, theory: 3 },
      research_experience: 'some',
      interests: ['theory'],
      phd: 'yes',
      region: 'uk',
    }),
    top: 'theory-researcher',
    fit: 'strong',
    steps: [
      { section: 'theory-researcher', text: /experienced researchers/ },
      { section: 'phd-process', text: /publication.*top-five/s },
      { section: 'phd-process', text: /proposal/ },
    ],
  },
  {
    // Where to apply: residencies select a little differently from PhD programs, so they suit
    // unusual backgrounds such as a PhD in another field; with no residency confirmed as running
    // today, the mentored fellowships that do that job now are offered instead. STEM research experience makes C and D
    // easier to learn, which is a head start rather than ML research: research roles are at most
    // a possible fit. (Before the research field was asked, this persona counted as an ML PhD.)
    name: 'a physics PhD graduate with little ML',
    answers: persona(PHYSICS_PHD_GRADUATE),
    top: 'ml-researcher',
    fit: 'possible',
    rules: ['research-outside-ml'],
    steps: [{ section: 'routes-today', text: /PhD outside ML, a mentored research fellowship/ }],
    noSections: [...APPLICATION_SECTIONS, 'where-to-apply'],
    noText: [NO_RESIDENCY],
  },
  {
    // Landscape: AI strategy and policy is another promising area; less natural from CS, but
    // strategic work benefits from some people with a technical background. So policy is ranked
    // by its fit like any other role: no longer capped at "possible" for someone it draws.
    name: 'a CS graduate drawn to policy',
    answers: persona({ stage: 'industry', skills: { software: 2, ml: 1, research: 1, theory: 1 }, interests: ['policy'], phd: 'no' }),
    top: 'policy-strategy',
    fit: 'strong',
    steps: [{ section: 'policy-strategy', text: /technical background/ }],
    noSections: APPLICATION_SECTIONS,
  },
  {
    // Research: a research career without a PhD is possible through a residency or by moving
    // over from research engineering, but it usually limits options since many organisations
    // insist on a PhD. The labs the source named as flexible (2020) have changed since, and no
    // residency could be confirmed as running: the step names today's ways in.
    name: 'an engineer with a paper who wants research but no PhD',
    answers: persona({
      stage: 'industry',
      skills: { software: 3, ml: 3, research: 2, theory: 1 },
      research_experience: 'some',
      publications: 1,
      interests: ['ideas'],
      phd: 'no',
    }),
    top: 'deep-learning-researcher',
    rules: ['no-phd-narrows-research'],
    steps: [{ section: 'research', text: /research engineering job that shifts towards research.*ask for a doctorate/s }],
    noSections: [...APPLICATION_SECTIONS, 'where-to-apply'],
    noText: [/a PhD can start a year later/, NO_RESIDENCY],
  },
];

describe('personas from the source', () => {
  test.each(cases)('$name', ({ answers, top, fit, rules, steps, noSections = [], noText = [], today = '2026-12-06' }) => {
    const result = assess(data, answers, sections, routes, { today });
    const [first] = result.roles;
    expect(first?.id).toBe(top);
    if (fit) expect(first?.fit).toBe(fit);
    if (rules) expect(first?.reasons.map((reason) => reason.rule)).toEqual(expect.arrayContaining(rules));
    for (const step of steps)
      expect(result.nextSteps).toContainEqual(expect.objectContaining({ section: step.section, text: expect.stringMatching(step.text) }));
    for (const section of noSections) expect(result.nextSteps.map((step) => step.section)).not.toContain(section);
    for (const text of noText) expect(result.nextSteps.map((step) => step.text).join('\n')).not.toMatch(text);
    // No step is given twice, and the reading list is short, each section once with a reason.
    const texts = result.nextSteps.map((step) => step.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(result.sections.length).toBeLessThanOrEqual(5);
    expect(new Set(result.sections.map((s) => s.id)).size).toBe(result.sections.length);
    for (const section of result.sections) expect(section.why).not.toBe('');
  });
});
