import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { ParsedCommand } from '../../src/command-line/parsed-command.js';
import { quickParse } from '../../src/command-line/quick-parse.js';
import { commandLineSpec } from '../../src/cli.js';
import { fakeIO } from '../helpers/fake-io.js';

const spec = commandLineSpec();

/** What Commander hands the action for `argv`, or its exit code when it runs no action (an error, help). */
async function commanderParse(argv: string[]): Promise<ParsedCommand | number> {
  let parsed: ParsedCommand | undefined;
  const code = await run(argv, fakeIO(), async (_io, line) => {
    parsed = line;
  });
  return parsed ?? code;
}

describe('the quick parser', () => {
  it('takes the plain lines people type, as Commander parses them', async () => {
    const lines = [
      ['read', 'skills'], ['read', 'sop', 'cv'], ['read'], ['read', 'skills', '--format', 'terminal', '--color', 'always'],
      ['read', '--all', '--no-pager', '--no-front-matter'], ['list'], ['list', '--tag', 'phd', '--format', 'json'],
      ['search', 'residency', 'letters', '--limit', '3'], ['list', '--guide', 'a', '--guide', 'b'], ['search', 'x', '--guide', 'dir'],
      ['assess', '--answers', 'me.yaml', '--format', 'json', '--no-save'], ['assess', '--again', '--full'], ['plan', '--width', '60'],
      ['history', '--format', 'json'], ['validate', 'one', 'two'], ['validate'], ['read', 'skills', '--format', 'json', '--format', 'markdown'],
    ];
    for (const argv of lines) {
      const quick = quickParse(spec, argv);
      expect(quick, argv.join(' ')).toBeDefined();
      expect(quick, argv.join(' ')).toEqual(await commanderParse(argv));
    }
  });

  it('leaves everything else to Commander: help, short flags, =, --, dashed values, bad choices, missing words', () => {
    const lines = [
      [], ['help', 'read'], ['completion', 'bash'], ['nope'], ['constructor'], ['READ', 'skills'], ['--color', 'never', 'read', 'skills'],
      ['read', '--help'], ['read', '-h'], ['read', 'skills', '--version'], ['read', 'skills', '-V'], ['read', '--format=json', 'skills'],
      ['read', '--', 'skills'], ['read', 'skills', '--width'], ['read', 'skills', '--width', '-1'], ['assess', '--answers', '-'],
      ['read', 'skills', '--color', 'blue'], ['read', 'skills', '--colr', 'never'], ['search'], ['list', 'extra'], ['read', '-'],
      ['read', 'skills', '--pager'], ['history', '--all'],
    ];
    for (const argv of lines) expect(quickParse(spec, argv), argv.join(' ')).toBeUndefined();
  });

  it('gives exactly what Commander gives the action, for any line it takes', async () => {
    const flags = [...new Set([...spec.globals, ...Object.values(spec.commands).flatMap((command) => command.options)].map((option) => option.flag))];
    const word = fc.oneof(
      fc.constantFrom(...flags, ...flags, '--help', '-h', '--version', '-V', '--', '-', '--format=json', '--pager', '--save', '-x'),
      fc.constantFrom('json', 'markdown', 'always', 'never', 'auto', 'skills', 'sop', '60', 'dir', 'read', 'list', 'help'),
      fc.string({ maxLength: 6 }),
    );
    const first = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...Object.keys(spec.commands)) }, { weight: 1, arbitrary: word });
    let taken = 0;
    await fc.assert(
      fc.asyncProperty(first, fc.array(word, { maxLength: 6 }), async (name, rest) => {
        const argv = [name, ...rest];
        const quick = quickParse(spec, argv);
        if (!quick) return;
        taken++;
        expect(await commanderParse(argv)).toEqual(quick);
      }),
      { numRuns: 600 },
    );
    // Not a vacuous pass: a good share of the lines were taken, and so compared.
    expect(taken).toBeGreaterThan(60);
  });
});
