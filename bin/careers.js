#!/usr/bin/env node
'use strict';
// Thin launcher, CommonJS on purpose: Node starts its ES module loader for an
// ES module entry, a few milliseconds every run. The CLI itself is built into
// dist/ by `npm install` (the prepare script) and loaded with its code caches.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Scripts and prompts ask for this most often: answered without loading the CLI at all,
  // with the same quiet handling of a closed or failing stdout as the CLI.
  const line = `${require('../package.json').version}\n`;
  try {
    fs.writeSync(1, line);
  } catch (error) {
    // As src/main.ts does: a descriptor that would block gets the stream; a closed reader is not an error.
    if (error.code === 'EAGAIN') process.stdout.write(line);
    else if (error.code !== 'EPIPE') process.stderr.write(`careers: cannot write output: ${error.code ?? error.message}\n`);
    process.exitCode = error.code === 'EPIPE' || error.code === 'EAGAIN' ? 0 : 1;
  }
} else {
  const main = path.join(root, 'dist', 'main.js');
  if (fs.existsSync(main)) require('./load-bundle.js').loadBundle(main).main(root);
  else {
    process.stderr.write('careers: not built yet: run npm install (or npm run build) in the careers folder\n');
    process.exitCode = 1;
  }
}
