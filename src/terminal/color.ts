import type { IO } from './io.js';

export type ColorChoice = 'auto' | 'always' | 'never';
export const COLOR_CHOICES: readonly ColorChoice[] = ['auto', 'always', 'never'];

/** 0 = none, 1 = 16 colours, 2 = 256, 3 = truecolor (chalk's levels). */
export type ColorLevel = 0 | 1 | 2 | 3;

/**
 * The colour rule (as in tealdeer): an explicit --color wins; otherwise
 * FORCE_COLOR, then NO_COLOR (any non-empty value, see no-color.org), then
 * colour only when stdout is a terminal that is not "dumb". chalk ignores
 * NO_COLOR, so the level is decided here and handed to chalk.
 */
export function colorLevel(choice: ColorChoice, io: Pick<IO, 'env' | 'stdoutIsTTY'>): ColorLevel {
  if (choice === 'never') return 0;
  const supported = terminalLevel(io.env);
  if (choice === 'always') return supported || 1;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return n >= 1 && n <= 3 ? (n as ColorLevel) : supported || 1;
  }
  if (io.env.NO_COLOR) return 0;
  if (!io.stdoutIsTTY || io.env.TERM === 'dumb') return 0;
  return supported || 1;
}

function terminalLevel(env: IO['env']): ColorLevel {
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (env.TERM?.includes('256')) return 2;
  return 1;
}
