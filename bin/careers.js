#!/usr/bin/env node
'use strict';
// The launcher: runs the bundle that `npm install` builds into dist/ (the prepare script).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'dist', 'careers.mjs');
if (fs.existsSync(bundle)) {
  // Node 22.1+ keeps compiled code between runs; Node 20 has no such cache and compiles each time.
  require('node:module').enableCompileCache?.();
  import(require('node:url').pathToFileURL(bundle).href).then((cli) => cli.main(root));
} else if (process.argv.length === 3 && ['--version', '-V'].includes(process.argv[2])) {
  // Not built yet, but a script asking which version this is still gets its answer.
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  process.stderr.write('careers: not built yet: run npm install (or npm run build) in the careers folder\n');
  process.exitCode = 1;
}
