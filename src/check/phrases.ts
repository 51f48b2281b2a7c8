/** A letter or digit: a phrase that starts or ends with one matches only whole words. */
const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * One matcher for a rule's phrases: case-insensitive, whole words, a
 * trailing `*` for any ending, any run of spaces between words. Each phrase
 * is escaped, so the pattern has no nested repetition and runs in linear time.
 */
export function phraseMatcher(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) => {
    const open = phrase.endsWith('*');
    const body = open ? phrase.slice(0, -1) : phrase;
    const words = body.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const before = WORD_EDGE.test(body.at(0) ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
    const after = open ? "[\\p{L}\\p{N}'’-]*" : WORD_EDGE.test(body.at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
    return `${before}${words.join('\\s+')}${after}`;
  });
  return new RegExp(alternatives.join('|'), 'iu');
}
