/** A letter or digit: a phrase that starts or ends with one matches only whole words. */
const WORD_EDGE = /[\p{L}\p{N}]/u;
const NOT_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}])';
const ANY_ENDING = "[\\p{L}\\p{N}'’-]*";

/**
 * One matcher for a rule's phrases: case-insensitive, whole words, a
 * trailing `*` for any ending, any run of spaces between words. Each phrase
 * is escaped, so the pattern has no nested repetition and runs in linear time.
 * Phrases that share their word edges share one guard on each side: V8
 * compiles each Unicode property class of a pattern anew in every process,
 * and a guard per phrase made hundreds of them.
 */
export function phraseMatcher(phrases: readonly string[], flags = ''): RegExp {
  const groups = new Map<string, string[]>();
  for (const phrase of phrases) {
    const open = phrase.endsWith('*');
    const body = open ? phrase.slice(0, -1) : phrase;
    const words = body
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    const before = WORD_EDGE.test(body.at(0) ?? '') ? NOT_BEFORE : '';
    const after = open ? ANY_ENDING : WORD_EDGE.test(body.at(-1) ?? '') ? NOT_AFTER : '';
    const key = `${before}\n${after}`;
    groups.set(key, [...(groups.get(key) ?? []), words.join('\\s+')]);
  }
  const alternatives = [...groups].map(([key, bodies]) => {
    const [before, after] = key.split('\n');
    return `${before}(?:${bodies.join('|')})${after}`;
  });
  return new RegExp(alternatives.join('|'), `iu${flags}`);
}
