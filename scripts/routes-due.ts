// `npm run routes:due [-- YYYY-MM-DD]`: the route records due for a re-check
// (checked more than nine months ago, or a round has opened or closed since),
// oldest check first, one a line: day checked, id, file, why. For whoever
// maintains the guide; run through scripts/routes-due.mjs.
import path from 'node:path';
import { loadGuide } from '../src/guide/load.js';
import { routesDue } from '../src/guide/route-choice.js';
import { parseDay } from '../src/timeline/months.js';

const guideDir = path.join(process.cwd(), 'guide');
const given = process.argv[2];
const today = given ?? new Date().toISOString().slice(0, 10);
if (!parseDay(today)) {
  console.error(`routes:due: the day must be written YYYY-MM-DD (got "${given}")`);
  process.exit(2);
}
const guide = loadGuide([{ dir: guideDir, origin: 'built-in' }]);
const files = new Map(
  Object.values(guide.data).flatMap((entry) =>
    'data' in entry && typeof entry.data === 'object' && entry.data && 'id' in entry.data
      ? [[String(entry.data.id), path.relative(process.cwd(), entry.file)]]
      : [],
  ),
);
const due = routesDue(guide.routes(), today);
for (const { route, why } of due) console.log([route.checked, route.id, files.get(route.id) ?? '', why].join('\t'));
console.error(`routes:due: ${due.length} of ${guide.routes().length} records due for a re-check as of ${today}`);
