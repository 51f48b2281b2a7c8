// Full-text search: needed only by `careers search` (see markdown.ts).
export { default as MiniSearch, type AsPlainObject, type Options } from 'minisearch';
