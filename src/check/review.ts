import { fill } from '../assess/schema.js';
import type { Stage } from '../guide/types.js';
import { sliceWhole } from '../text/slice-whole.js';
import { findCitations, type Citation } from './citations.js';
import type { Block, Draft, DraftFormat, Place, Sentence } from './draft.js';
import { forMatching, phraseMatcher } from './phrases.js';
import type { ABOUT, CheckRegion, CheckRule, DocumentKind, Level, RuleTest, Scope } from './schema.js';
import { describesDoneWork, describesPlans, namesSomeone } from './sentence-meaning.js';

/** The words a skimming reader takes in before deciding to read on: roughly the first paragraph. */
export const OPENING_WORDS = 80;
/** A quote is enough of a sentence to find it again: cut for display only, never for matching. */
const QUOTE_CHARS = 140;
/** More quotes than this for one finding say nothing new. */
const MAX_QUOTES = 3;
/** The JSON output's schema version: bumped when a field changes meaning or goes (2: pages from words in every format, strengths with quotes, notes). */
export const REVIEW_VERSION = 2;
/** An entry of a publications list: a year, and enough words for authors and a title. */
const PUBLICATION_ENTRY = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const PUBLICATION_WORDS = 5;
/** A sentence this long said twice is a repeat; shorter ones ("Thank you.") may recur by chance. */
const REPEAT_WORDS = 5;

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

type Values = Record<string, string | number>;
/** What one test says of the draft: passed with its evidence (and numbers for the messages), a finding's quotes, or nothing to judge. */
type Outcome = { pass: true; evidence: Quote[]; values?: Values } | { pass: false; quotes: Quote[]; values?: Values } | { skip: true };

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
    if ('skip' in outcome) continue;
    if (rule.test.type === 'length') length ??= { pages: Number(outcome.values?.pages), wordsPerPage: rule.test.words_per_page };
    const values = outcome.values ?? {};
    if (!outcome.pass)
      findings.push({ rule: rule.id, level: rule.level, found: fill(rule.found, values), why: rule.why, section: rule.section, quotes: outcome.quotes });
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
  const ordered = [...findings.filter((f) => f.level === 'change'), ...findings.filter((f) => f.level !== 'change')];
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

/** A sentence or heading as the rules match it: its whole text, terms in one form ("Ph.D." is "PhD"). */
interface Item {
  source: Sentence | Block;
  text: string;
  /** The text as phrases are matched against it (see phrases.ts). */
  matched: string;
  words: string[];
}

/** Forms of a term that rules name once: Ph.D., Ph. D. and PHD are PhD. */
const normalTerms = (text: string) => text.replace(/(?<![\p{L}])Ph\.?\s?D\b\.?/giu, 'PhD').replace(/(?<![\p{L}])D\.\s?Phil\b\.?/giu, 'DPhil');
const itemOf = (source: Sentence | Block): Item => {
  const text = normalTerms(source.text);
  return { source, text, matched: forMatching(text), words: 'words' in source ? source.words : [] };
};

/** What the tests ask of a draft, worked out once. */
class DraftFacts {
  readonly prose: Item[];
  readonly headings: Item[];
  readonly opening: Item[];
  readonly everything: Item[];
  readonly references: Block[];
  /** Sentences that say an earlier one again, word for word. */
  readonly repeats: Sentence[];
  /** Words of the body, a repeated sentence counted once. */
  readonly words: number;
  private citationList: Citation[] | undefined;

  constructor(readonly draft: Draft) {
    // A sentence said again word for word is read once: repeating it neither adds evidence nor fills the page.
    const said = new Set<string>();
    const repeats: Sentence[] = [];
    const firstTime = (sentence: Sentence) => {
      const key = sentence.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (countWords(key) < REPEAT_WORDS || !said.has(key)) return said.add(key);
      repeats.push(sentence);
      return false;
    };
    const unique = new Map(draft.blocks.map((b) => [b, b.kind === 'paragraph' ? b.sentences.filter(firstTime) : []]));
    this.repeats = repeats;
    this.prose = [...unique.values()].flat().map(itemOf);
    this.headings = draft.blocks.filter((b) => b.kind === 'heading').map(itemOf);
    this.references = draft.blocks.filter((b) => b.kind === 'reference');
    this.everything = draft.blocks.flatMap((b): Array<Sentence | Block> => (b.kind === 'paragraph' ? (unique.get(b) ?? []) : [b])).map(itemOf);
    const repeated = repeats.reduce((sum, s) => sum + countWords(s.text), 0);
    this.words = draft.blocks.reduce((sum, b) => sum + (b.kind === 'reference' ? 0 : countWords(b.text)), 0) - repeated;
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

  inScope(scope: Scope): Item[] {
    if (scope === 'headings') return this.headings;
    if (scope === 'everywhere') return this.everything;
    return scope === 'opening' ? this.opening : this.prose;
  }
}

const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

function quoteOf(item: Place & { text: string }): Quote {
  const text = item.text.length > QUOTE_CHARS ? `${sliceWhole(item.text, QUOTE_CHARS - 1).trimEnd()}…` : item.text;
  return { text, line: item.line, ...(item.page === undefined ? {} : { page: item.page }), ...(item.file ? { file: item.file } : {}) };
}
const quote = (item: Item) => quoteOf(item.source);

/** Whether an item says one of the phrases, once the exceptions (idioms) are blanked out, and is about what the rule asks. */
function matcherFor(
  phrases: readonly string[],
  except: readonly string[] = [],
  about?: (typeof ABOUT)[number],
  ambiguous?: { phrases: readonly string[]; unless: readonly string[] },
) {
  // Global when the places of the phrases are wanted: a name must stand near one.
  const says = phraseMatcher(phrases, about === 'named' ? 'g' : '');
  const idioms = except.length ? phraseMatcher(except, 'g') : undefined;
  const maybe = ambiguous?.phrases.length ? phraseMatcher(ambiguous.phrases) : undefined;
  const otherMeaning = ambiguous?.unless.length ? phraseMatcher(ambiguous.unless) : undefined;
  return (item: Item) => {
    // Idioms are blanked with as many spaces, so that places in the text stay where they were.
    const text = idioms ? item.matched.replace(idioms, (idiom) => ' '.repeat(idiom.length)) : item.matched;
    if (about === 'named') {
      const hits = [...text.matchAll(says)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
      return namesSomeone(item.text, item.matched, hits);
    }
    if (!says.test(text) && !(maybe?.test(text) && !otherMeaning?.test(text))) return false;
    if (about === 'done') return describesDoneWork(item.words);
    if (about === 'plans') return describesPlans(item.words, item.text);
    return true;
  };
}

function test(rule: RuleTest, facts: DraftFacts, stage: Stage | undefined): Outcome {
  switch (rule.type) {
    case 'present': {
      const says = matcherFor(rule.phrases, rule.except, rule.about, { phrases: rule.ambiguous ?? [], unless: rule.unless ?? [] });
      const items = facts.inScope(rule.scope);
      const evidence = items.find(says);
      if (evidence) return { pass: true, evidence: [quote(evidence)] };
      // A weak opening is worth quoting: it is what the reader saw instead.
      return { pass: false, quotes: rule.scope === 'opening' ? items.slice(0, 1).map(quote) : [] };
    }
    case 'absent': {
      const says = matcherFor(rule.phrases, rule.except, rule.about);
      const hits = facts.inScope(rule.scope).filter(says);
      return hits.length ? { pass: false, quotes: hits.slice(0, MAX_QUOTES).map(quote), values: { count: hits.length } } : { pass: true, evidence: [] };
    }
    case 'at_most': {
      const says = matcherFor(rule.phrases, rule.except);
      const hits = facts.prose.filter(says);
      if (hits.length <= rule.sentences) return { pass: true, evidence: hits.slice(0, MAX_QUOTES).map(quote), values: { count: hits.length } };
      return { pass: false, quotes: hits.slice(rule.sentences, rule.sentences + MAX_QUOTES).map(quote), values: { count: hits.length } };
    }
    case 'then': {
      const from = matcherFor(rule.from);
      const to = matcherFor(rule.to);
      const start = facts.prose.findIndex(from);
      const first = facts.prose[start];
      if (!first) return { skip: true };
      const topic = facts.prose.slice(start).find(to);
      return topic ? { pass: true, evidence: [quote(first), quote(topic)] } : { pass: false, quotes: [quote(first)] };
    }
    case 'order': {
      const first = matcherFor(rule.first, rule.except);
      const before = matcherFor(rule.before, rule.except);
      const firstIndex = facts.headings.findIndex(first);
      const research = facts.headings[firstIndex];
      // With no research section there is no order to judge: a rule of its own says the section is missing.
      if (!research) return { skip: true };
      const early = facts.headings.slice(0, firstIndex).filter((h) => before(h));
      return early.length ? { pass: false, quotes: early.slice(0, MAX_QUOTES).map(quote) } : { pass: true, evidence: [quote(research)] };
    }
    case 'length': {
      const range = (stage && rule.stages[stage]) || rule.default;
      // Words over a stated rate in every format, so one document gets one verdict whatever it is written in; rounded up to a tenth.
      const pages = Math.ceil((facts.words / rule.words_per_page) * 10) / 10;
      const who = stage ? `for your stage (${stage})` : 'for most applicants';
      const values = { pages, length: `${pages} page${pages === 1 ? '' : 's'}`, min: range.min, max: range.max, who };
      // Half a page of slack below: an estimate from words is never exact.
      const fits = pages >= range.min - 0.5 && pages <= range.max;
      return fits ? { pass: true, evidence: [], values } : { pass: false, quotes: [], values };
    }
    case 'cites': {
      const [citation] = facts.citations;
      const [reference] = facts.references;
      if (citation) return { pass: true, evidence: [quoteOf(citation)], values: { count: facts.citations.length } };
      return reference ? { pass: true, evidence: [quoteOf(reference)] } : { pass: false, quotes: [] };
    }
    case 'one_citation_style': {
      const byStyle = new Map<string, Citation>();
      for (const citation of facts.citations) if (!byStyle.has(citation.style)) byStyle.set(citation.style, citation);
      const quotes = [...byStyle.values()].map(quoteOf);
      if (byStyle.size === 0) return { skip: true };
      return byStyle.size === 1 ? { pass: true, evidence: quotes } : { pass: false, quotes };
    }
    case 'no_repeats': {
      const { repeats } = facts;
      if (!repeats.length) return { skip: true };
      return { pass: false, quotes: repeats.slice(0, MAX_QUOTES).map(quoteOf), values: { count: repeats.length } };
    }
    case 'one_entry_format': {
      const under = matcherFor(rule.under);
      const entries = facts.draft.blocks.filter(
        (b) =>
          b.kind !== 'heading' &&
          b.heading !== undefined &&
          under(itemOf({ ...b, text: b.heading })) &&
          PUBLICATION_ENTRY.test(b.text) &&
          countWords(b.text) >= PUBLICATION_WORDS,
      );
      if (entries.length < 2) return { skip: true };
      const byFormat = new Map<string, Block>();
      for (const entry of entries) if (!byFormat.has(entryFormat(entry.text))) byFormat.set(entryFormat(entry.text), entry);
      const quotes = [...byFormat.values()].slice(0, MAX_QUOTES).map(quoteOf);
      return byFormat.size === 1 ? { pass: true, evidence: entries.slice(0, 2).map(quoteOf) } : { pass: false, quotes };
    }
  }
}
/** What sets one citation format apart from another: where the year stands, and whether the title is in quotes. */
function entryFormat(text: string): string {
  const year = /\(\d{4}[a-z]?\)/.test(text) ? 'year in brackets' : /\d{4}[a-z]?\.?\s*$/.test(text) ? 'year last' : 'year inside';
  const title = /["“”]/.test(text) ? 'quoted title' : 'plain title';
  return `${year}, ${title}`;
}
