import fs from 'node:fs';
import path from 'node:path';

/** Keeps the `keep` most recently written files of a cache folder ending in `suffix`, and removes the rest. */
export function pruneOldest(folder: string, keep: number, suffix = '.json'): void {
  const names = fs.readdirSync(folder).filter((name) => name.endsWith(suffix));
  if (names.length <= keep) return;
  const files = names
    .map((name) => ({ file: path.join(folder, name), mtime: fs.statSync(path.join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of files.slice(keep)) fs.rmSync(file, { force: true });
}
