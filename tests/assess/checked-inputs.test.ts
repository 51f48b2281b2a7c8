import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildGuideIndex } from '../../src/build-index.js';
import { guideSources, loadGuide } from '../../src/cli/guide-context.js';
import { loadAssessmentInputs } from '../../src/cli/load-assessment.js';
import type { IO } from '../../src/terminal/io.js';
import { fakeIO, REPO_GUIDE } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder, tempDir } = useTempFolders('checked-inputs');

/** The assessment's inputs as `assess` gets them, with the guide folders of `guideDirs` after the built-in one. */
async function inputsFor(io: IO, guideDirs: string[] = []) {
  const sources = guideSources(io, guideDirs);
  return loadAssessmentInputs(io, sources, await loadGuide(io, sources));
}

/** A copy of the build's checked inputs, with the caveat changed: whoever reads the copy gets that caveat. */
function doctoredCopy(checked: string): string {
  const saved = JSON.parse(fs.readFileSync(checked, 'utf8')) as { data: { caveat: string } };
  saved.data.caveat = 'read from the build';
  const file = path.join(tempDir(), 'checked.json');
  fs.writeFileSync(file, JSON.stringify(saved));
  return file;
}

describe("the build's checked assessment inputs", () => {
  test('are what validating the built-in guide gives', async () => {
    const io = fakeIO();
    expect(io.builtinGuideChecked).toBeDefined();
    expect(await inputsFor(io)).toEqual(await inputsFor(fakeIO({ builtinGuideChecked: undefined })));
  });

  test('are used for the built-in guide as built', async () => {
    const io = fakeIO({ builtinGuideChecked: doctoredCopy(fakeIO().builtinGuideChecked!) });
    expect((await inputsFor(io)).data.caveat).toBe('read from the build');
  });

  test('are not used when another folder adds to the guide: everything is validated', async () => {
    const io = fakeIO({ builtinGuideChecked: doctoredCopy(fakeIO().builtinGuideChecked!) });
    const notes = folder({ 'visa-notes.md': '---\ntitle: Visa notes\nsummary: My own notes on visas.\n---\n\nSome notes.\n' });
    expect((await inputsFor(io, [notes])).data.caveat).not.toBe('read from the build');
    const scoring = folder({ 'assess/scoring.yaml': fs.readFileSync(path.join(REPO_GUIDE, 'assess', 'scoring.yaml')) });
    expect((await inputsFor(io, [scoring])).data.caveat).not.toBe('read from the build');
  });

  test('are not used once a file of the built-in guide has changed since the build', async () => {
    const guide = path.join(tempDir(), 'guide');
    fs.cpSync(REPO_GUIDE, guide, { recursive: true });
    const out = tempDir();
    const built = { cache: path.join(out, 'cache.json'), search: path.join(out, 'search.json'), checked: path.join(out, 'checked.json') };
    buildGuideIndex(guide, built);
    const io = fakeIO({ builtinGuideDir: guide, builtinGuideCache: built.cache, builtinGuideChecked: doctoredCopy(built.checked) });
    expect((await inputsFor(io)).data.caveat).toBe('read from the build');

    const scoring = path.join(guide, 'assess', 'scoring.yaml');
    fs.writeFileSync(scoring, fs.readFileSync(scoring, 'utf8').replace(/^caveat: .*$/m, 'caveat: changed after the build'));
    expect((await inputsFor(io)).data.caveat).toMatch(/^changed after the build/);
  });
});
