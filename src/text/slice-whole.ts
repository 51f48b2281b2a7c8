/**
 * text.slice(0, end), but never ending halfway through a character outside
 * the Basic Multilingual Plane (an emoji, 𐀀): half a surrogate pair prints
 * as U+FFFD, and would change the text a message quotes.
 */
export function sliceWhole(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}
