import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL } from '../helpers/hostile.js';
import { careersInPty } from '../helpers/pty.js';
import { useTempFolders } from '../helpers/temp-folders.js';

/** careers view in a real terminal; notes folders and view are otherwise tested in-process in tests/commands/notes-folders.test.ts. */
const { tempDir } = useTempFolders('view');

describe('careers view', () => {
  it('renders in a real terminal with only colour codes, front-matter as a short header', () => {
    const dir = tempDir();
    const file = path.join(dir, 'with-front-matter.md');
    fs.writeFileSync(
      file,
      '---\ntitle: "My \\e]52;c;aGk=\\u0007plan"\ndate: 2024-01-02\ntags: [plans, phd]\nlayout: post\n---\nSee [[Reading list|my list]] \u001B[2Jand {{ site.title }}.\n',
    );
    const { code, output } = careersInPty(['view', file, '--no-pager'], { env: { XDG_CACHE_HOME: path.join(dir, 'cache') } });
    expect(code).toBe(0);
    const visible = output.replace(/\u001B\[[0-9;]*m/g, '').replace(/\r/g, '');
    expect(visible).toMatch(/My plan/);
    expect(visible).toMatch(/2024-01-02 · tags: plans, phd/);
    expect(visible).toMatch(/See my list and \{\{ site\.title \}\}\./);
    expect(visible).not.toMatch(/^---$|layout: post/m);
    expect(output.replace(/\u001B\[[0-9;]*m/g, '')).not.toMatch(CONTROL);
  });
});
