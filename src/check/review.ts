import { fill } from '../assess/schema.js';
import type { Stage } from '../guide/types.js';
import { sliceWhole } from '../text/slice-whole.js';
import { findCitations, type Citation } from './citations.js';
import type { Block, Draft, DraftFormat, Place, Sentence } from './draft.js';
import { phraseMatcher } from './phrases.js';
import type { CheckRegion, CheckRule, DocumentKind, Level, RuleTest } from './schema.js';

/** The words a skimming reader takes in before deciding to read on: roughly the first paragraph. */
export const OPENING_WORDS = 80;
/** A quote is enough of a sentence to find it again. */
const QUOTE_CHARS = 140;
/** More quotes than this for one finding say nothing new. */
const MAX_QUOTES = 3;
/** The JSON output's schema version: bumped when a field changes meaning or goes. */
export const REVIEW_VERSION = 1;

export interface Quote extends Place {
  text: string;
}

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
  words: number;
  /** A PDF's page count, else an estimate from its words (by the length rule's words a page). */
  pages: number | null;
  /** What the draft already does as the guide advises. */
  strengths: Strength[];
  /** The ids of the three most important findings, most important first. */
  mostImportant: string[];
  /** Every finding, "change this" before "consider", in the order of the rules. */
  findings: Finding[];
}

/** What one test says of the draft: passed (with numbers for the messages), or a finding's quotes and numbers. */
type Outcome = { pass: true; values?: Record<string, string | number> } | { pass: false; quotes: Quote[]; values?: Record<string, string | number> } | { skip: true };

/** The rules that apply to this document, region and kind of programme. */
export const rulesFor = (rules: readonly CheckRule[], context: ReviewContext) =>
  rules.filter((rule) => rule.kinds.includes(context.kind) && rule.regions.includes(context.region) && !(rule.unless_interdisciplinary && context.interdisciplinary));

/** Reviews a draft against the rules: every finding, and what it already does well. */
export function reviewDraft(draft: Draft, rules: readonly CheckRule[], context: ReviewContext): Review {
  const facts = new DraftFacts(draft);
  const strengths: Strength[] = [];
  const findings: Finding[] = [];
  let pages: number | null = draft.pages ?? null;
  for (const rule of rulesFor(rules, context)) {
    const outcome = test(rule.test, facts, context.stage);
    if ('skip' in outcome) continue;
    if (rule.test.type === 'length' && outcome.values?.pages !== undefined) pages = Number(outcome.values.pages);
    const values = outcome.values ?? {};
    if (outcome.pass) {
      if (rule.good) strengths.push({ rule: rule.id, text: fill(rule.good, values), section: rule.section });
    } else findings.push({ rule: rule.id, level: rule.level, found: fill(rule.found, values), why: rule.why, section: rule.section, quotes: outcome.quotes });
  }
  const ordered = [...findings.filter((f) => f.level === 'change'), ...findings.filter((f) => f.level !== 'change')];
  return {
    version: REVIEW_VERSION,
    kind: context.kind,
    region: context.region,
    stage: context.stage ?? null,
    interdisciplinary: context.interdisciplinary,
    format: draft.format,
    words: facts.words,
    pages,
    strengths,
    mostImportant: ordered.slice(0, 3).map((f) => f.rule),
    findings: ordered,
  };
}

/** What the tests ask of a draft, worked out once. */
class DraftFacts {
  readonly prose: Sentence[];
  readonly headings: Block[];
  readonly opening: Sentence[];
  readonly words: number;
  private citationList: Citation[] | undefined;

  constructor(readonly draft: Draft) {
    this.prose = draft.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
    this.headings = draft.blocks.filter((b) => b.kind === 'heading');
    this.words = draft.blocks.reduce((sum, b) => sum + countWords(b.text), 0);
    let seen = 0;
    this.opening = this.prose.filter((s) => {
      const before = seen;
      seen += countWords(s.text);
      return before < OPENING_WORDS;
    });
  }

  get citations(): Citation[] {
    this.citationList ??= findCitations(this.draft);
    return this.citationList;
  }

  inScope(scope: 'sentences' | 'headings' | 'opening'): Quote[] {
    if (scope === 'headings') return this.headings.map(quoteOf);
    return (scope === 'opening' ? this.opening : this.prose).map(quoteOf);
  }
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function quoteOf(item: Sentence | Block): Quote {
  const text = item.text.length > QUOTE_CHARS ? `${sliceWhole(item.text, QUOTE_CHARS - 1).trimEnd()}…` : item.text;
  return item.page === undefined ? { text, line: item.line } : { text, line: item.line, page: item.page };
}

function test(rule: RuleTest, facts: DraftFacts, stage: Stage | undefined): Outcome {
  switch (rule.type) {
    case 'present': {
      const matcher = phraseMatcher(rule.phrases);
      const items = facts.inScope(rule.scope);
      if (items.some((q) => matcher.test(q.text))) return { pass: true };
      // A weak opening is worth quoting: it is what the reader saw instead.
      return { pass: false, quotes: rule.scope === 'opening' ? items.slice(0, 1) : [] };
    }
    case 'absent': {
      const matcher = phraseMatcher(rule.phrases);
      const hits = facts.inScope(rule.scope).filter((q) => matcher.test(q.text));
      return hits.length ? { pass: false, quotes: hits.slice(0, MAX_QUOTES), values: { count: hits.length } } : { pass: true };
    }
    case 'at_most': {
      const matcher = phraseMatcher(rule.phrases);
      const hits = facts.prose.filter((s) => matcher.test(s.text));
      if (hits.length <= rule.sentences) return { pass: true, values: { count: hits.length } };
      return { pass: false, quotes: hits.slice(rule.sentences, rule.sentences + MAX_QUOTES).map(quoteOf), values: { count: hits.length } };
    }
    case 'then': {
      const from = phraseMatcher(rule.from);
      const to = phraseMatcher(rule.to);
      const start = facts.prose.findIndex((s) => from.test(s.text));
      if (start < 0) return { skip: true };
      const first = facts.prose[start];
      return facts.prose.slice(start).some((s) => to.test(s.text)) ? { pass: true } : { pass: false, quotes: first ? [quoteOf(first)] : [] };
    }
    case 'order': {
      const first = phraseMatcher(rule.first);
      const before = phraseMatcher(rule.before);
      const firstIndex = facts.headings.findIndex((h) => first.test(h.text));
      const early = facts.headings.filter((h, i) => before.test(h.text) && !first.test(h.text) && (firstIndex < 0 || i < firstIndex));
      if (firstIndex < 0 && !early.length) return { skip: true };
      return early.length ? { pass: false, quotes: early.slice(0, MAX_QUOTES).map(quoteOf) } : { pass: true };
    }
    case 'length': {
      const range = (stage && rule.stages[stage]) || rule.default;
      // Rounded up to a tenth: a draft of a few lines is "about 0.1 pages", never "0 pages".
      const pages = facts.draft.pages ?? Math.ceil((facts.words / rule.words_per_page) * 10) / 10;
      // `length` reads in a sentence: "about 1 page", "about 2.5 pages".
      const values = { pages, length: `${pages} page${pages === 1 ? '' : 's'}`, min: range.min, max: range.max };
      // Too short is judged by words in every format, so a PDF's one half-empty page is as short as the same text in markdown;
      // half a page of slack, since a page count is never exact.
      const enough = facts.words >= (range.min - 0.5) * rule.words_per_page;
      return enough && pages <= range.max ? { pass: true, values } : { pass: false, quotes: [], values };
    }
    case 'cites':
      return facts.citations.length ? { pass: true, values: { count: facts.citations.length } } : { pass: false, quotes: [] };
    case 'one_citation_style': {
      const byStyle = new Map<string, Citation>();
      for (const citation of facts.citations) if (!byStyle.has(citation.style)) byStyle.set(citation.style, citation);
      if (byStyle.size === 0) return { skip: true };
      return byStyle.size === 1 ? { pass: true } : { pass: false, quotes: [...byStyle.values()].map(({ style: _style, ...quote }) => quote) };
    }
    case 'one_entry_format': {
      const under = phraseMatcher(rule.under);
      const entries = facts.draft.blocks.filter((b) => b.kind !== 'heading' && b.heading !== undefined && under.test(b.heading));
      const byFormat = new Map<string, Block>();
      for (const entry of entries) if (!byFormat.has(entryFormat(entry.text))) byFormat.set(entryFormat(entry.text), entry);
      if (entries.length < 2) return { skip: true };
      return byFormat.size === 1 ? { pass: true } : { pass: false, quotes: [...byFormat.values()].slice(0, MAX_QUOTES).map(quoteOf) };
    }
  }
}

/** What sets one citation format apart from another: where the year stands, and whether the title is in quotes. */
function entryFormat(text: string): string {
  const year = /\(\d{4}[a-z]?\)/.test(text) ? 'year in brackets' : /\d{4}[a-z]?\.?\s*$/.test(text) ? 'year last' : 'year inside';
  const title = /["“”]/.test(text) ? 'quoted title' : 'plain title';
  return `${year}, ${title}`;
}
