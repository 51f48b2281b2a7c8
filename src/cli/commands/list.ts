import type { ChalkInstance } from 'chalk';
import { CareersError } from '../../errors.js';
import type { Section } from '../../guide/types.js';
import { toJson } from '../../render/json.js';
import { loadGuideFor } from '../guide-context.js';
import { pickColor, pickFormat } from '../output-format.js';
import { sliceWhole } from '../../text/slice-whole.js';
import { defineCommand, examples, formatOption } from '../program.js';

export default defineCommand('list', (command, io) =>
  command
    .description('list the topics of the guide')
    .option('--tag <tag>', 'only topics with this tag or role')
    .option('--tags', 'list every tag with how many topics carry it')
    .option('--drafts', 'include sections marked draft: true')
    .addOption(formatOption(['text', 'json'], 'text'))
    .addHelpText('after', examples('careers list', 'careers list --tag phd', 'careers list --tags', 'careers list --format json | jq -r ".[].id"'))
    .action(async (_options, command) => {
      const options = command.optsWithGlobals();
      const format = pickFormat(options.format, 'text', 'text', io);
      const guide = await loadGuideFor(io, options.guide, { drafts: options.drafts ?? false });
      const tag = options.tag?.toLowerCase();
      const sections = tag ? guide.sections.filter((s) => s.tags.includes(tag) || s.roles.includes(tag)) : guide.sections;
      if (tag && !sections.length) throw new CareersError(`no topic is tagged "${options.tag}" (careers list --tags shows the tags)`);

      if (options.tags) {
        const counts = tagCounts(sections);
        // Aligned for a person at a terminal; tab-separated for a pipe.
        const tagWidth = Math.max(...counts.map(([t]) => t.length));
        const line = ([t, n]: [string, number]) => (io.stdoutIsTTY ? `${t.padEnd(tagWidth)}  ${String(n).padStart(3)}\n` : `${t}\t${n}\n`);
        io.stdout.write(format === 'json' ? toJson(Object.fromEntries(counts)) : counts.map(line).join(''));
      } else if (format === 'json') {
        io.stdout.write(toJson(sections.map(({ id, title, summary, tags, aliases, origin, file }) => ({ id, title, summary, tags, aliases, origin, file }))));
      } else if (io.stdoutIsTTY) {
        // chalk is set up only for a person at a terminal; a piped list is plain text.
        const { Chalk } = await import('chalk');
        io.stdout.write(columns(sections, io.columns ?? 80, new Chalk({ level: pickColor(options.color, io) })));
      } else {
        io.stdout.write(sections.map((s) => `${s.id}\t${s.title}\t${s.tags.join(',')}\n`).join(''));
      }
    }),
);

/** Every tag with how many sections carry it, most used first. */
function tagCounts(sections: readonly Section[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const tag of sections.flatMap((s) => s.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** id, title and summary aligned, each line cut to the terminal width. */
function columns(sections: readonly Section[], width: number, c: ChalkInstance): string {
  const idWidth = Math.max(...sections.map((s) => s.id.length));
  return sections
    .map((s) => {
      const rest = clip(s.summary ? `${s.title} — ${s.summary}` : s.title, width - idWidth - 2);
      const [title, summary = ''] = rest.split(' — ');
      return `${c.bold(s.id.padEnd(idWidth))}  ${title}${summary ? c.dim(` — ${summary}`) : ''}\n`;
    })
    .join('');
}

const clip = (text: string, width: number) => (text.length <= width ? text : `${sliceWhole(text, Math.max(0, width - 1))}…`);
