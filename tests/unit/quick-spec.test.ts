import { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/cli.js';
import { specOf, type SpecKinds } from '../../src/command-line/spec.js';

const kinds: SpecKinds = { repeatable: (option) => option.parseArg === collect, acts: (option) => option.long === '--version', runs: (command) => command.name() !== 'other' };

/** A program with one command, `run`, shaped by `shape`; the spec's view of both. */
function specWith(shape: (command: Command, program: Command) => void) {
  const program = new Command('x').version('1.0.0', '-V, --version').addOption(new Option('--guide <dir>').argParser(collect));
  const command = program.command('run').argument('[words...]').option('--format <format>').option('--no-pager');
  shape(command, program);
  return specOf(program, kinds);
}

describe('the quick parser\'s spec', () => {
  it('describes plain options, defaults and the one variadic argument', () => {
    const spec = specWith(() => {});
    expect(spec.globals).toEqual([{ flag: '--guide', key: 'guide', kind: 'value', repeatable: true }]);
    expect(spec.commands.run).toEqual({
      options: [{ flag: '--format', key: 'format', kind: 'value' }, { flag: '--no-pager', key: 'pager', kind: false }],
      defaults: { pager: true },
      operands: { required: false },
    });
  });

  it('leaves a command to Commander when its options matter even off the line, or hooks run, or options are positional', () => {
    const shapes: Array<(command: Command, program: Command) => void> = [
      (command) => command.addOption(new Option('--token <t>').env('TOKEN')),
      (command) => command.requiredOption('--must <m>'),
      (command) => command.hook('preAction', () => {}),
      (_, program) => program.hook('preAction', () => {}),
      (_, program) => program.enablePositionalOptions(),
      (command) => command.option('--guide <g>'),
      (command) => command.option('--when <w>', 'when', new Date(0) as unknown as string),
      (command) => command.name('other'),
    ];
    for (const shape of shapes) expect(specWith(shape).commands, String(shape)).toEqual({});
  });

  it('leaves an option to Commander when it does more than set a value', () => {
    // No command at all counts as the option left out too.
    const flags = (shape: (command: Command) => void) => specWith(shape).commands.run?.options.map((option) => option.flag) ?? [];
    expect(flags((command) => command.addOption(new Option('--full [what]')))).not.toContain('--full');
    expect(flags((command) => command.addOption(new Option('--full').preset('all')))).not.toContain('--full');
    expect(flags((command) => command.option('--n <n>', 'a number', Number))).not.toContain('--n');
    expect(flags((command) => command.addOption(new Option('--tag <t>').argParser(collect).default('a')))).not.toContain('--tag');
    expect(flags((command) => command.addOption(new Option('--a').conflicts('format')))).not.toContain('--a');
    expect(flags((command) => command.addOption(new Option('--width <w>').choices(['60', '80']).argParser(Number)))).not.toContain('--width');
    expect(flags((command) => command.option('--fast').on('option:fast', () => command.setOptionValue('speed', 'high')))).not.toContain('--fast');
    expect(flags((command) => command.addOption(new Option('--color <c>').choices(['on', 'off'])))).toContain('--color');
    expect(specWith(() => {}).globals.map((option) => option.flag)).not.toContain('--version');
  });
});
