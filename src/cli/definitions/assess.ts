import { addPlanOutputOptions, collect, defineCommand, examples } from '../program.js';

const ANSWER_KEYS_HELP = `
Answers file (JSON or YAML; any key left out is asked in a terminal):
  stage                undergrad | masters | industry | phd-student | phd-graduate | other
  top_institution      true | false (undergraduates: a top research university?)
  skills               { software, ml, research, theory }: each an integer 0-4
  numerical            true | false (numerical programming, applied maths, messy research code)
  publications         integer >= 0
  research_experience  none | some | substantial
  research_field       ml | computing | science | other (field of your research or PhD; ml assumed if left out)
  interests            list of: infrastructure, implementation, ideas, theory, policy
  phd                  yes | maybe | no
  region               us | uk | other
`;

export default defineCommand('assess', (command) =>
  addPlanOutputOptions(
    command
      .description('answer a few questions; get ranked roles, reasons, next steps and what to read')
      .option('--answers <file>', 'take answers from a JSON or YAML file, or a saved run (- for stdin); only missing ones are asked')
      .option('--again', 'start each question on your last answer: Enter keeps it')
      .option('--set <key=value>', 'change one answer of your last run (or of --answers) without asking; repeatable', collect)
      .option('--no-save', 'do not save this run to your history')
      .option('--drafts', 'let sections of your own marked draft: true into the reading list'),
  )
    .addHelpText(
      'after',
      `${ANSWER_KEYS_HELP}
In a terminal, Esc goes back to the previous question. With output piped or
redirected (>> notes.md), the questions are asked on the terminal and only
the plan goes to the output.
${examples('careers assess', 'careers assess --again', 'careers assess --set skills.ml=3', 'careers assess --answers me.yaml --format json --no-save', 'careers assess >> notes.md')}`,
    )
);
