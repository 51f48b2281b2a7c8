import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGuideIndex } from '../../src/build-index.js';
import { REPO_GUIDE } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('timeline-build');

describe('the build', () => {
  it('fails on bad timeline data, naming the file and the field', () => {
    const guide = path.join(tempDir(), 'guide');
    fs.cpSync(REPO_GUIDE, guide, { recursive: true });
    const file = path.join(guide, 'timeline', 'phd-us.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('    month: 12\n', '    month: 13\n'));
    const out = tempDir();
    expect(() =>
      buildGuideIndex(guide, { cache: path.join(out, 'cache.json'), search: path.join(out, 'search.json'), checked: path.join(out, 'checked.json') }),
    ).toThrow(/phd-us\.yaml: anchors\.deadline\.month/);
  });
});
