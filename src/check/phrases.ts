/** A letter or digit: a phrase that starts or ends with one matches only whole words. */
const WORD_EDGE = /[\p{L}\p{N}]/u;
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const ANY_ENDING = "[\\p{L}\\p{N}'’-]*";

/**
 * One matcher for a rule's phrases: whole words, a trailing `*` for any
 * ending, any run of spaces between words. It is matched against text in
 * lower case (`forMatching`): phrases are lower-cased here, so that the
 * pattern needs no case-insensitive flag. Each phrase is escaped, so the
 * pattern has no nested repetition and runs in linear time.
 *
 * V8 compiles each Unicode property class of a pattern anew in every
 * process (with the `i` flag, about twice as slowly), and a guard per phrase
 * made hundreds of them: so phrases that start with a word character share
 * one guard before them, and those that end with one share one after.
 */
export function phraseMatcher(phrases: readonly string[], flags = ''): RegExp {
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const open = phrase.endsWith('*');
    const body = open ? phrase.slice(0, -1) : phrase;
    const words = body
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const before = WORD_EDGE.test(body.at(0) ?? '');
    const after = open ? 'open' : WORD_EDGE.test(body.at(-1) ?? '') ? 'closed' : 'none';
    const key = `${before ? 'word' : 'any'} ${after}`;
    groups.set(key, [...(groups.get(key) ?? []), words.join('\\s+')]);
  }
  const ends = (start: 'word' | 'any') => {
    const of = (after: string) => groups.get(`${start} ${after}`) ?? [];
    const alternatives = [
      ...(of('closed').length ? [`(?:${of('closed').join('|')})${NOT_AFTER}`] : []),
      ...(of('open').length ? [`(?:${of('open').join('|')})${ANY_ENDING}`] : []),
      ...of('none'),
    ];
    return alternatives.length ? `${start === 'word' ? NOT_BEFORE : ''}(?:${alternatives.join('|')})` : [];
  };
  return new RegExp([ends('word'), ends('any')].flat().join('|'), `u${flags}`);
}

/** Text as phrase matchers read it: lower case, like their phrases. */
export const forMatching = (text: string) => text.toLowerCase();
