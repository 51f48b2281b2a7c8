/** 1-based line of a top-level front-matter key in a file's text (the opening fence is line 1), for file:line messages. */
export function fieldLine(text: string, key: string): number | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.indexOf('---', 1);
  const index = lines.slice(0, end < 0 ? undefined : end).findIndex((line) => line.startsWith(`${key}:`));
  return index > 0 ? index + 1 : undefined;
}
