import fc from 'fast-check';
import { ANSWER_KEYS } from '../../src/assess/index.js';

/** Any control character but tab and newline, any bidirectional control, and the Unicode line separators: what must never reach a terminal from content. */
export const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/;

/** Nine levels of nine shared lists, as YAML list items: 9^9 strings once expanded, a few hundred bytes as text. */
export const ALIAS_BOMB = [
  '  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `  - &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

/** Escape sequences an attacker would put in a guide file: colours, a screen wipe, an OSC 8 link, an OSC 52 clipboard write, C1 CSI, BEL. */
export const ESCAPES = {
  csi: '\u001B[31m',
  wipe: '\u001B[2J',
  link: '\u001B]8;;https://evil.example\u0007',
  clipboard: '\u001B]52;c;cm0gLXJmIH4=\u0007',
  c1: '\u009B2J',
  bell: '\u0007',
  bidiOverride: '\u202E',
  bidiIsolate: '\u2066',
  lineSeparator: '\u2028',
};

/** A YAML double-quoted string: YAML refuses raw control characters, but its escapes (\u001b) make them. */
export const yamlQuoted = (text: string) => JSON.stringify(text);

/** The hostile section: escape sequences in every field that is printed, raw in the body. */
export const ESCAPED_SECTION = [
  '---',
  `title: ${yamlQuoted(`Escaped ${ESCAPES.csi}title${ESCAPES.wipe}`)}`,
  `summary: ${yamlQuoted(`A ${ESCAPES.link}summary${ESCAPES.link} with a link`)}`,
  `tags: [${yamlQuoted(`hostile${ESCAPES.csi}`)}, ${yamlQuoted(`clip${ESCAPES.clipboard}board`)}]`,
  'aliases: [escaped]',
  'changed:',
  `  - name: ${yamlQuoted(`Name ${ESCAPES.clipboard}here`)}`,
  `    note: ${yamlQuoted(`The note ${ESCAPES.c1}text.`)}`,
  `    source: ${yamlQuoted(`https://example.org/${ESCAPES.bell}`)}`,
  `    as_of: ${yamlQuoted(`2026-01-01${ESCAPES.wipe}`)}`,
  '---',
  `## Hostile body${ESCAPES.csi}`,
  '',
  `A hostile paragraph ${ESCAPES.link}with a link${ESCAPES.link}, a ${ESCAPES.clipboard}clipboard write and ${ESCAPES.c1}a C1 wipe.`,
  '',
  `- a hostile list item ${ESCAPES.wipe}`,
  `- a line that reads backwards ${ESCAPES.bidiOverride}txet${ESCAPES.bidiIsolate}, then breaks${ESCAPES.lineSeparator}here`,
  `- numeric references: &#27;[31m &#x9b;2J &#7;`,
  '',
].join('\n');

/** Text that leans on what breaks parsers and terminals: escapes, YAML syntax, fences, CR, BOM, NUL, plus any code point. */
export const nasty = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...Object.values(ESCAPES),
      '\u001B',
      '\u009D',
      '\r',
      '\n',
      '\t',
      '\uFEFF',
      '\u0000',
      '---',
      ':',
      '- ',
      '[',
      ']',
      '{',
      '}',
      '&a',
      '*a',
      '!!',
      '"',
      "'",
      '#',
      '|',
      '>',
    ),
    fc.string({ unit: 'binary', maxLength: 1 }),
  ),
  maxLength: 60,
});

/** Answer files as people (and fuzzers) write them: known keys with good or bad values, unknown keys, wrong shapes. */
export const answersFileArbitrary = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom(...ANSWER_KEYS.filter((k) => !k.startsWith('skills.')), 'skills'), nasty),
    fc.oneof(
      fc.constantFrom('undergrad', 'industry', 'none', 'some', 'yes', 'maybe', 'us', 'uk', 'other', true, false, 0, 2, 4, 7, -1, 1.5),
      fc.subarray(['infrastructure', 'implementation', 'ideas', 'theory', 'policy', 'magic']),
      fc.record({ software: fc.integer({ min: -1, max: 5 }), ml: fc.integer({ min: 0, max: 4 }) }, { requiredKeys: [] }),
      fc.jsonValue({ maxDepth: 2 }),
    ),
    { maxKeys: 10 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
