import { Argument, Option } from '@commander-js/extra-typings';
import { DOCUMENT_KINDS, PLACES, STAGES } from '../../guide/types.js';
import { addLayoutOptions, defineCommand, examples, formatOption } from '../program.js';

/** What `careers check` prints: text in a terminal, a markdown checklist when piped, or JSON. */
export const CHECK_FORMATS = ['text', 'markdown', 'json'] as const;

export default defineCommand('check', (command) =>
  addLayoutOptions(
    command
      .description('review a draft statement of purpose, research proposal or CV against the guide (offline)')
      .addArgument(new Argument('<kind>', 'what the draft is: sop, proposal or cv').choices(DOCUMENT_KINDS))
      .argument('<file>', 'the draft: markdown, plain text, LaTeX (.tex) or PDF; - for standard input')
      .addOption(new Option('--region <region>', "where you apply (default: your last assessment's answer)").choices(PLACES))
      .addOption(new Option('--stage <stage>', "your career stage, for a CV's length (default: your last assessment's answer)").choices(STAGES))
      .option('--interdisciplinary', 'the programme is interdisciplinary: moral philosophy is on topic')
      .option('--strict', 'exit 1 when any finding is at the "change this" level')
      .addOption(formatOption(CHECK_FORMATS, 'text in a terminal, else a markdown checklist')),
  ).addHelpText(
    'after',
    examples(
      'careers check sop draft.md --region us',
      'careers check sop draft.md --region us >> notes.md',
      'careers check proposal proposal.tex --region uk',
      'careers check cv cv.md --stage undergrad --format json',
    ),
  ),
);
