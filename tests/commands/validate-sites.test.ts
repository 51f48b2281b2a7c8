import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

/*
 * `careers validate` on folders of our own writing in the shapes of real
 * sites (tests/fixtures/sites): a Jekyll docs collection full of Liquid, a
 * Hugo docs site with shortcodes, redirect aliases and TOML, and an Obsidian
 * vault with empty properties, a template and a real mistake made three times.
 */
const site = (name: string) => fileURLToPath(new URL(`../fixtures/sites/${name}`, import.meta.url));
const JEKYLL = site('jekyll-site');
const HUGO = site('hugo-site');
const OBSIDIAN = site('obsidian-vault-validate');
/** No cache folder: every run reads the files. */
const env = { XDG_CACHE_HOME: '', CAREERS_HOME: '' };
const lines = (text: string) => text.trimEnd().split('\n').filter(Boolean);

describe('validate on a Jekyll site', () => {
  it('sums up a link found in many files in one line, counts templates once, and leaves code and <…> links alone', async () => {
    const { code, stdout, stderr } = await runCli(['validate', JEKYLL], { env });
    expect(code).toBe(0);
    expect(stderr).toBe('careers: 4 sections checked, no errors (careers validate --each lists every one)\n');
    expect(lines(stdout)).toEqual([
      expect.stringMatching(/jekyll-site: 4 files: body: links that are neither an http\(s\) address nor a section id \(_docs\/index\.md:9, .*, …\)$/),
      expect.stringMatching(/jekyll-site: 3 files use templates \(.*\), shown as written; the 3 links they make are not checked/),
    ]);
    expect(stdout).not.toMatch(/placeholder|not-a-link|troubleshooting|relative_url|\{% link/);
  });

  it('with --each, names every file once, with the line of the link and how often it is used', async () => {
    const { code, stdout } = await runCli(['validate', '--each', JEKYLL], { env });
    expect(code).toBe(0);
    const faq = lines(stdout).filter((line) => line.includes('link to "faq"'));
    expect(faq.map((line) => line.replace(/^.*jekyll-site\//, '').split(': ')[0])).toEqual([
      '_docs/index.md:9',
      '_docs/plugins.md:7',
      '_docs/setup.md:6',
      '_docs/themes.md:6',
    ]);
    expect(faq.filter((line) => line.endsWith('(2 times)'))).toHaveLength(1);
  });

  it('shows titles with their HTML entities decoded', async () => {
    const { stdout } = await runCli(['list', '--guide', JEKYLL], { env });
    expect(stdout).toMatch(/^setup\tSetup & first build\t/m);
    expect(stdout).toMatch(/^themes\tReader\u2019s guide to themes\t/m);
  });
});

describe('validate on a Hugo site', () => {
  it('ignores redirect aliases with one note for the folder, never a clash between them, and counts shortcodes once', async () => {
    const { code, stdout } = await runCli(['validate', HUGO], { env });
    expect(code).toBe(0);
    expect(lines(stdout)).toEqual([
      expect.stringMatching(/hugo-site: 3 files: aliases that are paths \(a site's redirect addresses, not names\) are ignored \(/),
      expect.stringMatching(/hugo-site: 3 files use templates \(.*\), shown as written; the 2 links they make are not checked/),
    ]);
  });

  it('with --each, notes the redirect aliases of each file at their line, in YAML and in TOML', async () => {
    const { code, stdout } = await runCli(['validate', '--each', HUGO], { env });
    expect(code).toBe(0);
    expect(
      lines(stdout)
        .filter((line) => line.includes('aliases:'))
        .map((line) => line.replace(/^.*content-management\//, '')),
    ).toEqual([
      '_index.md:7: aliases: "/content/" is a path (a site\'s redirect address, not a name): ignored',
      'front-matter.md:8: aliases: "/content/front-matter/", "/related/" are paths (a site\'s redirect addresses, not names): ignored',
      'shortcodes.md:3: aliases: "/extras/shortcodes/", "/related/" are paths (a site\'s redirect addresses, not names): ignored',
    ]);
  });

  it('keeps no path as an alias, and drops the soft hyphen of a title', async () => {
    const { stdout } = await runCli(['list', '--format', 'json', '--guide', HUGO], { env });
    const notes = (JSON.parse(stdout) as Array<{ id: string; title: string; aliases: string[] }>).filter((s) => ['front-matter', 'shortcodes'].includes(s.id));
    expect(notes.map((s) => [s.title, s.aliases])).toEqual([
      ['Front matter', []],
      ['Accomplishments of shortcodes', []],
    ]);
  });
});

describe('validate on an Obsidian vault', () => {
  it('takes empty properties and numbers in tags as valid, and sums up one mistake made in three notes, failing', async () => {
    const { code, stdout, stderr } = await runCli(['validate', OBSIDIAN], { env });
    expect(code).toBe(1);
    expect(lines(stdout)).toEqual([
      'tests/fixtures/sites/obsidian-vault-validate: 3 files: related: ids that name no section (Careers/Applications.md:4, Careers/Interviews.md:3, Careers/Mentors.md:3)',
      expect.stringMatching(/obsidian-vault-validate: 1 file uses templates \(.*\), shown as written$/),
    ]);
    expect(stderr).toMatch(/^careers: 3 errors in .*obsidian-vault-validate \(careers validate --each lists every one\)$/m);
    const each = await runCli(['validate', '--each', OBSIDIAN], { env });
    expect(lines(each.stdout).filter((line) => /Careers\/\w+\.md:\d+: related: no section with id "[a-z0-9-]+"$/.test(line))).toHaveLength(3);
  });

  it('lists notes with their tags as text and their titles decoded', async () => {
    const { stdout } = await runCli(['list', '--guide', OBSIDIAN], { env });
    expect(stdout).toMatch(/^reading-list\tReading list\treading,2026$/m);
    expect(stdout).toMatch(/^interviews\tInterviews & calls\t/m);
  });
});

describe('validate through the cache that other commands keep', () => {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-validate-cache-'));
  afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

  it('reports the same from a folder read afresh, from its cache, and from the cache list made', async () => {
    const cached = { XDG_CACHE_HOME: cache, CAREERS_HOME: '' };
    const fresh = await runCli(['validate', HUGO], { env });
    expect((await runCli(['list', '--guide', HUGO], { env: cached })).code).toBe(0);
    const first = await runCli(['validate', HUGO], { env: cached });
    const second = await runCli(['validate', HUGO], { env: cached });
    expect(first.stdout).toBe(fresh.stdout);
    expect(second.stdout).toBe(fresh.stdout);
    expect(fs.readdirSync(path.join(cache, 'careers', 'guides')).length).toBeGreaterThan(0);
  });
});
