import { loadGuideFor } from '../guide-context.js';
import { guideAge } from '../../guide/age.js';
import { usageError } from '../../errors.js';
import { CREDIT_LINE } from '../../guide/credit.js';
import type { IO } from '../../terminal/io.js';
import { VERSION } from '../../version.js';
import { editDistance } from '../../text/distance.js';
import type definition from '../definitions/help.js';
import type { HELP_TOPICS } from '../definitions/help.js';
import type { ActionOf } from '../program.js';

export const run: ActionOf<typeof definition> = async (io, [name], options, command) => {
  const program = command.parent;
  if (!program) return;
  if (!name) return program.outputHelp();
  // Own keys only: a word such as "constructor" names no topic.
  const topic = Object.hasOwn(TOPICS, name) ? TOPICS[name as HelpTopic] : undefined;
  if (typeof topic === 'string') return io.stdout.write(topic);
  if (topic) return io.stdout.write(await topic(io, options.guide));
  const found = program.commands.find((c) => c.name() === name);
  if (found) return found.outputHelp();
  const names = [...program.commands.map((c) => c.name()), ...Object.keys(TOPICS)];
  const near = names.filter((n) => editDistance(name.toLowerCase(), n) <= Math.max(1, Math.floor(n.length / 3)));
  throw usageError(
    `no help for "${name}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`,
    `careers help lists the commands; topics: ${Object.keys(TOPICS).join(', ')}`,
  );
};

/** Help topics that are not commands, as `gh help environment` has. */
const ENVIRONMENT = `Environment variables careers reads:

  CAREERS_HOME     folder for saved assessments (default: $XDG_DATA_HOME/careers,
                   else ~/.local/share/careers)
  CAREERS_GUIDE    extra guide folders, separated by ":" (";" on Windows), read
                   before any --guide folder
  XDG_DATA_HOME    base folder for saved data when CAREERS_HOME is not set
  XDG_CACHE_HOME   base folder for caches (default: ~/.cache); deleting
                   $XDG_CACHE_HOME/careers is always safe
  PAGER            pager for long output in a terminal (default: less -FRX)
  NO_COLOR         any value: no colour unless --color always
  FORCE_COLOR      0 to 3: colour level, even when not a terminal (--color wins)
  FORCE_HYPERLINK  1 or 0: clickable links in rendered text, or plain addresses
  CAREERS_THEME    light or dark: colours chosen for that background (default:
                   from COLORFGBG, else dark)
  COLORFGBG        "foreground;background", set by some terminals: a background
                   of 7 or 15 (light) picks the light colours
  LANG, LC_ALL, LC_CTYPE
                   a locale without UTF-8 (LANG=C) draws prompts and output with
                   ASCII symbols only
  CAREERS_DEBUG    1: a stack trace for unexpected errors
`;
/** Help topics: their text, or a function that makes it from the guide (the guide's age). */
type HelpTopic = (typeof HELP_TOPICS)[number];
const TOPICS: Record<HelpTopic, string | ((io: IO, guideDirs: string[] | undefined) => Promise<string>)> = { environment: ENVIRONMENT, data: dataHelp };

/** `careers help data`: where the advice comes from, how old its facts are as a whole, and how to update. */
async function dataHelp(io: IO, guideDirs: string[] | undefined): Promise<string> {
  const guide = await loadGuideFor(io, guideDirs);
  const age = guideAge(guide.sections, guide.routes());
  const checked = age.oldest
    ? `The guide's dated facts (${age.routes} route records, ${age.changes} notes on what changed
since the source) were last checked between ${age.oldest} and ${age.newest}.
Anything may have moved since the oldest of those days: check a programme's
own page (careers read routes-today has the addresses) before relying on it.`
    : 'Nothing in these guide folders is dated.';
  return `The advice: ${CREDIT_LINE}.

${checked}

To update, in the clone careers was installed from:

  git pull && npm install

(careers ${VERSION}; the guide's facts are as new as that clone.)
`;
}
