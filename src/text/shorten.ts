import { sliceWhole } from './slice-whole.js';

/** Text cut to at most `max` characters after a whole word, with an ellipsis; text that fits is returned as it is. */
export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = sliceWhole(text, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
}
