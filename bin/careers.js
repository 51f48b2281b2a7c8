#!/usr/bin/env node
// Thin launcher: the CLI is built into dist/ by `npm install` (the prepare script).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts and prompts ask for this most often: answered without loading the CLI at all.
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/main.js');
  await main();
}
