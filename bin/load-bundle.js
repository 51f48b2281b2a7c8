'use strict';
// Loads the CLI's bundles from dist/ with V8 code caches. Node 20 has no
// module.enableCompileCache (that came in 22.1), so every start would parse
// and compile the same code again. The build runs the common commands once
// and saves, next to each bundle file, V8's compiled code for the functions
// they used (`<file>.cache`). Here each file is compiled with vm.Script and
// its cache; a cache that V8 rejects (another Node version) or that is older
// than its file is ignored and the code compiles as usual, so a cache only
// ever changes speed, never behaviour.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** file → { exports, script }: each file runs once, like require. */
const loaded = new Map();

function readCache(file) {
  try {
    const cache = `${file}.cache`;
    if (fs.statSync(cache).mtimeMs < fs.statSync(file).mtimeMs) return undefined;
    return fs.readFileSync(cache);
  } catch {
    return undefined;
  }
}

/** Runs a CommonJS bundle file and returns its exports; relative requires inside it load the same way. */
function loadBundle(file) {
  const known = loaded.get(file);
  if (known) return known.module.exports;
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
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
  for (const [file, { script }] of loaded) fs.writeFileSync(`${file}.cache`, script.createCachedData());
  return loaded.size;
}

module.exports = { loadBundle, writeCodeCaches };
