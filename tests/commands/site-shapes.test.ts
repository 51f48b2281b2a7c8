import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENGINEER } from '../helpers/assess-home.js';
import { careers } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

/*
 * Five small folders of our own writing, each in the shape of a kind of
 * site people point --guide at (tests/fixtures/sites): a Jekyll blog, a Hugo
 * documentation site, an Obsidian vault, an MDX course and an mkdocs
 * handbook. For each, what list, read, search, view and assess do with it.
 * validate is only asked what it already does: the rest of its behaviour
 * on these folders is another branch's (issue 28 item 5).
 */
const site = (name: string) => fileURLToPath(new URL(`../fixtures/sites/${name}`, import.meta.url));
const JEKYLL = site('jekyll-blog');
const HUGO = site('hugo-docs');
const OBSIDIAN = site('obsidian-vault');
const MDX = site('mdx-course');
const MKDOCS = site('mkdocs-site');
/** In-process, with the test run's shared caches, as the built CLI runs. */
const cli = (args: string[]) => careers(args);
const { tempDir } = useTempFolders('site-shapes');

/** The notes of a folder by id, with their title and tags as `list` prints them. */
async function listed(dir: string) {
  const { code, stdout } = await cli(['list', '--guide', dir]);
  expect(code).toBe(0);
  return new Map(
    stdout
      .trimEnd()
      .split('\n')
      .map((line) => [line.split('\t')[0], { title: line.split('\t')[1], tags: line.split('\t')[2] }]),
  );
}

const TERMINAL = ['--format', 'terminal', '--color', 'never', '--width', '72'];
const readInTerminal = async (id: string, dir: string) => (await cli(['read', id, '--guide', dir, ...TERMINAL])).stdout;
const viewInTerminal = async (file: string) => (await cli(['view', file, ...TERMINAL, '--no-pager'])).stdout;
/** The search passages found for some words (piped, search prints markdown: a list item a passage, ending with its section id). */
const found = async (words: string, dir: string) => (await cli(['search', words, '--guide', dir])).stdout;

/** The ids of assess's reading list, for the engineer of the shared answers with these focus areas. */
async function readNext(dir: string, focus: string[], interests = ENGINEER.interests) {
  const answers = path.join(tempDir(), 'me.json');
  fs.writeFileSync(answers, JSON.stringify({ ...ENGINEER, focus, interests }));
  const { code, stdout } = await cli(['assess', '--answers', answers, '--no-save', '--format', 'json', '--guide', dir]);
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { sections: Array<{ id: string; why: string }> }).sections;
}

/**
 * Markup a reader should never see as written: shortcodes and Liquid tags,
 * callout and admonition markers, footnote marks, HTML comments and tags,
 * task boxes, link syntax, heading marks and strong emphasis.
 */
const RAW = [
  /\{\{[<%]|[>%]\}\}|\{%/,
  /\[![A-Za-z]+\]/,
  /^ *(?:!!!|\?\?\?)/m,
  /\[\^\w+\]/,
  /<!--|-->/,
  /<\/?[A-Za-z][^>]*>/,
  /\[[ xX]\]/,
  /\]\(/,
  /^#{1,6} /m,
  /\*\*/,
];
const expectNoRawSyntax = (text: string) => {
  for (const pattern of RAW) expect(text).not.toMatch(pattern);
};

describe('a Jekyll blog', () => {
  it('lists its post by title and keeps the built-in about', async () => {
    const notes = await listed(JEKYLL);
    expect(notes.get('2026-01-10-evaluations-reading-group')).toEqual({ title: 'Our evaluations reading group', tags: 'evaluations,meetings' });
    expect(notes.get('notes/about')?.title).toBe('About this blog');
    expect(notes.get('about')?.title).not.toBe('About this blog');
  });

  it('reads a post with its template links as their text, its Liquid tags left out and its highlight block as code', async () => {
    const shown = await readInTerminal('2026-01-10-evaluations-reading-group', JEKYLL);
    expect(shown).toMatch(/The sign-up sheet lists who is next, and the archive keeps older\s+notes\./);
    expect(shown).toMatch(/^ +score = sum\(answers\) \/ len\(answers\)$/m);
    expect(shown).not.toMatch(/highlight|include|post_url|relative_url/);
    expectNoRawSyntax(shown);
  });

  it('prints a page whose summary is its first sentence with links once, not twice', async () => {
    const { stdout } = await cli(['read', 'notes/about', '--guide', JEKYLL]);
    expect(stdout.match(/Three students write here/g)).toHaveLength(1);
  });

  it('finds a post by its words without its template syntax, views the file without its front-matter, and puts a post on the reader focus in the reading list', async () => {
    expect(await found('picks paper', JEKYLL)).toMatch(
      /^- Each week .* The sign-up sheet lists who is next, and the archive keeps older notes\. \(`2026-01-10-evaluations-reading-group`: /m,
    );
    const viewed = await viewInTerminal(path.join(JEKYLL, '_posts', '2026-01-10-evaluations-reading-group.md'));
    expect(viewed).toContain('Our evaluations reading group');
    expect(viewed).not.toMatch(/layout: post|categories/);
    expectNoRawSyntax(viewed);
    expect((await readNext(JEKYLL, ['evaluations'])).map((s) => s.id)).toContain('2026-01-10-evaluations-reading-group');
  });

  it('is validated without an error, its clash with the built-in about named once', async () => {
    const { code, stdout } = await cli(['validate', JEKYLL]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => line.includes('"about" is a built-in section'))).toHaveLength(1);
  });
});

describe('a Hugo documentation site', () => {
  it('lists YAML and TOML pages by title, and each _index.md under its folder, not as "_index"', async () => {
    const notes = await listed(HUGO);
    expect(notes.get('adversarial-training')).toEqual({ title: 'Adversarial training in practice', tags: 'robustness,training' });
    expect(notes.get('setup')).toEqual({ title: 'Setting up a workstation', tags: 'hardware' });
    expect(notes.get('content/docs/index')?.title).toBe('Docs');
    expect(notes.get('content/index')?.title).toBe('Field notes');
    expect([...notes.values()].map((note) => note.title)).not.toContain('_index');
  });

  it('reads a page without its shortcodes, keeping the text a paired one holds', async () => {
    const shown = await readInTerminal('adversarial-training', HUGO);
    expect(shown).toContain('Measure the clean accuracy first');
    expect(shown).toContain('Read the setup page for the hardware we use.');
    expect(shown).not.toMatch(/notice|figure|ref "/);
    expectNoRawSyntax(shown);
  });

  it('finds a page by words inside a shortcode, without the shortcode, views it, and recommends it to someone whose focus is robustness', async () => {
    expect(await found('clean accuracy', HUGO)).toMatch(
      /^- Measure the clean accuracy first, so you can see what the hardening costs\. \(`adversarial-training`: /m,
    );
    const viewed = await viewInTerminal(path.join(HUGO, 'content', 'docs', 'adversarial-training.md'));
    expect(viewed).toContain('How a small team hardens a classifier');
    expect(viewed).not.toMatch(/aliases|\/robustness\/old-adversarial\//);
    expectNoRawSyntax(viewed);
    expect(await readNext(HUGO, ['robustness'])).toContainEqual(expect.objectContaining({ id: 'adversarial-training' }));
  });
});

describe('an Obsidian vault', () => {
  it('lists every note, the one with an empty aliases: among them, by its tags', async () => {
    const notes = await listed(OBSIDIAN);
    expect(notes.get('interpretability-reading')).toEqual({ title: 'Interpretability reading', tags: 'interpretability' });
    expect(notes.get('meeting-notes')?.title).toBe('Meeting notes');
    expect(notes.has('scratch')).toBe(true);
  });

  it('reads callouts with their title, embeds as their name, footnotes numbered, and wiki links in code as written', async () => {
    const shown = await readInTerminal('interpretability-reading', OBSIDIAN);
    expect(shown).toMatch(/^│ Tip: How to read them\n│ Skim each abstract first/m);
    expect(shown).toMatch(/^│ Warning: Folded by default\n│ The third paper needs linear algebra\./m);
    expect(shown).toContain('The list grew out of Meeting');
    expect(shown).toMatch(/^circuit\.png$/m);
    expect(shown).toContain('[[Like this]]');
    expect(shown).toContain('[[Not a link|because it is code]]');
    expect(shown).toMatch(/one line of notes\.\[1\][\s\S]*^\[1\] One line is enough/m);
    expect(shown).not.toMatch(/!\[\[|\[!tip\]|\[\^why\]/i);
  });

  it('reads a note that opens on a heading with its first sentence once', async () => {
    const { stdout } = await cli(['read', 'meeting-notes', '--guide', OBSIDIAN]);
    expect(stdout.match(/We read one paper a week/g)).toHaveLength(1);
  });

  it('finds a note by words in a callout, without its marker, views it, and recommends only the tagged note for an interpretability focus', async () => {
    expect(await found('figure closely', OBSIDIAN)).toMatch(
      /^- How to read them Skim each abstract first, then read one figure closely\. \(`interpretability-reading`: /m,
    );
    const viewed = await viewInTerminal(path.join(OBSIDIAN, 'Interpretability reading.md'));
    expect(viewed).toContain('Tip: How to read them');
    expect(viewed).not.toMatch(/cssclasses|aliases/);
    const reading = (await readNext(OBSIDIAN, ['interpretability'])).map((s) => s.id);
    expect(reading.length).toBeLessThanOrEqual(5);
    expect(reading).toContain('interpretability-reading');
    expect(reading).not.toContain('scratch');
    expect(reading).not.toContain('meeting-notes');
  });
});

describe('an MDX course', () => {
  it('lists its pages and reads them without imports, exports, expressions or component tags', async () => {
    const notes = await listed(MDX);
    expect(notes.get('intro')).toEqual({ title: 'Welcome to the control course', tags: 'control' });
    expect(notes.get('monitors')?.title).toBe('Monitors');
    const shown = await readInTerminal('intro', MDX);
    expect(shown).toContain('Every lesson ends with a short exercise you can do on a laptop.');
    expect(shown).toContain('Lesson one asks what a monitor may see.');
    expect(shown).not.toMatch(/import|export|\{lessons\}|Quiz|Callout|questions=/);
    expectNoRawSyntax(shown);
  });

  it('views an .mdx file as read shows the page, finds its words, and recommends it for a control focus', async () => {
    expect(await found('exercise laptop', MDX)).toMatch(/\(`intro`: Welcome to the control course\)$/m);
    expect(await readNext(MDX, ['control'])).toContainEqual(expect.objectContaining({ id: 'intro' }));
    const viewed = await viewInTerminal(path.join(MDX, 'docs', 'intro.mdx'));
    expect(viewed).toContain('Every lesson ends with a short exercise');
    expect(viewed).not.toMatch(/import|export|\{lessons\}|Quiz|Callout/);
  });
});

describe('an mkdocs handbook', () => {
  it('lists its pages, the title from front-matter or the first heading', async () => {
    const notes = await listed(MKDOCS);
    expect(notes.get('briefings')).toEqual({ title: 'Writing briefings', tags: 'governance' });
    expect(notes.get('index')?.title).toBe('Policy team handbook');
  });

  it('reads admonitions as titled callouts, a task list with one box an item, and footnotes numbered', async () => {
    const shown = await readInTerminal('briefings', MKDOCS);
    expect(shown).toMatch(/^│ Warning: Check the dates\n│ Laws change quickly/m);
    expect(shown).toMatch(/^│ Note: A longer example\n│ The example briefing on export rules/m);
    expect(shown).toContain('☑ state the decision');
    expect(shown).toContain('☐ list the options');
    expect(shown).toMatch(/^\[1\] A footnote is where the source goes\.$/m);
    expect(shown).not.toContain('the template below');
    expectNoRawSyntax(shown);
  });

  it('finds a page by its words, in an admonition too, views it, and puts a page on the person interest in the reading list', async () => {
    expect(await found('decide briefing', MKDOCS)).toMatch(/\(`briefings`: Writing briefings\)$/m);
    expect(await found('export rules', MKDOCS)).toMatch(/^- The example briefing on export rules runs to a single page\. \(`briefings`: /m);
    expectNoRawSyntax(await viewInTerminal(path.join(MKDOCS, 'docs', 'briefings.md')));
    // The handbook's home page names no tag, but its title names an interest: policy.
    const reading = await readNext(MKDOCS, [], ['policy']);
    expect(reading).toContainEqual({ id: 'index', title: 'Policy team handbook', why: expect.stringContaining('policy') });
    expect(await readNext(MKDOCS, ['governance'])).toContainEqual(expect.objectContaining({ id: 'briefings' }));
  });
});

// Only what validate already does on these folders (empty aliases:, redirect aliases that are paths, shortcodes, MDX): no error.
it.each([
  ['Hugo site', HUGO],
  ['Obsidian vault', OBSIDIAN],
  ['MDX course', MDX],
  ['mkdocs handbook', MKDOCS],
])('validate finds no error in the %s', async (_, dir) => {
  expect((await cli(['validate', dir])).code).toBe(0);
});
