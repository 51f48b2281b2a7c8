import type { Stage } from '../guide/types.js';
import type { Citation } from './citations.js';
import type { Block } from './draft.js';
import { countWords, itemOf, quote, quoteOf, type DraftFacts, type Item, type Quote } from './draft-facts.js';
import { phraseMatcher } from './phrases.js';
import type { ABOUT, RuleTest } from './schema.js';
import { namesTopicWithin } from './topic-within.js';
import { describesDoneWork, describesIntent, describesPlans, namesSomeone, reportsOthersWork } from './sentence-meaning.js';

/** The writer, as a word in lower-case text; and a sentence that starts by saying where ("In Kim's lab, I …"). */
const WRITER_WORD = /(?<![\p{L}'’])(?:i|we|my|our)(?![\p{L}'’])/u;
const PLACE_FIRST = /^\s*(?:in|at|during|while|as|with|under|for)(?![\p{L}])/u;
/** More quotes than this for one finding say nothing new. */
const MAX_QUOTES = 3;
/** An entry of a publications list: a year, and enough words for authors and a title. */
const PUBLICATION_ENTRY = /(?<!\d)(?:19|20)\d\d(?!\d)/;
const PUBLICATION_WORDS = 5;
/** Pages short of a length range that are too few to judge, from an estimate by words (a quarter page, some 125 words of prose). */
const LENGTH_SLACK = 0.25;

type Values = Record<string, string | number>;
/** What one test says of the draft: passed with its evidence (and numbers for the messages), a finding's quotes, or nothing to judge. */
export type Outcome =
  | { pass: true; evidence: Quote[]; values?: Values }
  /** A finding; `far` when it is far off the mark, said with the test's own message at the "change" level. */
  | { pass: false; quotes: Quote[]; values?: Values; far?: { found: string } }
  | { skip: true; values?: Values };

/** What a matcher looks for: a rule's phrases and what qualifies them (see schema.ts). */
interface Wanted {
  phrases: readonly string[];
  except?: readonly string[] | undefined;
  about?: (typeof ABOUT)[number] | undefined;
  ambiguous?: readonly string[] | undefined;
  unless?: readonly string[] | undefined;
  also?: readonly string[] | undefined;
}

/**
 * Whether an item says one of the phrases (or an ambiguous one, with none of
 * `unless`), once the exceptions (idioms) are blanked out, also says one of
 * `also`, and is about what the rule asks.
 */
function matcherFor({ phrases, except = [], about, ambiguous = [], unless = [], also = [] }: Wanted) {
  // Global when the places of the phrases are wanted: a name must stand near one.
  const says = phraseMatcher(phrases, about === 'named' ? 'g' : '');
  const idioms = except.length ? phraseMatcher(except, 'g') : undefined;
  const maybe = ambiguous.length ? phraseMatcher(ambiguous) : undefined;
  const otherMeaning = unless.length ? phraseMatcher(unless) : undefined;
  const alsoSays = also.length ? phraseMatcher(also) : undefined;
  return (item: Item) => {
    // Idioms are blanked with as many spaces, so that places in the text stay where they were.
    const text = idioms ? item.matched.replace(idioms, (idiom) => ' '.repeat(idiom.length)) : item.matched;
    if (about === 'named') {
      const hits = [...text.matchAll(says)].map((hit) => ({ start: hit.index, end: hit.index + hit[0].length }));
      // A group named only in a report of past work ("I was an intern in Kim's lab", "Lee's group found …") is where the writer was,
      // or what others did: not a group the writer says they would join. The writer's work is the report only when the sentence
      // starts with the writer or a place ("In Kim's lab I trained …"), not in a clause after the group ("Lee's group studies
      // the questions my project raised").
      const first = hits[0]?.start ?? 0;
      const writerFirst = WRITER_WORD.test(text.slice(0, first)) || PLACE_FIRST.test(text);
      const pastOnly = ((writerFirst && describesDoneWork(item.words)) || reportsOthersWork(item.words)) && !describesIntent(item.words, item.text);
      return !pastOnly && namesSomeone(item.text, item.matched, hits);
    }
    if (!says.test(text) && !(maybe?.test(text) && !otherMeaning?.test(text))) return false;
    if (alsoSays && !alsoSays.test(text)) return false;
    if (about === 'done') return describesDoneWork(item.words);
    if (about === 'plans') return describesPlans(item.words, item.text);
    if (about === 'intends') return describesIntent(item.words, item.text);
    return true;
  };
}

export function test(rule: RuleTest, facts: DraftFacts, stage: Stage | undefined): Outcome {
  switch (rule.type) {
    case 'present': {
      const says = matcherFor(rule);
      const items = facts.inScope(rule.scope);
      // The second way to pass is tried only when the first finds nothing, so the evidence quoted is the strongest there is.
      const orSays = rule.or && matcherFor(rule.or);
      const evidence = items.find(says) ?? (orSays ? items.find(orSays) : undefined);
      if (evidence) return { pass: true, evidence: [quote(evidence)] };
      // A weak opening is worth quoting: it is what the reader saw instead.
      return { pass: false, quotes: rule.scope === 'opening' ? items.slice(0, 1).map(quote) : [] };
    }
    case 'absent': {
      const says = matcherFor(rule);
      const hits = facts.inScope(rule.scope).filter(says);
      return hits.length ? { pass: false, quotes: hits.slice(0, MAX_QUOTES).map(quote), values: { count: hits.length } } : { pass: true, evidence: [] };
    }
    case 'at_most': {
      const says = matcherFor(rule);
      const hits = facts.prose.filter(says);
      if (hits.length <= rule.sentences) return { pass: true, evidence: hits.slice(0, MAX_QUOTES).map(quote), values: { count: hits.length } };
      return { pass: false, quotes: hits.slice(rule.sentences, rule.sentences + MAX_QUOTES).map(quote), values: { count: hits.length } };
    }
    case 'then': {
      const saysArea = matcherFor({ phrases: rule.from });
      const orArea = rule.or && matcherFor(rule.or);
      const isArea = (item: Item) => saysArea(item) || Boolean(orArea?.(item));
      const to = matcherFor({ phrases: rule.to });
      const start = facts.prose.findIndex(isArea);
      const first = facts.prose[start];
      if (!first) return { skip: true };
      const later = facts.prose.slice(start);
      const topic = later.find(to);
      // One sentence that names the area and leads to a topic is quoted once.
      if (topic) return { pass: true, evidence: topic === first ? [quote(first)] : [quote(first), quote(topic)] };
      // An area sentence that names a topic inside it ("circuits in small language models") is both at once.
      const cues = phraseMatcher([...rule.from, ...(rule.or?.phrases ?? [])], 'g');
      const within = later.find(
        (item) => isArea(item) && [...item.matched.matchAll(cues)].some((cue) => namesTopicWithin(item.matched.slice(cue.index + cue[0].length))),
      );
      return within ? { pass: true, evidence: [quote(within)] } : { pass: false, quotes: [quote(first)] };
    }
    case 'order': {
      const first = matcherFor({ phrases: rule.first, except: rule.except });
      const before = matcherFor({ phrases: rule.before, except: rule.except });
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
      if (pages >= range.min && pages <= range.max) return { pass: true, evidence: [], values };
      // An estimate from words is never exact: a little short of the range is neither praised nor faulted.
      if (pages < range.min && pages >= range.min - LENGTH_SLACK) return { skip: true, values };
      const far = rule.far_short && pages < rule.far_short.pages ? { found: rule.far_short.found } : undefined;
      return { pass: false, quotes: [], values, ...(far ? { far } : {}) };
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
      const under = matcherFor({ phrases: rule.under });
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
