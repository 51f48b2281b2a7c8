import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir } = useTempFolders('stdin');

describe('closing standard input at a prompt', () => {
  it('ends the assessment cleanly: "cancelled", exit 130, nothing saved', async () => {
    const home = tempDir();
    const input = new PassThrough();
    const output = new PassThrough();
    output.resume();
    // The first prompt is drawn, then the terminal goes away.
    setTimeout(() => input.end(), 100);
    const result = await runCli(['assess', '--no-pager'], {
      stdoutIsTTY: true,
      prompt: () => ({ input, output }),
      env: { CAREERS_HOME: home },
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('cancelled\n');
    expect(result.stdout).toBe('');
    expect(fs.existsSync(path.join(home, 'runs'))).toBe(false);
  });
});
