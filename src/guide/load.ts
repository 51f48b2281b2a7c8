import fs from 'node:fs';
import path from 'node:path';
import { parseSection } from './parse.js';
import { GuideFileError, readGuideFile, readYamlFile } from './read-data-file.js';
import { mergeFolders, type LoadedFolder } from './merge.js';
import type { DataFile, Guide, Problem, Section } from './types.js';
import { errorCode, yamlReason } from '../text/describe-error.js';
import { shortHash } from '../text/hash.js';
import { CACHE_VERSION } from './cache-version.js';

export type { LoadedFolder };

/** A file or folder a folder's result was built from, with what it looked like then. */
export interface FolderInput {
  path: string;
  mtimeMs: number;
  size: number;
}

/** A folder as read from its files, with every folder walked and file read, so a cache can tell whether the result is still current. */
export interface ReadFolder extends LoadedFolder {
  inputs: FolderInput[];
}

/** A folder of sections, with a name saying where it came from ("built-in", "CAREERS_GUIDE", "--guide"). */
export interface GuideSource {
  dir: string;
  origin: string;
}

/** Guards against absurdly deep trees; symlink loops are caught separately. */
const MAX_DEPTH = 12;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Loads every section from the sources in order; a section from a later
 * source replaces one with the same id from an earlier source (the more local
 * folder wins). A bad file only produces a problem: the rest still loads.
 */
export function loadGuide(sources: readonly GuideSource[]): Guide {
  return mergeFolders(sources.map(loadFolder));
}

/** Reads one folder. Within a folder an id may appear once; a second file with it is reported and ignored. */
export function loadFolder(source: GuideSource): ReadFolder {
  const problems: Problem[] = [];
  const inputs: FolderInput[] = [];
  const sections: Section[] = [];
  const seen = new Map<string, string>();
  for (const file of markdownFiles(source.dir, problems, inputs)) {
    const parsed = readSection(file, source.origin, problems, inputs);
    if (!parsed) continue;
    const earlier = seen.get(parsed.id);
    if (earlier) {
      problems.push({ file, field: 'id', severity: 'error', message: `duplicate id "${parsed.id}" (also in ${earlier}); this file is ignored` });
      continue;
    }
    seen.set(parsed.id, file);
    sections.push(parsed);
  }
  const data = readDataFiles(source.dir, inputs);
  const section = (id: string) => sections.find((s) => s.id === id);
  return { sections, section, listing: () => sections, problems, data, inputs, stamp: shortHash(`${CACHE_VERSION} ${JSON.stringify(inputs)}`) };
}

/** Where a guide folder keeps YAML data (the assessment's), relative to the folder. */
const DATA_FOLDERS = ['assess'];

/**
 * Parses the YAML data files of a folder, so they are cached with its
 * sections; a file that cannot be used records why, for the command that
 * needs it to report (a broken questions file must not spoil `read`).
 */
function readDataFiles(dir: string, inputs: FolderInput[]): Record<string, DataFile> {
  const data: Record<string, DataFile> = {};
  for (const folder of DATA_FOLDERS) {
    const names = (() => {
      try {
        return fs.readdirSync(path.join(dir, folder)).filter((name) => name.endsWith('.yaml')).sort();
      } catch {
        return [];
      }
    })();
    for (const name of names) {
      const file = path.join(dir, folder, name);
      try {
        const stat = fs.statSync(file);
        inputs.push({ path: file, mtimeMs: stat.mtimeMs, size: stat.size });
        data[`${folder}/${name}`] = { file, data: readYamlFile(file) };
      } catch (error) {
        // js-yaml errors carry a `reason`; anything else is about reading the file.
        const reason = yamlReason(error);
        data[`${folder}/${name}`] = { file, error: reason ? `not valid YAML: ${reason}` : unusableFile(error) };
      }
    }
  }
  return data;
}

/** Why a guide file could not be read: our own refusal (not a regular file, too large) or the system's error code. */
const unusableFile = (error: unknown) => (error instanceof GuideFileError ? error.message : `cannot read file: ${errorCode(error)}`);

function readSection(file: string, origin: string, problems: Problem[], inputs: FolderInput[]): Section | undefined {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    inputs.push({ path: file, mtimeMs: stat.mtimeMs, size: stat.size });
    bytes = readGuideFile(file);
  } catch (error) {
    problems.push({ file, severity: 'error', message: unusableFile(error) });
    return undefined;
  }
  if (bytes.includes(0)) {
    problems.push({ file, severity: 'error', message: 'file looks binary (it contains NUL bytes); skipped' });
    return undefined;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    problems.push({ file, severity: 'error', message: 'file is not valid UTF-8; skipped' });
    return undefined;
  }
  const result = parseSection(text, file, origin, path.basename(file, '.md'));
  problems.push(...result.problems);
  return result.section;
}

/** Markdown files under dir, sorted for a stable result, skipping hidden entries and symlink loops. */
function markdownFiles(dir: string, problems: Problem[], inputs: FolderInput[]): string[] {
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string, depth: number) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(folder);
      if (visited.has(real)) return;
      visited.add(real);
      // A folder's mtime changes when an entry is added, removed or renamed in it.
      const stat = fs.statSync(folder);
      inputs.push({ path: folder, mtimeMs: stat.mtimeMs, size: stat.size });
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ file: folder, severity: 'warning', message: `cannot read folder: ${errorCode(error)}` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(folder, entry.name);
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full));
      if (isDir) {
        if (depth < MAX_DEPTH) walk(full, depth + 1);
        else problems.push({ file: full, severity: 'warning', message: `folder is nested more than ${MAX_DEPTH} deep; skipped` });
      } else if (entry.name.endsWith('.md')) {
        files.push(full);
      }
    }
  };
  walk(dir, 0);
  return files;
}

export function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

