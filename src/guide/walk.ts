import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import { errorCode } from '../text/describe-error.js';
import type { Problem } from './types.js';

/** A file of a guide folder that the guide is made from, as it is on disk now. */
export interface FolderEntry {
  /** Relative to the folder, with '/' separators: what a cache stores. */
  rel: string;
  abs: string;
  /** A section (markdown), or a data file of the assessment (YAML under assess/). */
  kind: 'section' | 'data';
  mtimeMs: number;
  size: number;
}

/** The files read as sections: markdown, spelled either way, and MDX (see mdx.ts). */
export const SECTION_FILE = /\.(?:md|markdown|mdx)$/i;
/** Documents in other markup, which careers cannot read: counted, so a folder of them is not skipped without a word. */
const OTHER_DOCUMENT = /\.(rst|adoc|asciidoc|org|markdoc|mdoc|qmd|rmd|textile)$/i;

/** Guards against absurdly deep trees; symlink loops are caught separately. */
const MAX_DEPTH = 12;
/** Where a guide folder keeps YAML data (the assessment's, the records of today's routes, the timeline's plans, the rules of `careers check`), relative to the folder. */
const DATA_FOLDERS = ['assess', 'routes', 'timeline', 'checks'];

const isInside = (root: string, target: string) => target === root || target.startsWith(root + sep);

/**
 * The files of a guide folder, sorted for a stable result: markdown files
 * anywhere in it, and the YAML files of its assess/, routes/ and timeline/ folders. Hidden entries
 * and node_modules are skipped; so are symbolic links that lead outside the
 * folder (a guide folder may come from anyone, and `ln -s / root` must not
 * walk the machine), links in a loop, and folders nested too deep. What
 * could not be walked is reported, never thrown.
 */
export function walkFolder(dir: string): { entries: FolderEntry[]; problems: Problem[] } {
  const entries: FolderEntry[] = [];
  const problems: Problem[] = [];
  const visited = new Set<string>();
  const skipped = new Map<string, number>();
  let root: string;
  try {
    root = realpathSync.native(dir);
  } catch (error) {
    return { entries, problems: [{ file: dir, severity: 'warning', message: `cannot read folder: ${errorCode(error)}` }] };
  }

  const walk = (folder: string, rel: string, depth: number) => {
    let names: Dirent[];
    try {
      const real = realpathSync.native(folder);
      if (visited.has(real)) return; // a link back into a folder already walked
      visited.add(real);
      names = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: folder, severity: 'warning', message: `cannot read folder: ${errorCode(error)}` });
      return;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const name of names) {
      if (name.name.startsWith('.') || name.name === 'node_modules') continue;
      const abs = join(folder, name.name);
      const relPath = rel ? `${rel}/${name.name}` : name.name;
      let stat: Stats;
      try {
        if (name.isSymbolicLink() && !isInside(root, realpathSync.native(abs))) {
          problems.push({ file: abs, severity: 'warning', message: 'symbolic link leads outside the folder; skipped' });
          continue;
        }
        stat = statSync(abs);
      } catch (error) {
        // A dangling link, or gone since the listing: worth a word only where a section was expected.
        if (SECTION_FILE.test(name.name)) problems.push({ file: abs, severity: 'error', message: `cannot read file: ${errorCode(error)}` });
        continue;
      }
      if (stat.isDirectory()) {
        if (depth < MAX_DEPTH) walk(abs, relPath, depth + 1);
        else problems.push({ file: abs, severity: 'warning', message: `folder is nested more than ${MAX_DEPTH} deep; skipped` });
        continue;
      }
      const kind = SECTION_FILE.test(name.name) ? 'section' : DATA_FOLDERS.includes(rel) && name.name.endsWith('.yaml') ? 'data' : undefined;
      if (kind) entries.push({ rel: relPath, abs, kind, mtimeMs: stat.mtimeMs, size: stat.size });
      else {
        const other = OTHER_DOCUMENT.exec(name.name)?.[1]?.toLowerCase();
        if (other) skipped.set(other, (skipped.get(other) ?? 0) + 1);
      }
    }
  };
  walk(dir, '', 0);
  if (skipped.size) {
    const count = [...skipped.values()].reduce((a, b) => a + b, 0);
    const kinds = [...skipped].map(([ext, n]) => `${n} .${ext}`).join(', ');
    problems.push({ file: dir, severity: 'warning', message: `${count} ${count === 1 ? 'file was' : 'files were'} skipped (${kinds}): only .md, .markdown and .mdx files are read` });
  }
  return { entries, problems };
}
