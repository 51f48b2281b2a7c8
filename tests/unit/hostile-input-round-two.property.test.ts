import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN } from '../../src/guide/types.js';
import { renderForTerminal } from '../../src/terminal/render-for-terminal.js';
import { careers, fakeIO, runCli } from '../helpers/fake-io.js';
import { nasty } from '../helpers/hostile.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('round-two');

/** Hostile single-line fields: line breaks, tabs and shell syntax among them. */
const field = fc.oneof(nasty, fc.constantFrom('a\nb', 'x\t$(touch PWNED)', '`id`\n\tz', 'ok'));

describe('any field text, through list and completion', () => {
  it('keeps list to one line a section with three fields, and completion to valid ids', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: field, summary: field, tags: fc.array(field, { maxLength: 3 }), aliases: fc.array(field, { maxLength: 2 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (sections) => {
          const dir = folder(Object.fromEntries(sections.map((fm, i) => [`s${i}.md`, `---\n${stringify(fm)}---\nBody.\n`])));
          // The built-in guide from the run's prebuilt cache: what is under test is the hostile folder beside it.
          const listed = await careers(['list', '--guide', dir]);
          expect(listed.code).toBe(0);
          for (const line of listed.stdout.split('\n').slice(0, -1)) {
            expect(line.split('\t'), line).toHaveLength(3);
            expect(line.split('\t')[0]).toMatch(ID_PATTERN);
          }
          const topics = await careers(['completion', '--topics', '--guide', dir]);
          for (const line of topics.stdout.split('\n').slice(0, -1)) expect(line).toMatch(ID_PATTERN);
        },
      ),
      { numRuns: 25 },
    );
  });
});

/** Markdown made of the constructs that make marked slow or overflow its stack, repeated to random lengths. */
const shape = fc
  .array(fc.tuple(fc.constantFrom('> ', '- ', '1. ', '* ', '*a', '_a', '| a ', '  ', '[', '](', '`', '\n', 'word '), fc.integer({ min: 1, max: 4000 })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((parts) => parts.map(([piece, count]) => piece.repeat(count)).join(''));

describe('any nesting and run lengths, through the renderer', () => {
  it('always finishes, with text', async () => {
    await fc.assert(
      fc.asyncProperty(shape, async (markdown) => {
        const io = fakeIO();
        const [text] = await renderForTerminal(io, [{ markdown, file: 'x.md' }], { width: 80, colorLevel: 0, hyperlinks: 'off' });
        expect(typeof text).toBe('string');
      }),
      { numRuns: 60 },
    );
    // How long a large section takes is measured by the bench; the timeout only catches a render that never ends.
  }, 60_000);
});

describe('any bytes in any cache file', () => {
  it('give the same output as no cache at all', async () => {
    const guide = folder({ 'mine.md': '---\ntitle: Mine\nsummary: About mine\n---\n\nA residency note.\n' });
    const commands = [
      ['list', '--guide', guide],
      ['read', 'mine', '--guide', guide],
      ['search', 'residency', '--guide', guide, '--format', 'json'],
      ['read', 'skills', '--format', 'terminal', '--color', 'always'],
    ];
    const expected = await Promise.all(commands.map((args) => runCli(args)));
    // The caches these commands write, made once; each run spoils a copy of them.
    const made = tempDir();
    for (const args of commands) await runCli(args, { env: { XDG_CACHE_HOME: made } });
    // Random bytes are almost never JSON, so they reach only the parse; any JSON value reaches the checks of a cache's shape as well.
    const spoilt = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.json({ maxDepth: 3 }).map((text) => new TextEncoder().encode(text)),
    );
    await fc.assert(
      fc.asyncProperty(spoilt, fc.boolean(), async (bytes, keepHead) => {
        const cache = tempDir();
        const env = { XDG_CACHE_HOME: cache };
        fs.cpSync(made, cache, { recursive: true });
        const files = fs
          .readdirSync(cache, { recursive: true, encoding: 'utf8' })
          .map((f) => path.join(cache, f))
          .filter((f) => fs.statSync(f).isFile());
        expect(files.length).toBeGreaterThan(2);
        for (const file of files) {
          // Random bytes, whole or after the file's own first half (a cache cut short and overwritten).
          const head = keepHead ? fs.readFileSync(file).subarray(0, fs.statSync(file).size / 2) : Buffer.alloc(0);
          fs.writeFileSync(file, Buffer.concat([head, Buffer.from(bytes)]));
        }
        for (const [i, args] of commands.entries()) {
          const again = await runCli(args, { env });
          expect(again.code, args.join(' ')).toBe(0);
          expect(again.stdout, args.join(' ')).toBe(expected[i]?.stdout);
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
