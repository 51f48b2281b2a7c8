/**
 * Whether a word of a text is the word asked for, give or take an ending:
 * the asked word (4 letters or more) may start it ("fellow" finds
 * "fellowship"), or both may end differently on a shared stem of 4 letters
 * or more ("residencies" finds "residency"). A short word of the text is not
 * the start of a longer one asked for: "over" is not "overriding".
 */
export function sameWord(asked: string, other: string): boolean {
  if (asked === other) return true;
  if (asked.length >= 4 && other.startsWith(asked)) return true;
  let common = 0;
  while (common < asked.length && common < other.length && asked[common] === other[common]) common++;
  return common >= 4 && asked.length - common <= 3 && other.length - common <= 3;
}
