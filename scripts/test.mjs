// `npm test`: the type check, the build, the tests and the guide's own checks.
// The type check runs beside the others, not before them: nothing else waits
// for it (vitest strips the types itself, and the build bundles with esbuild),
// and the tests leave room on two cores (processes waiting on a terminal or a
// shell), so it costs the loop little wall time of its own. Its report is
// printed after the tests', not in the middle of theirs. Any step failing
// fails the run; the build failing skips the tests, which need dist/.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const tsc = spawn(bin('tsc'), ['-p', '.'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
let typeReport = '';
tsc.stdout.on('data', (chunk) => (typeReport += chunk));
tsc.stderr.on('data', (chunk) => (typeReport += chunk));
const typeCheck = new Promise((resolve) => tsc.on('close', (code) => resolve(code ?? 1)));

const build = run(process.execPath, ['scripts/build.mjs']);
const tests = build === 0 ? run(bin('vitest'), ['run']) : 1;
const guide = build === 0 ? run(process.execPath, ['scripts/check-guide.mjs']) : 1;
const types = await typeCheck;
process.stdout.write(typeReport);
console.log(types === 0 ? 'tsc: no type errors' : `tsc: type errors (exit ${types})`);
process.exitCode = [types, build, tests, guide].some((code) => code !== 0) ? 1 : 0;
