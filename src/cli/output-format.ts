import type { IO } from '../terminal/io.js';
import { colorLevel, type ColorChoice, type ColorLevel } from '../terminal/color.js';
import { hyperlinkMode } from '../terminal/hyperlinks.js';
import { themeOf } from '../terminal/palette.js';
import type { TerminalOptions } from '../terminal/render-options.js';
import { usageError } from '../errors.js';

/** The global --color option, as every command receives it (Commander has checked its value). */
export interface ColorOption {
  color?: ColorChoice;
}

/** Output for people (rendered) when stdout is a terminal; for files and pipes otherwise. Commander has checked a requested format. */
export const pickFormat = <F extends string>(requested: F | undefined, forTerminal: F, forPipe: F, io: IO): F =>
  requested ?? (io.stdoutIsTTY ? forTerminal : forPipe);

export const pickColor = (requested: ColorChoice | undefined, io: IO): ColorLevel => colorLevel(requested ?? 'auto', io);

/** Rendered text is kept to a readable measure even on a wide terminal (glow does the same). */
const MAX_WIDTH = 100;
const PIPE_WIDTH = 80;

export function pickWidth(requested: string | undefined, io: IO): number {
  if (requested !== undefined) {
    const n = Number(requested);
    if (!Number.isInteger(n) || n < 20 || n > 1000) throw usageError(`--width must be a whole number from 20 to 1000 (got "${requested}")`);
    return n;
  }
  return Math.min(io.columns ?? PIPE_WIDTH, MAX_WIDTH);
}

/** Everything the terminal renderer needs from the options and the terminal. */
export function pickTerminalOptions(options: ColorOption & { width?: string | undefined }, io: IO): TerminalOptions {
  const level = pickColor(options.color, io);
  return {
    width: pickWidth(options.width, io),
    colorLevel: level,
    hyperlinks: hyperlinkMode(io.env, io.stdoutIsTTY, level, io.platform),
    theme: themeOf(io.env),
  };
}
