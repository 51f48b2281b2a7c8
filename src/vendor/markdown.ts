// The terminal renderer's libraries. Each file of src/vendor/ is built into a
// bundle of its own (scripts/build.mjs), loaded only when a command needs it;
// import them only from modules that are themselves imported lazily.
export { Marked, type MarkedExtension, type Tokens } from 'marked';
export { markedTerminal } from 'marked-terminal';
export { default as Table } from 'cli-table3';
