/*
 * Checked by `tsc -p .` (npm test runs it), not by vitest: a command's
 * action gets its options typed by @commander-js/extra-typings from the
 * command's definition, with no interface written by hand, so an option
 * that the action reads and the definition lacks fails the type check.
 */
import type read from '../../src/cli/definitions/read.js';
import { run } from '../../src/cli/commands/read.js';
import { defineCommand, type ActionOf, type OptionsOf } from '../../src/cli/program.js';

// The action's options are exactly what the definition declares (with the global options).
type ReadOptions = OptionsOf<typeof read>;
export const readOptions: Parameters<typeof run>[2] extends ReadOptions ? (ReadOptions extends Parameters<typeof run>[2] ? true : never) : never = true;
export const all: ReadOptions['all'] = true;

// `read` defined without --all: an action that reads --all no longer compiles.
export const readWithoutAll = defineCommand('read', (command) => command.argument('[topics...]').option('--drafts'));
export const action: ActionOf<typeof readWithoutAll> = (_io, [topics], options) => {
  // @ts-expect-error -- --all is not an option of this definition
  if (options.all) return;
  if (options.drafts && topics.length) return;
};

// And an option the definition never had is not there to be read.
// @ts-expect-error -- read has no --everything option
export const everything: ReadOptions['everything'] = true;
