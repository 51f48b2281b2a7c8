import assess from './commands/assess.js';
import check from './commands/check.js';
import completion from './commands/completion.js';
import help from './commands/help.js';
import history from './commands/history.js';
import list from './commands/list.js';
import plan from './commands/plan.js';
import read from './commands/read.js';
import search from './commands/search.js';
import timeline from './commands/timeline.js';
import validate from './commands/validate.js';
import view from './commands/view.js';

/** Every command, in the order help lists them: the CLI, its help and shell completion are made from this list. */
export const commands = [assess, plan, timeline, check, history, list, read, view, search, validate, completion, help];
