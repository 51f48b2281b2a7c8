import { stringify } from 'yaml';

type Value = string | number | boolean | readonly string[] | { readonly [key: string]: unknown } | undefined;

/** Front-matter for notes apps: a YAML header, fields left out when undefined, long values kept on one line; written as YAML 1.1, so a reader of either version reads "yes" or a date as the text it is. */
export function frontMatter(fields: Record<string, Value>): string {
  return `---\n${stringify(fields, { lineWidth: 0, version: '1.1' })}---\n`;
}
