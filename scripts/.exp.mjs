// experiment: how many chunks does the assess path load under variants of the entry list
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const STUBS = { 'cli-highlight': 'export function highlight(code) { return code; }', 'node-emoji': 'export function get() { return undefined; }' };
const stubs = { name: 'stubs', setup(b) { b.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (a) => ({ path: a.path, namespace: 'stub' })); b.onLoad({ filter: /.*/, namespace: 'stub' }, (a) => ({ contents: STUBS[a.path], loader: 'js' })); } };
const workers = path.join(src, 'check', 'workers');
const workerEntries = Object.fromEntries(fs.readdirSync(workers).filter((n) => n.endsWith('.ts')).map((n) => [`workers/${n.replace(/\.ts$/, '')}`, path.join(workers, n)]));
async function variant(name, entryPoints) {
  const r = await build({ bundle: true, platform: 'node', target: 'node20', format: 'esm', splitting: true, minifyWhitespace: true, minifySyntax: true, legalComments: 'none', logLevel: 'error', plugins: [stubs], entryPoints, outdir: '/tmp/assess-h/expdist', outExtension: { '.js': '.mjs' }, chunkNames: 'chunks/[name]-[hash]', write: false, metafile: true, define: { CAREERS_BUILD: '"x"' } });
  const outs = r.metafile.outputs;
  const key = (k) => k.replace(/^.*expdist\//, '');
  const byName = Object.fromEntries(Object.entries(outs).map(([k, v]) => [key(k), v]));
  const closure = (starts) => { const seen = new Set(); const st = [...starts]; while (st.length) { const k = st.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of byName[k].imports) if (i.kind === 'import-statement' && !i.external) st.push(key(i.path)); } return seen; };
  const assessEntry = Object.keys(byName).find((k) => byName[k].entryPoint?.endsWith('src/cli/commands/assess.ts'));
  const main = Object.keys(byName).find((k) => byName[k].entryPoint?.endsWith('src/main.ts'));
  const ver = closure([main]);
  const all = closure([main, assessEntry]);
  const bytes = [...all].reduce((a, k) => a + byName[k].bytes, 0);
  console.log(name.padEnd(40), 'chunks total', Object.keys(byName).length, '--version loads', ver.size, 'assess loads', all.size, 'bytes', bytes);
}
await variant('as built', { careers: path.join(src, 'main.ts'), ...workerEntries });
await variant('workers apart', { careers: path.join(src, 'main.ts') });
// which entries reach each chunk assess loads
{
  const r = await build({ bundle: true, platform: 'node', target: 'node20', format: 'esm', splitting: true, minifyWhitespace: true, minifySyntax: true, legalComments: 'none', logLevel: 'error', plugins: [stubs], entryPoints: { careers: path.join(src, 'main.ts'), ...workerEntries }, outdir: '/tmp/assess-h/expdist', outExtension: { '.js': '.mjs' }, chunkNames: 'chunks/[name]-[hash]', write: false, metafile: true, define: { CAREERS_BUILD: '"x"' } });
  const key = (k) => k.replace(/^.*expdist\//, '');
  const byName = Object.fromEntries(Object.entries(r.metafile.outputs).map(([k, v]) => [key(k), v]));
  const closure = (starts) => { const seen = new Set(); const st = [...starts]; while (st.length) { const k = st.pop(); if (seen.has(k)) continue; seen.add(k); for (const i of byName[k].imports) if (i.kind === 'import-statement' && !i.external) st.push(key(i.path)); } return seen; };
  const entries = Object.keys(byName).filter((k) => byName[k].entryPoint);
  const reach = Object.fromEntries(entries.map((e) => [e, closure([e])]));
  const short = (e) => byName[e].entryPoint.replace(/^src\//, '').replace(/\.ts$/, '').replace(/^.*node_modules\//, 'nm/');
  const assessEntry = entries.find((k) => byName[k].entryPoint.endsWith('src/cli/commands/assess.ts'));
  const main = entries.find((k) => byName[k].entryPoint.endsWith('src/main.ts'));
  for (const c of closure([main, assessEntry])) {
    const ins = Object.keys(byName[c].inputs).map((i) => i.replace(/^src\//, '').replace(/^.*node_modules\//, 'nm/')).slice(0, 3).join(',');
    const by = entries.filter((e) => reach[e].has(c)).map(short);
    console.log(String(byName[c].bytes).padStart(7), ins.padEnd(60).slice(0, 60), by.length > 12 ? `${by.length} entries, not: ${entries.filter((e) => !reach[e].has(c)).map(short).join(' ')}` : by.join(' '));
  }
}
