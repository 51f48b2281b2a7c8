// Front-matter and YAML parsing: needed only when a guide file is read afresh or an answers file is YAML (see markdown.ts).
export { default as matter } from 'gray-matter';
export { default as yaml } from 'js-yaml';
