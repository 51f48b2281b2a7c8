/**
 * Front-matter for notes apps. Values are written as JSON scalars and flow
 * lists, which are valid YAML, so no YAML library is loaded to print a header.
 */
export function frontMatter(fields: Record<string, string | number | readonly string[] | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}
