import type { ParsedCommand } from './parsed-command.js';
import type { CommandSpec, OptionSpec, QuickSpec } from './spec.js';

/**
 * Parses the plain command lines people type most (a command, its
 * operands, long options with their values) without loading Commander,
 * which is most of the code a lookup would otherwise load and run. Returns
 * undefined for anything else: short flags, `--help`, `--opt=value`, `--`,
 * a value that starts with a dash, an unknown option or command, a bad
 * choice, a missing operand. Commander then parses the line as always, with
 * its errors and help. What this returns is what Commander would give the
 * action for the same line (a property test holds it to that).
 */
export function quickParse(spec: QuickSpec, argv: readonly string[]): ParsedCommand | undefined {
  const [name, ...rest] = argv;
  const command: CommandSpec | undefined = name !== undefined && Object.hasOwn(spec.commands, name) ? spec.commands[name] : undefined;
  if (!command) return undefined;
  const options: Record<string, unknown> = { ...spec.globalDefaults, ...command.defaults };
  const operands: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (!word.startsWith('-')) {
      operands.push(word);
      continue;
    }
    // The program's options first: Commander's program takes its own options wherever they stand on the line.
    const option = findOption(spec.globals, word) ?? findOption(command.options, word);
    if (!option) return undefined;
    if (option.kind !== 'value') {
      options[option.key] = option.kind;
      continue;
    }
    const value = rest[++i];
    if (value === undefined || value.startsWith('-') || (option.choices && !option.choices.includes(value))) return undefined;
    const previous = options[option.key];
    options[option.key] = option.repeatable ? [...(Array.isArray(previous) ? previous : []), value] : value;
  }
  if (!command.operands) return operands.length ? undefined : { name: name!, args: [], options };
  if (command.operands.required && !operands.length) return undefined;
  return { name: name!, args: [operands], options };
}

const findOption = (options: readonly OptionSpec[], word: string) => options.find((option) => option.flag === word);
