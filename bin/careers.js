#!/usr/bin/env node
// Thin launcher: the CLI is built into dist/ by `npm install` (the prepare script).
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts and prompts ask for this most often: answered without loading the CLI at all,
  // with the same quiet handling of a closed or failing stdout as the CLI.
  process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE') process.stderr.write(`careers: cannot write output: ${error.code ?? error.message}\n`);
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/main.js');
  await main();
}
