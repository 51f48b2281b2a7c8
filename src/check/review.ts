import { fill } from '../assess/schema.js';
import type { Stage } from '../guide/types.js';
import type { Draft, DraftFormat } from './draft.js';
import { DraftFacts, type Quote } from './draft-facts.js';
import { test } from './rule-tests.js';
import type { CheckRegion, CheckRule, DocumentKind, Level } from './schema.js';

export type { Quote } from './draft-facts.js';

/** The JSON output's schema version: bumped when a field changes meaning or goes (2: pages from words in every format, strengths with quotes, notes). */
export const REVIEW_VERSION = 2;

export interface Finding {
  rule: string;
  level: Level;
  found: string;
  why: string;
  section: string;
  /** The draft's own words that the finding is about; none when something is missing. */
  quotes: Quote[];
}

export interface Strength {
  rule: string;
  text: string;
  section: string;
  /** The draft's words that earned it (none for a length, whose evidence is the count of words). */
  quotes: Quote[];
}

export interface ReviewContext {
  kind: DocumentKind;
  region: CheckRegion;
  stage?: Stage | undefined;
  interdisciplinary: boolean;
}

export interface Review {
  version: typeof REVIEW_VERSION;
  kind: DocumentKind;
  region: CheckRegion;
  stage: Stage | null;
  interdisciplinary: boolean;
  format: DraftFormat;
  /** Words of the body: headings and prose, not a list of references; a sentence repeated word for word counts once. */
  words: number;
  /** The body's length in pages, from its words at `wordsPerPage` (the same in every format); null when no rule judges length. */
  pages: number | null;
  wordsPerPage: number | null;
  /** A PDF's pages of body text (no title, contents, blank or reference pages); null for other formats. */
  pdfPages: number | null;
  /** How the draft was read, where it matters: pages left unread, included files that could not be read. */
  notes: string[];
  /** What the draft already does as the guide advises, each with its evidence. */
  strengths: Strength[];
  /** The ids of the three most important findings, most important first. */
  mostImportant: string[];
  /** Every finding, "change this" before "consider", in the order of the rules. */
  findings: Finding[];
}

/** The rules that apply to this document, region, stage and kind of programme. */
export const rulesFor = (rules: readonly CheckRule[], context: ReviewContext) =>
  rules.filter(
    (rule) =>
      rule.kinds.includes(context.kind) &&
      rule.regions.includes(context.region) &&
      !(rule.unless_interdisciplinary && context.interdisciplinary) &&
      (!rule.stages || rule.stages.includes(context.stage ?? 'unknown')),
  );

/**
 * Reviews a draft against the rules: every finding, and what it already does
 * well. A strength needs evidence (a sentence that shows it, or a measured
 * length), and an aspect with a finding gets no praise.
 */
export function reviewDraft(draft: Draft, rules: readonly CheckRule[], context: ReviewContext): Review {
  const facts = new DraftFacts(draft);
  const passed: Array<{ rule: CheckRule; strength: Strength }> = [];
  const findings: Finding[] = [];
  let length: { pages: number; wordsPerPage: number } | undefined;
  for (const rule of rulesFor(rules, context)) {
    const outcome = test(rule.test, facts, context.stage);
    if (rule.test.type === 'length') length ??= { pages: Number(outcome.values?.pages), wordsPerPage: rule.test.words_per_page };
    if ('skip' in outcome) continue;
    const values = outcome.values ?? {};
    if (!outcome.pass)
      findings.push({
        rule: rule.id,
        level: outcome.far ? 'change' : rule.level,
        found: fill(outcome.far?.found ?? rule.found, values),
        why: rule.why,
        section: rule.section,
        quotes: outcome.quotes,
      });
    else if (rule.good && (outcome.evidence.length || rule.test.type === 'length')) {
      passed.push({ rule, strength: { rule: rule.id, text: fill(rule.good, values), section: rule.section, quotes: outcome.evidence } });
    }
  }
  // One verdict an aspect: a finding silences its praise, and two rules never praise one aspect twice.
  const judged = new Set(findings.flatMap((f) => rules.find((r) => r.id === f.rule)?.aspect ?? []));
  const praised = new Set<string>();
  const strengths = passed.flatMap(({ rule, strength }) => {
    if (rule.aspect && (judged.has(rule.aspect) || praised.has(rule.aspect))) return [];
    if (rule.aspect) praised.add(rule.aspect);
    return [strength];
  });
  // A finding that another one says better is left out, so the draft is not told one thing twice.
  const found = new Set(findings.map((f) => f.rule));
  const said = findings.filter((f) => !rules.find((r) => r.id === f.rule)?.unsaid_beside?.some((id) => found.has(id)));
  const ordered = [...said.filter((f) => f.level === 'change'), ...said.filter((f) => f.level !== 'change')];
  return {
    version: REVIEW_VERSION,
    kind: context.kind,
    region: context.region,
    stage: context.stage ?? null,
    interdisciplinary: context.interdisciplinary,
    format: draft.format,
    words: facts.words,
    pages: length?.pages ?? null,
    wordsPerPage: length?.wordsPerPage ?? null,
    pdfPages: draft.pages ?? null,
    notes: draft.notes ?? [],
    strengths,
    mostImportant: ordered.slice(0, 3).map((f) => f.rule),
    findings: ordered,
  };
}
