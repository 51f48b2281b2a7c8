import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validatePartialAnswers } from '../../src/assess/index.js';
import { loadGuide } from '../../src/guide/load.js';
import { parseSection } from '../../src/guide/parse.js';
import { ID_PATTERN } from '../../src/guide/types.js';
import { withBody, type SectionWithBody } from '../../src/guide/types.js';
import { answersFileArbitrary, CONTROL, nasty } from '../helpers/hostile.js';
import { FRONT_MATTER_FIELDS } from '../helpers/json-fields.js';

/** Front-matter keys the schema knows, with a few it does not. */
const key = fc.constantFrom(...FRONT_MATTER_FIELDS, 'role', 'extra');
const value = fc.oneof(
  nasty,
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(nasty, { maxLength: 3 }),
  fc.array(fc.dictionary(fc.constantFrom('name', 'note', 'source', 'as_of'), nasty), { maxLength: 2 }),
);

/** A title, a summary and the fields that are printed, all hostile text, sometimes with other keys mixed in. */
const printedFields = fc.record(
  {
    title: nasty,
    summary: nasty,
    tags: fc.array(nasty, { maxLength: 3 }),
    changed: fc.array(fc.record({ name: nasty, note: nasty, source: nasty, as_of: nasty }), { maxLength: 2 }),
  },
  { requiredKeys: ['title', 'summary'] },
);
const mapping = fc
  .tuple(printedFields, fc.dictionary(key, value, { maxKeys: 4 }), fc.boolean())
  .map(([fields, other, mix]) => (mix ? { ...fields, ...other } : fields));

/** Mostly well-formed YAML mappings with hostile values, sometimes raw garbage between the fences. */
const frontMatter = fc.oneof({ weight: 4, arbitrary: mapping.map((data) => stringify(data)) }, { weight: 1, arbitrary: nasty });
const fence = fc.constantFrom('---', '---', '---', '---yaml', '--- yml', '---js', '---javascript', '---coffee', '---toml', '--- JS', '----');
const file = fc.tuple(fence, frontMatter, nasty, fc.boolean()).map(([open, fm, body, crlf]) => {
  const text = `${open}\n${fm}\n---\n${body}\n`;
  return crlf ? text.replace(/\n/g, '\r\n') : text;
});

const printed = (s: SectionWithBody) => [
  s.id,
  s.title,
  s.summary,
  s.body,
  ...s.tags,
  ...s.aliases,
  ...s.changed.flatMap((c) => [c.name, c.note, c.source, c.as_of]),
];

// 400 runs: with the schema's control-character cleaning removed, both properties below failed within 1 to 118 runs (12 tries).
describe('parseSection on random input', () => {
  it('never throws: it returns a section with clean text, or problems', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('x', 'Bad Name', 'a\u001B[1m'), (text, id) => {
        const { section, problems } = parseSection(text, `g/${id}.md`, 'test', id);
        if (section) {
          expect(problems).toEqual([]);
          for (const field of printed(section)) expect(field).not.toMatch(CONTROL);
        } else {
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('as a note, never throws and prints only clean text, whatever the file holds', () => {
    const anything = fc.oneof(
      file,
      fc.string({ maxLength: 300 }),
      fc.tuple(fc.constantFrom('+++', '---toml', '---', '# '), nasty).map(([open, rest]) => `${open}\n${rest}\n+++\n${rest}`),
    );
    fc.assert(
      fc.property(anything, fc.constantFrom('x', 'Bad Name', 'a\u001B[1m', '日本'), (text, name) => {
        const { section, problems } = parseSection(text, `g/${name}.md`, 'test', name, { strict: false });
        expect(section !== undefined || problems.length > 0).toBe(true);
        if (section) {
          expect(section.id).toMatch(ID_PATTERN);
          for (const field of printed(section)) expect(field).not.toMatch(CONTROL);
          for (const field of [section.title, section.summary, ...section.tags]) expect(field).not.toMatch(/[\n\t]/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never runs or accepts front-matter in another language', () => {
    fc.assert(
      fc.property(fc.constantFrom('js', 'javascript', 'coffee', 'cson', 'toml', 'json', 'JS', ' js', 'js '), fc.dictionary(key, nasty), (language, data) => {
        const { section, problems } = parseSection(`---${language}\n${JSON.stringify({ title: 't', summary: 's', ...data })}\n---\n`, 'g/x.md', 'test', 'x');
        expect(section).toBeUndefined();
        expect(problems[0]?.message).toMatch(/is not allowed; only YAML is read/);
      }),
    );
  });
});

describe('loadGuide on random folders', () => {
  it('never throws, whatever the bytes of its files', () => {
    const name = fc.constantFrom('a.md', 'b.md', 'sub/c.md', 'sub/deeper/a.md', 'x.txt', 'Bad.md');
    const content = fc.oneof(
      file,
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );
    fc.assert(
      fc.property(fc.dictionary(name, content, { maxKeys: 5 }), (files) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-prop-'));
        try {
          for (const [relative, data] of Object.entries(files)) {
            fs.mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
            fs.writeFileSync(path.join(dir, relative), data);
          }
          const guide = loadGuide([{ dir, origin: 'test' }]);
          const markdown = Object.keys(files).filter((f) => f.endsWith('.md')).length;
          // Every markdown file ends up as a section or a problem (a duplicate id is a problem too).
          expect(guide.sections.length + guide.problems.length).toBeGreaterThanOrEqual(markdown);
          for (const section of guide.sections) for (const field of printed(withBody(guide, section))) expect(field).not.toMatch(CONTROL);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** The keys an answers object holds, as the validator names them (`skills.ml` for a nested rating). */
const flatKeys = (raw: Record<string, unknown>) =>
  Object.entries(raw).flatMap(([k, v]) => (k === 'skills' && v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).map((s) => `skills.${s}`) : [k]));

describe('validatePartialAnswers on random answer files', () => {
  it('accepts them, or rejects them naming a key they hold', () => {
    fc.assert(
      fc.property(answersFileArbitrary, (raw) => {
        const checked = validatePartialAnswers(raw);
        const isMapping = raw !== null && typeof raw === 'object' && !Array.isArray(raw);
        if ('ok' in checked) {
          expect(isMapping).toBe(true);
          return;
        }
        expect(checked.error.message).not.toMatch(CONTROL);
        if (!isMapping) {
          expect(checked.error).toEqual({ key: '', message: expect.stringMatching(/^answers must be a mapping of stage, /) });
          return;
        }
        expect(flatKeys(raw as Record<string, unknown>)).toContain(checked.error.key);
        expect(checked.error.message).toMatch(/ must be | is not an answer; expected one of /);
      }),
      { numRuns: 1000 },
    );
  });
});
