import { toJson } from '../render/json.js';
import { pickColor, pickFormat } from '../shell/output-format.js';
import { defineCommand, examples, formatOption } from './program.js';

export default defineCommand('history', (command, io) =>
  command
    .description('list your past assessments')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', examples('careers history', 'careers history --format json'))
    // One line a past assessment, newest last: date, stage, top role and its fit.
    .action(async (_options, command) => {
      const options = command.optsWithGlobals();
      const { savedRuns } = await import('../shell/saved-runs.js');
      const format = pickFormat(options.format, 'text', 'text', io);
      const runs = savedRuns(io).map(({ run, result, file }) => ({ date: run.date, stage: result.answers.stage, top: result.roles[0], file }));
      if (format === 'json') {
        io.stdout.write(toJson(runs.map(({ date, stage, top, file }) => ({ date, stage, topRole: top?.id, fit: top?.fit, file }))));
        return;
      }
      if (!runs.length) {
        io.stderr.write('careers: no saved assessments yet; run careers assess\n');
        return;
      }
      const { Chalk } = await import('chalk');
      const c = new Chalk({ level: pickColor(options.color, io) });
      for (const { date, stage, top } of runs) {
        const when = localTime(date);
        io.stdout.write(io.stdoutIsTTY ? `${c.dim(when)}  ${stage.padEnd(12)}  ${c.bold(top?.title ?? '?')} (${top?.fit ?? '?'})\n` : `${date}\t${stage}\t${top?.id ?? ''}\t${top?.fit ?? ''}\n`);
      }
    }),
);

/** A saved ISO date shown in the reader's own time zone ("2026-11-26 23:05"); scripts get the ISO date itself. */
function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
