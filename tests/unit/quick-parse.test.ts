import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandLineSpec } from '../../src/build-quick-spec.js';
import { run } from '../../src/cli.js';
import type { ParsedCommand } from '../../src/command-line/parsed-command.js';
import { quickParse } from '../../src/command-line/quick-parse.js';
import { runCommandLine } from '../../src/command-line/run-command-line.js';
import type { QuickSpec } from '../../src/command-line/spec.js';
import { fakeIO } from '../helpers/fake-io.js';

// As the bundles get it: through JSON.
const spec = JSON.parse(JSON.stringify(commandLineSpec())) as QuickSpec;

/** What Commander hands the action for `argv`, with its exit code; parsed is undefined when no action ran (an error, help). */
async function commanderParse(argv: string[]): Promise<{ code: number; parsed?: ParsedCommand }> {
  let parsed: ParsedCommand | undefined;
  const code = await run(argv, fakeIO(), async (_io, line) => {
    parsed = line;
  });
  return { code, ...(parsed ? { parsed } : {}) };
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
      expect(await commanderParse(argv), argv.join(' ')).toStrictEqual({ code: 0, parsed: quick });
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
    const options = [...spec.globals, ...Object.values(spec.commands).flatMap((command) => command.options)];
    const flags = [...new Set(options.map((option) => option.flag))];
    const choices = options.flatMap((option) => option.choices ?? []);
    const word = fc.oneof(
      fc.constantFrom(...flags, ...flags, '--help', '-h', '--version', '-V', '--', '-', '--format=json', '--pager', '--save', '-x'),
      fc.constantFrom(...choices, 'json', 'markdown', 'skills', 'sop', '60', 'dir', 'read', 'list', 'help', ''),
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
        expect(await commanderParse(argv)).toStrictEqual({ code: 0, parsed: quick });
      }),
      { numRuns: 600 },
    );
    // Not a vacuous pass: a good share of the lines were taken, and so compared.
    expect(taken).toBeGreaterThan(60);
  });
});

describe('a command line run quickly', () => {
  const runBoth = async (argv: string[]) => {
    const quick = fakeIO();
    const commander = fakeIO();
    const codes = [await runCommandLine(argv, quick, spec), await runCommandLine(argv, commander)];
    return { codes, quick: [quick.out(), quick.err()], commander: [commander.out(), commander.err()] };
  };

  it('prints what the Commander CLI prints, errors included', async () => {
    for (const argv of [['read', 'skills'], ['read', 'sop', '--format', 'json'], ['list', '--tag', 'phd'], ['read', 'no-such-topic'], ['list', '--format', 'xml'], ['search', 'residency']]) {
      expect(quickParse(spec, argv), argv.join(' ')).toBeDefined();
      const { codes, quick, commander } = await runBoth(argv);
      expect(codes[0], argv.join(' ')).toBe(codes[1]);
      expect(quick, argv.join(' ')).toEqual(commander);
      expect(quick.join('').length).toBeGreaterThan(0);
    }
  });

  it('hands any other line to Commander, which prints its help or its error', async () => {
    const help = fakeIO();
    expect(await runCommandLine(['read', '--help'], help, spec)).toBe(0);
    expect(help.out()).toContain('Usage: careers read');
    const typo = fakeIO();
    expect(await runCommandLine(['read', 'skills', '--colr', 'never'], typo, spec)).toBe(2);
    expect(typo.err()).toContain('Did you mean --color?');
  });
});
