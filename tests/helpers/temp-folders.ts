import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * Temporary folders for one test file, removed after each test. `folder`
 * fills one with files (nested names create subfolders).
 */
export function useTempFolders(prefix: string) {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `careers-${prefix}-`));
    made.push(dir);
    return dir;
  };
  const folder = (files: Record<string, string | Buffer> = {}) => {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), content);
    }
    return dir;
  };
  /** Also removes a path the test made itself (e.g. a folder it renamed). */
  const track = (dir: string) => void made.push(dir);
  return { tempDir, folder, track };
}
