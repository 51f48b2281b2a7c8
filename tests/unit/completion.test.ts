import { spawnSync } from 'node:child_process';
import { Option } from '@commander-js/extra-typings';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/run.js';
import { fakeIO, runCli } from '../helpers/fake-io.js';

/** What the bash script offers for a command line whose last word is being completed (`''` for an empty word). */
function completeInBash(script: string, words: string[]): string[] {
  const line = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _careers; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync('bash', ['--norc', '--noprofile', '-c', line], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  expect(run.stderr).toBe('');
  return run.stdout.split('\n').filter(Boolean).sort();
}

/** Every option and argument of every command that Commander checks against a list, with that list. */
function choicesOfProgram() {
  const program = buildProgram(fakeIO(), 'completion');
  return program.commands.flatMap((command) => [
    ...[...command.options, ...program.options]
      .filter((o) => o.argChoices && !o.hidden)
      .map((o) => ({ command: command.name(), option: o.long ?? '', choices: o.argChoices ?? [] })),
    ...command.registeredArguments.filter((a) => a.argChoices).map((a) => ({ command: command.name(), option: undefined, choices: a.argChoices ?? [] })),
  ]);
}

describe('careers completion', () => {
  const choices = choicesOfProgram();

  it('finds the choices of the program (a check that the walk below is not empty)', () => {
    expect(choices).toContainEqual({ command: 'history', option: '--format', choices: ['text', 'json'] });
    expect(choices).toContainEqual({ command: 'check', option: undefined, choices: ['sop', 'proposal', 'cv'] });
  });

  it('completes, in bash, exactly the values Commander accepts after each option of each command', async () => {
    const { stdout } = await runCli(['completion', 'bash']);
    for (const { command, option, choices: values } of choices.filter((c) => c.option)) {
      expect(completeInBash(stdout, ['careers', command, option ?? '', '']), `${command} ${option}`).toEqual([...values].sort());
    }
    // history rejects markdown: it is not offered.
    expect(completeInBash(stdout, ['careers', 'history', '--format', ''])).toEqual(['json', 'text']);
  });

  it('completes, in bash, the choices of a first argument', async () => {
    const { stdout } = await runCli(['completion', 'bash']);
    expect(completeInBash(stdout, ['careers', 'check', ''])).toEqual(expect.arrayContaining(['cv', 'proposal', 'sop']));
    expect(completeInBash(stdout, ['careers', 'completion', 'z'])).toEqual(['zsh']);
  });

  it('gives fish the same values', async () => {
    const { stdout } = await runCli(['completion', 'fish']);
    for (const { command, option, choices: values } of choices) {
      const line = option
        ? `-n "__fish_seen_subcommand_from ${command}" -l ${option.slice(2)} -xa "${values.join(' ')}"`
        : `-n "__fish_seen_subcommand_from ${command}; and not __fish_seen_subcommand_from ${values.join(' ')}" -a "${values.join(' ')}"`;
      expect(stdout, `${command} ${option}`).toContain(line);
    }
  });

  it("completes a new option's choices with no edit to completion", async () => {
    const io = fakeIO();
    const program = buildProgram(io, 'completion');
    program.command('throwaway').addOption(new Option('--flavour <flavour>', 'a flavour').choices(['salty', 'sweet']));
    await program.parseAsync(['completion', 'bash'], { from: 'user' });
    expect(completeInBash(io.out(), ['careers', 'throwaway', '--flavour', 's'])).toEqual(['salty', 'sweet']);
    expect(completeInBash(io.out(), ['careers', 'th'])).toEqual(['throwaway']);
  });

  it('completes files, folders and topics from the placeholder names', async () => {
    const { stdout } = await runCli(['completion', 'bash']);
    expect(stdout).toContain('"assess --answers") COMPREPLY+=( $(compgen -f -- "$cur") )');
    expect(stdout).toContain('*" --guide") COMPREPLY+=( $(compgen -d -- "$cur") )');
    expect(stdout).toMatch(/ {4}read\) .*_careers_topics "\$cur" ;;/);
  });

  it('puts only plain words through compgen -W, which would expand anything else', () => {
    for (const { choices: values } of choices) for (const value of values) expect(value).toMatch(/^[\w.-]+$/);
  });

  it('refuses a shell it does not know, and asks for one when none is named', async () => {
    const unknown = await runCli(['completion', 'tcsh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/bash, zsh, fish/);
    const none = await runCli(['completion']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^careers: completion is available for bash, zsh, fish/);
  });
});
