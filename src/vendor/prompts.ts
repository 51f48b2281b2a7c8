// The Inquirer prompts the assessment and the topic picker use (see markdown.ts for why this file exists).
export { checkbox, confirm, number, search, select } from '@inquirer/prompts';
