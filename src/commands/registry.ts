import assess from './assess.js';
import check from './check.js';
import completion from './completion.js';
import help from './help.js';
import history from './history.js';
import list from './list.js';
import plan from './plan.js';
import read from './read.js';
import search from './search.js';
import timeline from './timeline.js';
import validate from './validate.js';
import view from './view.js';

/** Every command, in the order help lists them: the CLI, its help and shell completion are made from this list. */
export const commands = [assess, plan, timeline, check, history, list, read, view, search, validate, completion, help];
