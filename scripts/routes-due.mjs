// Runs scripts/routes-due.ts, which Node 20 cannot run as TypeScript: esbuild
// (a dev dependency, as the build uses) bundles it into node_modules/.cache,
// where the libraries it imports resolve as usual, and it is required there.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('routes-due.ts', import.meta.url));
const outfile = fileURLToPath(new URL('../node_modules/.cache/careers/routes-due.cjs', import.meta.url));
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'cjs', packages: 'external', logLevel: 'error' });
createRequire(import.meta.url)(outfile);
