#!/usr/bin/env node
'use strict';
// The launcher. `--version`, which scripts ask for most, is answered here
// without loading the CLI; everything else runs the bundle that `npm install`
// builds into dist/ (the prepare script).
const fs = require('node:fs');
const path = require('node:path');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const line = `${require('../package.json').version}\n`;
  try {
    fs.writeSync(1, line);
  } catch (error) {
    // As in the CLI: a descriptor that would block gets the stream; a reader that closed early is not an error.
    if (error.code === 'EAGAIN') process.stdout.write(line);
    else if (error.code !== 'EPIPE') process.stderr.write(`careers: cannot write output: ${error.code ?? error.message}\n`);
    process.exitCode = error.code === 'EPIPE' || error.code === 'EAGAIN' ? 0 : 1;
  }
} else {
  const root = path.join(__dirname, '..');
  const bundle = path.join(root, 'dist', 'careers.js');
  if (!fs.existsSync(bundle)) {
    process.stderr.write('careers: not built yet: run npm install (or npm run build) in the careers folder\n');
    process.exitCode = 1;
  } else {
    // Node 22.1+ keeps compiled code between runs; Node 20 has no such cache and compiles each time.
    require('node:module').enableCompileCache?.();
    require(bundle).main(root);
  }
}
