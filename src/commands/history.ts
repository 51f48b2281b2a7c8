import { Chalk } from 'chalk';
import type { IO } from '../io.js';
import { toJson } from '../render/json.js';
import type { GlobalOptions } from './global-options.js';
import { pickColor, pickFormat } from './output-format.js';
import { savedRuns } from './saved-runs.js';

export interface HistoryOptions extends GlobalOptions {
  format?: string;
}

/** `careers history`: one line a past assessment, newest last: date, stage, top role and its fit. */
export function historyCommand(io: IO, options: HistoryOptions): void {
  const format = pickFormat(options.format, ['text', 'json'] as const, 'text', 'text', io);
  const c = new Chalk({ level: pickColor(options.color, io) });
  const runs = savedRuns(io).map(({ run, result, file }) => ({ date: run.date, stage: result.answers.stage, top: result.roles[0], file }));
  if (format === 'json') {
    io.stdout.write(toJson(runs.map(({ date, stage, top, file }) => ({ date, stage, topRole: top?.id, fit: top?.fit, file }))));
    return;
  }
  if (!runs.length) {
    io.stderr.write('careers: no saved assessments yet; run careers assess\n');
    return;
  }
  for (const { date, stage, top } of runs) {
    const when = localTime(date);
    io.stdout.write(io.stdoutIsTTY ? `${c.dim(when)}  ${stage.padEnd(12)}  ${c.bold(top?.title ?? '?')} (${top?.fit ?? '?'})\n` : `${date}\t${stage}\t${top?.id ?? ''}\t${top?.fit ?? ''}\n`);
  }
}

/** A saved ISO date shown in the reader's own time zone ("2026-11-26 23:05"); scripts get the ISO date itself. */
function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
