import { usageError } from '../errors.js';
import type { IO } from '../io.js';
import { colorLevel, COLOR_CHOICES, type ColorChoice, type ColorLevel } from '../render/color.js';
import { hyperlinkMode } from '../render/hyperlinks.js';
import type { TerminalOptions } from '../render/terminal-options.js';

/** Output for people (rendered) when stdout is a terminal; for files and pipes otherwise. */
export function pickFormat<F extends string>(requested: string | undefined, allowed: readonly F[], forTerminal: F, forPipe: F, io: IO): F {
  if (requested === undefined) return io.stdoutIsTTY ? forTerminal : forPipe;
  if (!(allowed as readonly string[]).includes(requested)) {
    throw usageError(`--format must be one of ${allowed.join(', ')} (got "${requested}")`);
  }
  return requested as F;
}

export function pickColor(requested: string | undefined, io: IO): ColorLevel {
  const choice = requested ?? 'auto';
  if (!(COLOR_CHOICES as readonly string[]).includes(choice)) {
    throw usageError(`--color must be one of ${COLOR_CHOICES.join(', ')} (got "${choice}")`);
  }
  return colorLevel(choice as ColorChoice, io);
}

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
export function pickTerminalOptions(options: { color?: string; width?: string }, io: IO): TerminalOptions {
  const level = pickColor(options.color, io);
  return { width: pickWidth(options.width, io), colorLevel: level, hyperlinks: hyperlinkMode(io.env, io.stdoutIsTTY, level, io.platform) };
}
