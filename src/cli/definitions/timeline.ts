import { Option } from '@commander-js/extra-typings';
import { PLACES, TARGETS } from '../../guide/types.js';
import { addLayoutOptions, defineCommand, examples, formatOption } from '../program.js';
import { TODAY_HELP } from '../today.js';

/** The formats `careers timeline` prints: text in a terminal, a markdown task list when piped. */
export const TIMELINE_FORMATS = ['text', 'markdown', 'json', 'ics'] as const;

export default defineCommand('timeline', (command) =>
  addLayoutOptions(
    command
      .description('a dated plan of what to do, month by month, to apply for a PhD, fellowship or residency')
      .addOption(new Option('--intake <year>', 'the year you want to start'))
      .addOption(new Option('--region <region>', "where you apply (default: your last assessment's answer)").choices(PLACES))
      .addOption(new Option('--target <target>', "what you apply for (default: from your last assessment's PhD answer)").choices(TARGETS))
      .option('--today <date>', TODAY_HELP)
      .addOption(formatOption(TIMELINE_FORMATS, 'text in a terminal, else markdown')),
  ).addHelpText(
    'after',
    examples(
      'careers timeline --intake 2027 --region us',
      'careers timeline --intake 2027 --region uk --target phd >> notes.md',
      'careers timeline --intake 2027 --region uk --target fellowship --format ics > applications.ics',
      'careers timeline --intake 2028 --region us --target phd --today 2027-03-01   # what if I start in March?',
    ),
  ),
);
