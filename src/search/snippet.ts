import { sentencesOf } from '../text/sentences.js';
import { shortenAtWord } from '../text/shorten.js';

/**
 * The part of a passage to show for a search: from the start of the first
 * sentence with a matched word, as many whole sentences as fit in `max`
 * characters; a sentence too long for that is cut after a whole word, with
 * an ellipsis.
 */
export function snippet(text: string, matches: (sentence: string) => boolean, max: number): string {
  const all = sentencesOf(text);
  const first = Math.max(0, all.findIndex(matches));
  let shown = '';
  for (const sentence of all.slice(first)) {
    if ((shown + sentence).trimEnd().length > max) break;
    shown += sentence;
  }
  if (shown) return shown.trimEnd();
  // The first sentence alone is longer than `max`.
  return shortenAtWord(all[first] ?? text, max);
}
