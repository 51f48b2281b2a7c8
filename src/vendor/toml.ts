// TOML front-matter (Hugo's `+++`): needed only when a guide file is read afresh (see markdown.ts).
export { parse as parseToml } from 'smol-toml';
