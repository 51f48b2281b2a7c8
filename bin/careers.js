#!/usr/bin/env node
'use strict';
// The launcher, and the loader of the CLI's bundles, in one CommonJS file on
// purpose: an ES module entry starts Node's ES module loader, and every file
// required here is one more to resolve and compile, on every run. The CLI
// itself is built into dist/ by `npm install` (the prepare script).
//
// Code caches: Node 20 has no module.enableCompileCache (that came in 22.1),
// so every start would parse and compile the same code again. The build runs
// the common commands once and saves, next to each bundle file, V8's compiled
// code for the functions they used (`<file>.cache`). Here each file is
// compiled with vm.Script and its cache. V8 itself checks a cache only against
// its Node version and the source's length, so each cache starts with the
// size and mtime of the file it was made from; a cache for any other file, or
// one V8 rejects, is ignored and the code compiles as usual.
const fs = require('node:fs');
const path = require('node:path');

/** file → { module, script }: each file runs once, like require. */
const loaded = new Map();

/** Bytes before V8's data in a cache file: the stamp, padded (a multiple of 8 keeps V8's data aligned). */
const HEADER = 64;
const stamp = (file) => {
  const { size, mtimeMs } = fs.statSync(file);
  return `careers code cache for ${size} bytes, mtime ${mtimeMs}`.padEnd(HEADER);
};

function readCache(file) {
  try {
    const cache = fs.readFileSync(`${file}.cache`);
    return cache.toString('latin1', 0, HEADER) === stamp(file) ? cache.subarray(HEADER) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a CommonJS bundle file and returns its exports; relative requires inside it load the same way. */
function loadBundle(file) {
  const known = loaded.get(file);
  if (known) return known.module.exports;
  const source = fs.readFileSync(file, 'utf8');
  // node:vm is required here, not at the top: --version needs no bundle, and loading vm costs about 0.15 ms.
  const script = new (require('node:vm').Script)(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: readCache(file),
  });
  const module = { exports: {} };
  loaded.set(file, { module, script });
  const dir = path.dirname(file);
  const requireHere = (id) => (id.startsWith('.') ? loadBundle(path.join(dir, id)) : require(id));
  script.runInThisContext()(module.exports, requireHere, module, file, dir);
  return module.exports;
}

/** For the build: saves the code compiled so far of every loaded file, next to it. */
function writeCodeCaches() {
  for (const [file, { script }] of loaded) fs.writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(stamp(file), 'latin1'), script.createCachedData()]));
  return loaded.size;
}

/** The commands with a bundle of their own; the build makes exactly these, and fails if its list differs. */
const COMMAND_BUNDLES = ['assess', 'plan', 'history', 'list', 'read', 'search', 'validate'];

/**
 * The bundle that runs a command line. A command named first has a bundle
 * of its own, dist/commands/<name>.js: that command and a quick parser for
 * plain lines, so that a lookup reads and compiles one file; for any other
 * line it loads the Commander CLI (dist/lazy/cli.js). Anything else (help,
 * global options first, a typo, completion) starts dist/main.js, the
 * Commander CLI with every command in a file of its own, loaded when it runs.
 */
function bundleFor(root, args) {
  const first = args[0];
  return COMMAND_BUNDLES.includes(first) ? path.join(root, 'dist', 'commands', `${first}.js`) : path.join(root, 'dist', 'main.js');
}

/** What `careers` does when run. */
function launch() {
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
    return;
  }
  const bundle = bundleFor(root, args);
  if (fs.existsSync(bundle)) loadBundle(bundle).main(root);
  else {
    process.stderr.write('careers: not built yet: run npm install (or npm run build) in the careers folder\n');
    process.exitCode = 1;
  }
}

if (require.main === module) launch();
else module.exports = { loadBundle, writeCodeCaches, bundleFor, COMMAND_BUNDLES };
