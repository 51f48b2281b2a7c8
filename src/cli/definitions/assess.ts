import { addPlanOutputOptions, collect, defineCommand, examples } from '../program.js';
import { TODAY_HELP } from '../today.js';

const ANSWER_KEYS_HELP = `
Answers file (JSON or YAML; any key left out is asked in a terminal):
  stage                school | undergrad | masters | industry | phd-student | phd-graduate | other
  undergrad_year       1-4 (undergraduates; 4 = final year or later; 4 assumed if left out)
  top_institution      true | false (undergraduates: a top research university?)
  skills               { software, ml, research, theory }: each an integer 0-4
  numerical            true | false (numerical programming, applied maths, messy research code)
  publications         integer >= 0
  research_experience  none | some | substantial
  research_field       ml | computing | science | other (field of your research or PhD; ml assumed if left out)
  interests            list of: infrastructure, implementation, ideas, theory, policy, security
  focus                list of: interpretability, evaluations, control, robustness, agent-foundations,
                       governance, security, field-building (may be empty; empty assumed if left out)
  phd                  yes | maybe | no
  region               us | uk | other: where you live, or would work or study (other assumed if left out)
  needs_visa           true | false: whether working or studying there needs a visa (false assumed if left out)
`;

export default defineCommand('assess', (command) =>
  addPlanOutputOptions(
    command
      .description('answer a few questions; get ranked roles, reasons, next steps and what to read')
      .option('--answers <file>', 'take answers from a JSON or YAML file, or a saved run (- for stdin); only missing ones are asked')
      .option('--again', 'start each question on your last answer: Enter keeps it')
      .option('--set <key=value>', 'change one answer of your last run (or of --answers) without asking; repeatable', collect)
      .option('--no-save', 'do not save this run to your history')
      .option('--drafts', 'let sections of your own marked draft: true into the reading list')
      .option('--today <date>', TODAY_HELP),
  ).addHelpText(
    'after',
    `${ANSWER_KEYS_HELP}
In a terminal, Esc goes back to the previous question. With output piped or
redirected (>> notes.md), the questions are asked on the terminal and only
the plan goes to the output.
${examples('careers assess', 'careers assess --again', 'careers assess --set skills.ml=3', 'careers assess --answers me.yaml --format json --no-save', 'careers assess >> notes.md')}`,
  ),
);
