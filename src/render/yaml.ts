type Value = string | number | boolean | readonly string[] | { readonly [key: string]: unknown } | undefined;

/**
 * Front-matter for notes apps. Values are written as JSON (scalars, flow
 * lists and flow mappings), which is valid YAML, so no YAML library is
 * loaded just to print a header.
 */
export function frontMatter(fields: Record<string, Value>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(', ')}]` : JSON.stringify(value)}`);
  return ['---', ...lines, '---', ''].join('\n');
}
