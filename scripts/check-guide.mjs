// The guide's own checks, run by `npm test`: its files are valid
// (`careers validate --strict guide`), and its wording is ours, not the source
// document's. The own-words check and the source live beside the project
// (../shared/), not in it: where they are missing, as in a fresh clone,
// the check is skipped with one line, except under CI=true, where skipping
// it silently would hide a copied passage.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

if (run([path.join('bin', 'careers.js'), 'validate', '--strict', 'guide'])) process.exit(1);

const shared = path.join(root, '..', 'shared');
const check = path.join(shared, 'tools', 'overlap-check.mjs');
if (!fs.existsSync(path.join(shared, 'source')) || !fs.existsSync(check)) {
  if (process.env.CI === 'true') {
    console.error('check:guide: ../shared/source or ../shared/tools/overlap-check.mjs is missing; CI must run the own-words check');
    process.exit(1);
  }
  console.log('check:guide: own-words check skipped (no ../shared/source beside the project)');
  process.exit(0);
}
process.exit(run([check, 'guide']));
