'use strict';
// Loads the CLI's bundles from dist/ with V8 code caches. Node 20 has no
// module.enableCompileCache (that came in 22.1), so every start would parse
// and compile the same code again. The build runs the common commands once
// and saves, next to each bundle file, V8's compiled code for the functions
// they used (`<file>.cache`). Here each file is compiled with vm.Script and
// its cache. V8 itself checks a cache only against its Node version and the
// source's length, so each cache starts with the size and mtime of the file
// it was made from; a cache for any other file, or one V8 rejects, is
// ignored and the code compiles as usual.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

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
  for (const [file, { script }] of loaded) fs.writeFileSync(`${file}.cache`, Buffer.concat([Buffer.from(stamp(file), 'latin1'), script.createCachedData()]));
  return loaded.size;
}

module.exports = { loadBundle, writeCodeCaches };
