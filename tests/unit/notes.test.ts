import { describe, expect, it } from 'vitest';
import { loadGuide } from '../../src/guide/load.js';
import { parseSection } from '../../src/guide/parse.js';
import { warnByFolder } from '../../src/cli/folder-warnings.js';
import { slug } from '../../src/text/slug.js';
import { wikiLinksAsText } from '../../src/text/wiki-links.js';
import { fakeIO } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder } = useTempFolders('notes');

/** A file read as a note (the way user folders are read), named "My Note.md". */
const note = (text: string, name = 'My Note') => parseSection(text, `notes/${name}.md`, 'test', name, { strict: false });
const load = (dir: string) => loadGuide([{ dir, origin: 'test' }]);

describe('a note without front-matter', () => {
  it('takes its title from its first level-1 heading, and shows that heading once', () => {
    const { section, problems } = note('# Notes on research\n\nFirst sentence here. Second one.\n');
    expect(problems).toEqual([]);
    expect(section).toMatchObject({ id: 'my-note', title: 'Notes on research', summary: 'First sentence here.', body: 'First sentence here. Second one.' });
  });

  it('takes its title from its file name when it has no level-1 heading, and its summary from its first paragraph', () => {
    const { section } = note('## Only a subheading\n\n```\n# not a heading, code\n```\n\nThe **real** [first](https://x.org) sentence. More.\n');
    expect(section).toMatchObject({ title: 'My Note', summary: 'The real first sentence.' });
  });

  it('shortens a long first sentence at a word boundary', () => {
    const { section } = note(`${'word '.repeat(60)}end.\n`);
    expect(section?.summary.length).toBeLessThanOrEqual(160);
    expect(section?.summary).toMatch(/^(word )+word…$/);
  });

  it('makes an id of its file name: lower-cased, spaces and punctuation to dashes, accents dropped', () => {
    expect(slug('My Notes (2024) — Café!')).toBe('my-notes-2024-cafe');
    expect(note('text', 'Ideas & Plans').section?.id).toBe('ideas-plans');
  });

  it('reports a file name with nothing to make an id of, unless front-matter sets one', () => {
    expect(note('text', '日本語').problems[0]?.message).toMatch(/has no letters or digits to make an id of/);
    expect(note('---\nid: japanese\n---\ntext', '日本語').section?.id).toBe('japanese');
  });

  it('keeps templating as text and never evaluates it', () => {
    const { section } = note('Hello {{ site.title }} and {% include x.html %}.\n');
    expect(section?.body).toBe('Hello {{ site.title }} and {% include x.html %}.');
  });
});

describe('front-matter written by other tools', () => {
  it("accepts tags as a comma- or space-separated string, and aliases as any names, leaving out paths (a site's redirects) with a note", () => {
    expect(note('---\ntags: Career, ML papers\n---\nx').section?.tags).toEqual(['career', 'ml papers']);
    expect(note('---\ntags: "#career planning"\n---\nx').section?.tags).toEqual(['career', 'planning']);
    expect(note('---\ntags: 2048\n---\nx').section?.tags).toEqual(['2048']);
    // A title written for HTML is decoded, and the same title as the first heading is still shown once.
    const decoded = note('---\ntitle: Q&amp;A on &#8220;careers&#8221;\n---\n# Q&amp;A on &#8220;careers&#8221;\n\nText.');
    expect(decoded.section?.title).toBe('Q&A on \u201Ccareers\u201D');
    expect(decoded.section?.body.trim()).toBe('Text.');
    const redirected = note('---\naliases: [My Alias, /old/path/, old.html]\n---\nx');
    expect(redirected.section?.aliases).toEqual(['my-alias']);
    expect(redirected.problems).toEqual([expect.objectContaining({ severity: 'note', field: 'aliases', line: 2 })]);
  });

  it('takes description as the summary, ignores unknown fields and marks drafts', () => {
    const { section, problems } = note('---\ndescription: From the description\npermalink: /x/\nlayout: page\ndraft: true\ndate: 2024-01-02\n---\nBody.\n');
    expect(problems).toEqual([]);
    expect(section).toMatchObject({ summary: 'From the description', draft: true });
  });

  it('reads TOML front-matter (Hugo +++) with a TOML parser', () => {
    const { section, problems } = note('+++\ntitle = "Hugo page"\ntags = ["docs"]\ndate = 2024-03-01\n+++\nBody.\n');
    expect(problems).toEqual([]);
    expect(section).toMatchObject({ title: 'Hugo page', tags: ['docs'], body: 'Body.' });
  });

  it('refuses ---js without running it, and still shows the note from its body', () => {
    const { section, problems } = note('---js\n{ title: (globalThis.__careers_note_pwned = true, "t") }\n---\n# From the body\n\nText.\n');
    expect((globalThis as Record<string, unknown>).__careers_note_pwned).toBeUndefined();
    expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/front-matter in "js" is not allowed/) });
    expect(section?.title).toBe('From the body');
  });

  it('reports a block that does not parse, and keeps the title and summary from the body', () => {
    const { section, problems } = note('---\ntitle: [unclosed\n---\n# Heading\n\nFirst line.\n');
    expect(problems[0]?.message).toMatch(/front-matter is not valid YAML/);
    expect(section).toMatchObject({ title: 'Heading', summary: 'First line.' });
  });

  it("reports an Obsidian template's fields ({{date}}) and leaves them out", () => {
    const { section, problems } = note('---\ntitle: {{title}}\ndate: {{date}}\ntags: daily\n---\nToday.\n');
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['title', 2],
      ['date', 3],
    ]);
    expect(section).toMatchObject({ title: 'My Note', tags: ['daily'] });
  });

  it('treats a first line of --- that is never closed as a rule, not front-matter', () => {
    expect(note('---\n\nJust text after a rule.\n').section?.summary).toBe('Just text after a rule.');
  });

  it('still holds the built-in guide to the full schema when strict', () => {
    expect(parseSection('# Heading\n\nText.\n', 'guide/x.md', 'built-in', 'x').problems[0]?.message).toBe('missing required field "title"');
    expect(parseSection('---\ntitle: T\n---\n', 'guide/x.md', 'built-in', 'x').problems[0]?.message).toBe('missing required field "summary"');
    expect(parseSection('+++\ntitle = "T"\nsummary = "S"\n+++\n', 'guide/x.md', 'built-in', 'x').section).toBeUndefined();
  });
});

describe('wiki links', () => {
  it('show as their text: the label where there is one', () => {
    expect(wikiLinksAsText('See [[Reading list]], [[skills|the skills]] and ![[image.png]] or [[Note#Part]].')).toBe(
      'See Reading list, the skills and image.png or Note.',
    );
  });

  it('make the sections they name related, by id or title; links to nothing are no problem', () => {
    const dir = folder({
      'a.md': '# Alpha\n\nSee [[Beta page]], [[gamma|the third]] and [[Nowhere]].\n',
      'beta.md': '---\ntitle: Beta page\n---\nB.\n',
      'gamma.md': 'C.\n',
    });
    const guide = loadGuide([{ dir, origin: 'test' }]);
    expect(guide.section('a')?.related).toEqual(['beta', 'gamma']);
    expect(guide.problems).toEqual([]);
  });
});

describe('ids in a folder whose file names repeat', () => {
  it('come from the path inside the folder, so a Hugo site raises no clash; other ids stay short', () => {
    const dir = folder({ '_index.md': 'Home.\n', 'usage/_index.md': 'Usage.\n', 'blog/index.md': 'Blog.\n', 'about.md': 'About.\n' });
    const guide = load(dir);
    expect(guide.sections.map((s) => s.id).sort()).toEqual(['about', 'blog/index', 'index', 'usage/index']);
    expect(guide.problems).toEqual([]);
  });

  it('reports a clash between an id set in front-matter and one made from a file name', () => {
    const dir = folder({ 'plan.md': 'Mine.\n', 'other.md': '---\nid: plan\n---\nOther.\n' });
    const { problems } = load(dir);
    expect(problems).toEqual([expect.objectContaining({ field: 'id', message: expect.stringMatching(/duplicate id "plan"/) })]);
  });
});

describe('drafts', () => {
  it('are left out of the guide unless asked for, and hide nothing they would replace', async () => {
    const dir = folder({ 'idea.md': '---\ndraft: true\n---\nNot yet.\n', 'skills.md': '---\ndraft: true\ntitle: My skills\nreplaces: skills\n---\nDraft.\n' });
    const { loadGuideFor } = await import('../../src/cli/guide-context.js');
    const io = fakeIO({ env: { XDG_CACHE_HOME: `${dir}/.cache` } });
    const without = await loadGuideFor(io, [dir]);
    expect(without.section('idea')).toBeUndefined();
    expect(without.section('skills')?.origin).toBe('built-in');
    const withDrafts = await loadGuideFor(io, [dir], { drafts: true });
    expect(withDrafts.section('idea')?.draft).toBe(true);
    expect(withDrafts.section('skills')?.title).toBe('My skills');
  });
});

describe('warnings outside validate', () => {
  it('are one line a folder, counting files skipped and read in part', () => {
    const a = folder({ 'ok.md': 'Fine.\n', 'bin.md': Buffer.from([0, 1]), 'bad.md': '---\ntitle: [\n---\nx\n', 'worse.md': '---\n- a\n---\nx\n' });
    const b = folder({ 'bin.md': Buffer.from([0, 1]) });
    const sources = [
      { dir: a, origin: '--guide' },
      { dir: b, origin: '--guide' },
    ];
    const folders = sources.map((source) => loadGuide([source]));
    const io = fakeIO();
    warnByFolder(
      io,
      sources,
      folders.map((g) => ({ sections: g.sections, problems: g.problems, data: {}, versions: new Map(), bodies: new Map() })),
      folders.flatMap((g) => g.problems),
    );
    expect(io.err()).toBe(
      `careers: warning: 1 file in ${a} was skipped and 2 were read in part: careers validate ${a} shows why\n` +
        `careers: warning: 1 file in ${b} was skipped: careers validate ${b} shows why\n`,
    );
  });
});
