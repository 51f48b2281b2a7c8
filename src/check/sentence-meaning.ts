/*
 * What a sentence is about, read from its words (the word tokens of
 * parse-english's tree) rather than from keywords alone: whether the writer
 * describes work already done, or plans for the future. Rules use these to
 * tell "I built a simulator" from "I want to build one", and "I will test
 * this hypothesis" from "we propose a method [3]" describing a published paper.
 */

/** The writer as a subject: "I", "we", or "my"/"our" and a few words ("my thesis", "our team's paper"). */
const PRONOUNS = new Set(['i', 'we']);
const POSSESSIVES = new Set(['my', 'our']);
/** Irregular past tenses and participles of verbs that describe work. */
const IRREGULAR = new Set([
  'built',
  'wrote',
  'written',
  'led',
  'ran',
  'run',
  'made',
  'found',
  'taught',
  'began',
  'begun',
  'did',
  'done',
  'took',
  'taken',
  'got',
  'gotten',
  'gave',
  'given',
  'won',
  'spent',
  'saw',
  'seen',
  'became',
  'become',
  'held',
  'brought',
  'sought',
  'thought',
  'shown',
  'drew',
  'drawn',
  'chose',
  'chosen',
  'met',
  'understood',
  'went',
  'gone',
  'kept',
  'put',
  'set',
  'been',
  'was',
  'were',
]);
/** Past-looking adjectives that say how the writer feels, not what they did. */
const FEELINGS = new Set([
  'interested',
  'fascinated',
  'drawn',
  'excited',
  'inspired',
  'motivated',
  'passionate',
  'curious',
  'intrigued',
  'eager',
  'keen',
  'determined',
  'convinced',
  'amazed',
  'attracted',
  'hooked',
  'captivated',
]);
/** Nouns that name a feeling, not work: "I developed an interest in", "I found a passion for". */
const FEELING_NOUNS = new Set(['interest', 'passion', 'fascination', 'love', 'curiosity', 'appreciation', 'enthusiasm', 'desire', 'liking', 'taste']);
/** Verbs that link the writer to a state: "I have been interested", "I became curious", "I got hooked". */
const LINKING = new Set(['was', 'were', 'been', 'became', 'become', 'got', 'gotten', 'grew', 'grown']);
const AUXILIARIES = new Set(['have', 'has', 'had', "'ve", 've']);
/** Words that may stand between a subject and its verb: "I also built", "we then showed", "I have always been". */
const ADVERBS =
  /^(also|then|later|first|recently|since|subsequently|previously|already|independently|together|jointly|successfully|always|never|long|ever|still|\w+ly)$/;
/**
 * What "my" or "our" may own and still be the writer's own work: "my thesis
 * compared", "our paper showed". "My advisor's lab showed" and "our group
 * published" report what others did.
 */
const WORK_PRODUCTS = new Set([
  'thesis',
  'dissertation',
  'project',
  'projects',
  'paper',
  'papers',
  'work',
  'research',
  'experiment',
  'experiments',
  'results',
  'findings',
  'analysis',
  'study',
  'studies',
  'model',
  'models',
  'method',
  'system',
  'code',
  'implementation',
  'prototype',
  'proof',
  'report',
  'submission',
  'contribution',
  'contributions',
  'simulator',
  'benchmark',
  'library',
  'tool',
  'algorithm',
  'approach',
]);
/** Verbs that set out what the writer will do: a plan, as a proposal states one ("I will test", "we propose to"). */
const PLANNING = new Set(['will', 'shall', "'ll", 'll', 'going', 'plan', 'plans', 'planning', 'intend', 'intends', 'aim', 'aims', 'propose', 'proposes']);
/** Verbs that say what the writer wants to do: a wish, as a statement of interests states one ("I want to", "I hope to"). */
const WISHING = new Set(['want', 'wants', 'hope', 'hopes', 'wish', 'seek', 'next', 'future']);
/** "Would" and "could" make a wish before these ("I would like to", "I'd love to"), and a plan before any other verb ("I would then test"). */
const MODALS = new Set(['would', 'could']);
const WISH_AFTER_MODAL = new Set(['like', 'love', 'enjoy', 'welcome', 'prefer', 'be', 'want', 'hope']);
/** A sentence that points at published work describes it, even in the present tense ("in [3] we propose …"). */
const PUBLISHED = /\[\d{1,3}\]|\(\p{Lu}[\p{L}-]+[^()]*\d{4}\)|\b(?:paper|published|publication|preprint|article)\b|\b(?:19|20)\d\d\b/iu;

/** "I've" is "I have", "we'll" is "we will": contractions read as the words they stand for. */
const CONTRACTIONS: Record<string, string> = { ve: 'have', ll: 'will', d: 'would', m: 'am', re: 'are' };
const expand = (words: readonly string[]) =>
  words.flatMap((word) => {
    const [, subject, rest] = /^(i|we)['’](ve|ll|d|m|re)$/.exec(word) ?? [];
    return subject && rest ? [subject, CONTRACTIONS[rest] ?? rest] : [word];
  });

const isPast = (word: string) =>
  IRREGULAR.has(word) || (/^[a-z]{3,}ed$/.test(word) && !FEELINGS.has(word) && !/^(need|feed|seed|speed|proceed|succeed|exceed|indeed)$/.test(word));

/** Where the writer is the subject: the index of the word after the subject (and any adverbs), for each such subject. */
function afterSubjects(words: readonly string[]): number[] {
  const found: number[] = [];
  words.forEach((word, index) => {
    let next = -1;
    if (PRONOUNS.has(word)) next = index + 1;
    else if (POSSESSIVES.has(word)) {
      // "my thesis", "our first paper": the subject's noun phrase is a few words at most.
      for (let k = index + 2; k <= Math.min(index + 4, words.length - 1); k++) {
        if (AUXILIARIES.has(words[k] ?? '') || isPast(words[k] ?? '')) {
          if (WORK_PRODUCTS.has(words[k - 1] ?? '')) next = k;
          break;
        }
      }
    }
    if (next < 0) return;
    found.push(skipAdverbs(words, next));
  });
  return found;
}

/** The index of the first word from `at` that is not an adverb ("also", "recently"). */
function skipAdverbs(words: readonly string[], at: number): number {
  let next = at;
  while (next < words.length && ADVERBS.test(words[next] ?? '') && !isPast(words[next] ?? '')) next++;
  return next;
}

/** Whether the verb at `at` reports a feeling rather than work: "been interested", "became curious", "developed an interest". */
function isFeeling(words: readonly string[], at: number): boolean {
  const verb = words[at] ?? '';
  const after = skipAdverbs(words, at + 1);
  if (LINKING.has(verb)) return FEELINGS.has(words[after] ?? '');
  const object = /^(a|an|my|our|this|that|the|real|deep|strong|keen|growing|lasting|early)$/.test(words[after] ?? '') ? skipAdverbs(words, after + 1) : after;
  return FEELING_NOUNS.has(words[object] ?? '') || FEELING_NOUNS.has(words[object + 1] ?? '');
}

/** The writer reports completed work: "I built", "we showed", "my thesis compared", "I have developed". */
export function describesDoneWork(tokens: readonly string[]): boolean {
  const words = expand(tokens);
  return afterSubjects(words).some((at) => {
    // "I have developed": the participle after the auxiliary is the verb.
    const verbAt = AUXILIARIES.has(words[at] ?? '') ? skipAdverbs(words, at + 1) : at;
    const verb = words[verbAt] ?? '';
    return isPast(verb) && !FEELINGS.has(verb) && !isFeeling(words, verbAt);
  });
}

/** Words in which the writer appears. */
const WRITER = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves']);
/** Words after which a past form describes a noun rather than reporting an act: "the published results", "in simulated robots". */
const BEFORE_ADJECTIVE = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'your',
  'is',
  'are',
  'be',
  'being',
  'newly',
  'well',
]);
const PREPOSITIONS = new Set(['in', 'on', 'of', 'for', 'with', 'from', 'by', 'at', 'to', 'into', 'about', 'as', 'than', 'under', 'over']);

/**
 * The sentence reports what someone else did, and the writer is not in it:
 * "The group published …", "Their lab showed …", "Professor Lee's group
 * found …". Such a sentence is about others' past work: neither the
 * writer's research nor a group they say they would join.
 */
export function reportsOthersWork(tokens: readonly string[]): boolean {
  const words = expand(tokens);
  if (words.some((word) => WRITER.has(word))) return false;
  return words.some((word, index) => {
    const before = words[index - 1] ?? '';
    // "The group led by Professor Lee studies …": a past form before "by", with no "was" before it, describes the group.
    const describes = words[index + 1] === 'by' && !LINKING.has(before);
    return index > 0 && isPast(word) && !FEELINGS.has(word) && !BEFORE_ADJECTIVE.has(before) && !PREPOSITIONS.has(before) && !describes;
  });
}

/** Words after "I am" that say the writer means to do something: "I am keen to", "I'm hoping to"; the last few set out a plan. */
const MEANING_TO = new Set(['keen', 'eager', 'excited', 'hoping', 'looking', 'determined', 'planning', 'aiming', 'intending', 'going']);
const PLANNING_AFTER_AM = new Set(['planning', 'aiming', 'intending', 'going']);
/** "My goal is to", "our aim is to": the writer's intention named as a noun. */
const INTENTION =
  /\b(?:my|our) (?:main |long-term |first |next |central |research )?(?:goal|aim|plan|hope|ambition|intention|objective)s? (?:is|are|will be) to\b/i;

/**
 * The writer says what they want or mean to do: a future or intending verb
 * with the writer as subject ("I want to", "I'd like to", "I hope to"), "I
 * am keen to", or "my goal is to". Unlike plans, a sentence that points at
 * published work still counts ("I want to test whether the features of [2]
 * are used").
 */
export function describesIntent(tokens: readonly string[], text: string): boolean {
  const words = expand(tokens);
  return (
    INTENTION.test(text) ||
    afterSubjects(words).some((at) => {
      const verb = words[at] ?? '';
      return PLANNING.has(verb) || WISHING.has(verb) || MODALS.has(verb) || (verb === 'am' && MEANING_TO.has(words[at + 1] ?? ''));
    })
  );
}

/**
 * The writer sets out plans: a verb of planning with the writer as subject
 * ("I will test", "we propose to", "I would then measure"), in a sentence
 * that does not point at published work. A wish is not a plan set out: "I
 * would like to test hypotheses about …" and "I am keen to learn the
 * methodology" say what the writer wants to work on.
 */
export function describesPlans(tokens: readonly string[], text: string): boolean {
  if (PUBLISHED.test(text)) return false;
  const words = expand(tokens);
  return (
    afterSubjects(words).some((at) => {
      const verb = words[at] ?? '';
      if (MODALS.has(verb)) return !WISH_AFTER_MODAL.has(words[skipAdverbs(words, at + 1)] ?? '');
      return PLANNING.has(verb) || (verb === 'am' && PLANNING_AFTER_AM.has(words[at + 1] ?? ''));
    }) || /\b(?:this|the) (?:project|proposal|research|work|study) will\b/i.test(text)
  );
}

/** Capitalised words that name no one: the writer, and the field's acronyms and degrees. */
const NOT_NAMES = new Set(['I', 'AI', 'ML', 'NLP', 'RL', 'CS', 'PhD', 'PhDs', 'DPhil', 'MSc', 'BSc', 'US', 'UK', 'EU']);
/** How many words from a word saying a person or group its name may stand: "Professor Ada Lee", "the Vision and Learning lab". */
const NAME_REACH = 3;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** A proper name: a capitalised word ("Lee's", "Okafor") or an acronym of two letters or more ("CHAI"). */
const looksLikeName = (word: string) => /^\p{Lu}(?:[\p{Ll}'’.-]|\p{Lu}+(?:['’]s)?$)/u.test(word) && !NOT_NAMES.has(word.replace(/['’]s$/, ''));

/**
 * The sentence names a person or group by a proper name near one of `hits`
 * (where, in the same text in lower case, a word saying a person or group
 * was found): "Professor Lee's group", "the Vision and Learning lab", not "a
 * research group" or "a supervisor". The first word of a sentence is a name
 * only as a possessive ("Stanford's"): otherwise it is capitalised anyway.
 */
export function namesSomeone(text: string, lowered: string, hits: ReadonlyArray<{ start: number; end: number }>): boolean {
  const words = [...text.matchAll(WORD)];
  const lowerWords = [...lowered.matchAll(WORD)];
  // Lower-casing that changed the words (a rare letter whose lower case is two) leaves no way to line them up: any name in the sentence counts.
  const aligned = words.length === lowerWords.length;
  const near = new Set<number>();
  for (const { start, end } of hits) {
    const inHit = lowerWords.flatMap((w, i) => (w.index < end && w.index + w[0].length > start ? [i] : []));
    const [first = 0, last = first] = [inHit[0], inHit.at(-1)];
    for (let i = first - NAME_REACH; i <= last + NAME_REACH; i++) if (!inHit.includes(i)) near.add(i);
  }
  return words.some(([word], index) => (!aligned || near.has(index)) && looksLikeName(word) && (index > 0 || /['’]s$/.test(word)));
}
