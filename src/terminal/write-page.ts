import type { IO } from './io.js';

/**
 * Writes a command's output, through the pager when it is for a person in a
 * terminal and longer than the screen. Never pages a pipe or a file, nor a
 * dumb terminal (TERM=dumb: an editor's shell, where less only complains).
 */
export async function writePage(io: IO, text: string, usePager: boolean): Promise<void> {
  const lines = text.split('\n').length;
  if (usePager && io.page && io.stdoutIsTTY && io.env.TERM !== 'dumb' && io.rows !== undefined && lines > io.rows) await io.page(text);
  else io.stdout.write(text);
}
