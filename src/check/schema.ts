import * as v from 'valibot';
import { templateSchema } from '../assess/schema.js';
import { idSchema, oneLine } from '../guide/schema.js';
import { DOCUMENT_KINDS, PLACES, STAGES, type Place } from '../guide/types.js';

export type { DocumentKind } from '../guide/types.js';
/** Where a draft is sent: a rule applies to some of these places, or to all. */
export type CheckRegion = Place;

/*
 * A checks file (guide/checks/*.yaml): rules that review a draft statement
 * of purpose, research proposal or CV against the guide. Each rule names
 * what to look for in the draft's parsed text (phrases, never code), what
 * to say when it finds it or misses it, and the section that explains why.
 */

/** "change": the guide says to do otherwise (what --strict fails on); "consider": worth a look. */
export const LEVELS = ['change', 'consider'] as const;
/** Where a rule looks: every prose sentence, the headings, the opening a skimming reader sees, or every line including references. */
export const SCOPES = ['sentences', 'headings', 'opening', 'everywhere'] as const;
export type Scope = (typeof SCOPES)[number];
/**
 * What a sentence must be about to count, read from its grammar (see
 * sentence-meaning.ts): work the writer has done, plans (not describing
 * published work), what the writer wants or means to do, or a person or
 * group named by a proper name (in a sentence that is not only a report of
 * past work: "I was an intern in Kim's lab" names a past group, not a fit).
 */
export const ABOUT = ['done', 'plans', 'intends', 'named'] as const;
/** A stage a rule may be limited to; `unknown` when nobody gave one. */
export const RULE_STAGES = [...STAGES, 'unknown'] as const;

export type Level = (typeof LEVELS)[number];

const count = (min: number, max: number) => v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(min), v.maxValue(max));

/**
 * Words or short phrases, matched whole and ignoring case; a trailing `*`
 * stands for any ending ("propos*"). Never a regular expression: a guide
 * folder may come from anyone, and phrases cannot be made to run for ever.
 */
const phrasesSchema = v.pipe(
  v.array(v.pipe(oneLine, v.maxLength(60, 'must be at most 60 characters'))),
  v.minLength(1, 'must list at least one phrase'),
  v.maxLength(200, 'must list at most 200 phrases'),
);

const scope = v.optional(v.picklist(SCOPES), 'sentences');
/** Phrases that are not what the rule means (idioms such as "the world of"): blanked out before the rule's phrases are matched. */
const except = v.optional(phrasesSchema);
const about = v.optional(v.picklist(ABOUT));
/**
 * Phrases that count like `phrases` only in a sentence that says none of
 * `unless` ("graduate school" means a PhD, but not beside "master's").
 */
const ambiguous = v.optional(phrasesSchema);
const unless = v.optional(phrasesSchema);
/** Phrases of which a sentence must also say one to count ("less important" counts beside "research" or "field", not in "position was less important than token identity"). */
const also = v.optional(phrasesSchema);
const pageRange = v.strictObject({ min: count(0, 50), max: count(1, 50) });
/** A second way to pass a `present` test, tried after the first: other phrases, with their own idioms and meaning. */
const orPhrases = v.optional(v.strictObject({ phrases: phrasesSchema, except, about }));
const lengthMessage = v.pipe(templateSchema('length', 'pages', 'min', 'max', 'who'), v.regex(/^[^\n\t]*$/, 'must be one line, with no tab'));
/** Below this many pages a draft is far too short: a "change this" finding with its own message, whatever the rule's level. */
const farShort = v.optional(v.strictObject({ pages: v.pipe(v.number(), v.minValue(0.1), v.maxValue(50)), found: lengthMessage }));

/** How a rule tests the draft: one of a few kinds of test, each over the draft's parsed paragraphs and sentences. */
const TestSchema = v.variant('type', [
  /** The draft should say something like this: missing is the finding. */
  v.strictObject({ type: v.literal('present'), phrases: phrasesSchema, scope, except, ambiguous, unless, also, about, or: orPhrases }),
  /** The draft should not say this: each sentence that does is quoted. */
  v.strictObject({ type: v.literal('absent'), phrases: phrasesSchema, scope, except, about, also }),
  /** At most this many sentences should say this; the ones beyond are the finding. */
  v.strictObject({ type: v.literal('at_most'), phrases: phrasesSchema, sentences: count(0, 100), except }),
  /**
   * A sentence saying `from` (or `or`: other phrases, with their own idioms and meaning) should come before one saying
   * `to` (an area, then topics within it); a `from` sentence that names a topic inside its area ("circuits in small
   * language models", "how models represent truth", read from its grammar) is both.
   */
  v.strictObject({ type: v.literal('then'), from: phrasesSchema, or: orPhrases, to: phrasesSchema }),
  /** Headings saying `first` should come before any heading saying `before`. */
  v.strictObject({ type: v.literal('order'), first: phrasesSchema, before: phrasesSchema, except }),
  /** Pages, counted as words over `words_per_page` in every format, by career stage; `default` for stages not listed. */
  v.strictObject({
    type: v.literal('length'),
    words_per_page: count(100, 2000),
    default: pageRange,
    stages: v.optional(v.record(v.picklist(STAGES), pageRange), {}),
    far_short: farShort,
  }),
  /** Whether the draft cites work at all: a numbered or author-year citation, a citation command or a list of references. */
  v.strictObject({ type: v.literal('cites') }),
  /** Whether its citations use one style (numbered, or author and year). */
  v.strictObject({ type: v.literal('one_citation_style') }),
  /** Whether any sentence repeats an earlier one word for word (each is quoted); a draft without repeats has nothing to judge. */
  v.strictObject({ type: v.literal('no_repeats') }),
  /** Whether the entries under headings saying `under` (two at least that look like publications) share one format. */
  v.strictObject({ type: v.literal('one_entry_format'), under: phrasesSchema }),
]);

const RuleSchema = v.strictObject({
  id: idSchema,
  kinds: v.pipe(v.array(v.picklist(DOCUMENT_KINDS)), v.minLength(1, 'must name a document kind')),
  regions: v.optional(v.pipe(v.array(v.picklist(PLACES)), v.minLength(1, 'must name a region')), [...PLACES]),
  /** Only for these stages (`unknown`: none given). */
  stages: v.optional(v.pipe(v.array(v.picklist(RULE_STAGES)), v.minLength(1, 'must name a stage'))),
  /** Rules about one aspect of a draft (its opening, length, citations): a review gives each aspect one verdict. */
  aspect: v.optional(idSchema),
  /** Rules whose finding says this one's better: this one's finding is left out beside theirs (a stock opening already says it is not research). */
  unsaid_beside: v.optional(v.pipe(v.array(idSchema), v.minLength(1, 'must name a rule'))),
  /** Left out for programmes that welcome such writing (--interdisciplinary). */
  unless_interdisciplinary: v.optional(v.boolean(), false),
  level: v.picklist(LEVELS),
  test: TestSchema,
  /** What was found (or missed), said to the applicant; a length may say {length} ("2 pages"), {pages}, {min}, {max} and {who} ("for your stage (undergrad)"), a count {count}. */
  found: v.pipe(templateSchema('length', 'pages', 'min', 'max', 'count', 'who'), v.regex(/^[^\n\t]*$/, 'must be one line, with no tab')),
  /** Why it matters, in one sentence. */
  why: oneLine,
  /** What the draft already does well when the test passes; rules that look for a mistake have none. */
  good: v.optional(oneLine),
  section: idSchema,
});

export const ChecksFileSchema = v.strictObject({
  rules: v.pipe(v.array(RuleSchema), v.minLength(1, 'must list at least one rule')),
});

export type CheckRule = v.InferOutput<typeof RuleSchema>;
export type RuleTest = CheckRule['test'];
