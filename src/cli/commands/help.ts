import { usageError } from '../../errors.js';
import { editDistance } from '../../text/distance.js';
import type definition from '../definitions/help.js';
import type { ActionOf } from '../program.js';

export const run: ActionOf<typeof definition> = async (io, [name], _options, command) => {
  const program = command.parent;
  if (!program) return;
  if (!name) return program.outputHelp();
  const topic = TOPICS[name];
  if (topic) return io.stdout.write(topic);
  const found = program.commands.find((c) => c.name() === name);
  if (found) return found.outputHelp();
  const names = [...program.commands.map((c) => c.name()), ...Object.keys(TOPICS)];
  const near = names.filter((n) => editDistance(name.toLowerCase(), n) <= Math.max(1, Math.floor(n.length / 3)));
  throw usageError(`no help for "${name}"${near.length ? `; did you mean ${near.join(', ')}?` : ''}`, `careers help lists the commands; topics: ${Object.keys(TOPICS).join(', ')}`);
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
  LANG, LC_ALL, LC_CTYPE
                   a locale without UTF-8 (LANG=C) draws prompts and output with
                   ASCII symbols only
  CAREERS_DEBUG    1: a stack trace for unexpected errors
`;
const TOPICS: Record<string, string> = { environment: ENVIRONMENT };

