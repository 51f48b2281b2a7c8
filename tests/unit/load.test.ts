import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../src/guide/load.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder } = useTempFolders('load');

const section = (title: string, extra = '') => `---\ntitle: ${title}\nsummary: About ${title}\n${extra}---\nBody of ${title}.\n`;

describe('loadGuide', () => {
  it('loads nested folders in reading order', () => {
    const dir = folder({ 'b.md': section('B', 'order: 2\n'), 'sub/a.md': section('A', 'order: 1\n'), 'notes.txt': 'ignored' });
    const guide = loadGuide([{ dir, origin: 'test' }]);
    expect(guide.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(guide.problems).toEqual([]);
  });

  it('gives a note with a built-in id an id of its own, unless it says it replaces that section', () => {
    const base = folder({ 'skills.md': section('Built-in skills'), 'about.md': section('About') });
    const mine = folder({ 'skills.md': section('My skills'), 'my-about.md': section('My about', 'replaces: about\n') });
    const guide = loadGuide(
      [
        { dir: base, origin: 'built-in' },
        { dir: mine, origin: '--guide' },
      ],
      { strict: false },
    );
    expect(guide.section('skills')?.title).toBe('Built-in skills');
    expect(guide.section('notes/skills')).toMatchObject({ title: 'My skills', origin: '--guide', shadows: 'skills' });
    expect(guide.section('about')?.title).toBe('My about');
    expect(guide.sections.map((s) => s.id).sort()).toEqual(['about', 'notes/skills', 'skills']);
  });

  it('lets a later folder override a section with the same id when it says so', () => {
    const base = folder({ 'skills.md': section('Built-in skills'), 'other.md': section('Other') });
    const mine = folder({ 'skills.md': section('My skills', 'replaces: skills\n') });
    const guide = loadGuide([
      { dir: base, origin: 'built-in' },
      { dir: mine, origin: '--guide' },
    ]);
    expect(guide.sections.find((s) => s.id === 'skills')).toMatchObject({ title: 'My skills', origin: '--guide' });
    expect(guide.sections).toHaveLength(2);
    // A lookup by id gives the same section as the merged list, from the most local folder.
    expect(guide.section('skills')).toBe(guide.sections.find((s) => s.id === 'skills'));
    expect(guide.section('other')?.title).toBe('Other');
    expect(guide.section('missing')).toBeUndefined();
  });

  it('keeps going past broken, binary, oversized and duplicate files, naming each (strict: the built-in guide)', () => {
    const dir = folder({
      'good.md': section('Good'),
      'broken.md': '---\ntitle: [\n---\n',
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01]),
      'latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0x0a]),
      'big.md': `${section('Big')}${'x'.repeat(5 * 1024 * 1024)}`,
      'dup/good.md': section('Second good'),
      'empty.md': '',
    });
    const guide = loadGuide([{ dir, origin: 'test' }], { strict: true });
    expect(guide.sections.map((s) => s.title)).toEqual(['Second good']);
    const messages = guide.problems.map((p) => `${path.basename(p.file)}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^broken\.md: front-matter is not valid YAML/),
        expect.stringMatching(/^binary\.md: file looks binary/),
        expect.stringMatching(/^latin1\.md: file is not valid UTF-8/),
        expect.stringMatching(/^big\.md: file is too large \(over 1 MiB\); skipped/),
        expect.stringMatching(/^good\.md: duplicate id "good"/),
        expect.stringMatching(/^empty\.md: missing required field "title"/),
      ]),
    );
  });

  it('does not hang on a symlink loop', () => {
    const dir = folder({ 'a.md': section('A') });
    fs.symlinkSync(dir, path.join(dir, 'loop'));
    const guide = loadGuide([{ dir, origin: 'test' }]);
    expect(guide.sections.map((s) => s.id)).toEqual(['a']);
  });

  it('warns about a folder that does not exist and still loads the others', () => {
    const dir = folder({ 'a.md': section('A') });
    const guide = loadGuide([
      { dir, origin: 'test' },
      { dir: path.join(dir, 'missing'), origin: '--guide' },
    ]);
    expect(guide.sections).toHaveLength(1);
    expect(guide.problems[0]).toMatchObject({ severity: 'warning', message: 'cannot read folder: ENOENT' });
  });
});
