import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment, writePrebuiltAssessment } from '../../src/commands/load-assessment.js';
import { loadGuide } from '../../src/guide/load.js';
import { REPO_GUIDE } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { tempDir, folder } = useTempFolders('prebuilt-assessment');
const BUILTIN = { dir: REPO_GUIDE, origin: 'built-in' };

/** A prebuilt file for the repository's guide whose caveat is marked, so a test can tell which data was used. */
function markedPrebuilt(): string {
  const file = path.join(tempDir(), 'assessment.json');
  writePrebuiltAssessment(file, BUILTIN, loadGuide([BUILTIN]));
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  saved.data.caveat = 'FROM THE BUILD';
  fs.writeFileSync(file, JSON.stringify(saved));
  return file;
}

describe('the assessment checked at build time', () => {
  it('is used when the guide is exactly the built-in files it was checked from', () => {
    expect(loadAssessment([BUILTIN], loadGuide([BUILTIN]), markedPrebuilt()).caveat).toBe('FROM THE BUILD');
  });

  it('is not used once any guide file changed since', () => {
    const guide = loadGuide([BUILTIN]);
    guide.stamp = 'another state of the files';
    expect(loadAssessment([BUILTIN], guide, markedPrebuilt()).caveat).not.toBe('FROM THE BUILD');
  });

  it('is not used with a custom folder, which may replace the questions or the roles', () => {
    const custom = { dir: folder({ 'extra.md': '---\ntitle: Extra\nsummary: An extra section\n---\nText.\n' }), origin: '--guide' };
    const sources = [BUILTIN, custom];
    expect(loadAssessment(sources, loadGuide(sources), markedPrebuilt()).caveat).not.toBe('FROM THE BUILD');
  });

  it('is not used when damaged or from another format version', () => {
    const file = markedPrebuilt();
    const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, JSON.stringify({ ...saved, version: 99 }));
    expect(loadAssessment([BUILTIN], loadGuide([BUILTIN]), file).caveat).not.toBe('FROM THE BUILD');
    fs.writeFileSync(file, '{"version":');
    expect(loadAssessment([BUILTIN], loadGuide([BUILTIN]), file).caveat).not.toBe('FROM THE BUILD');
  });
});
