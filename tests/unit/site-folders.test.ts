import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

/*
 * Folders of our own writing in the shapes of real sites (tests/fixtures/sites):
 * a Hugo Academic site whose home-page widgets are named like built-in
 * sections; an Astro knowledge base of MDX pages with a .markdown page and
 * pages in other markup; an mkdocs handbook.
 */
const site = (name: string) => fileURLToPath(new URL(`../fixtures/sites/${name}`, import.meta.url));
const HUGO = site('hugo-academic');
const env = { XDG_CACHE_HOME: '', CAREERS_HOME: '' };

describe('a Hugo Academic site as a guide folder', () => {
  it('keeps the built-in about and skills, and lists its widgets under ids of their own', async () => {
    const { code, stdout } = await runCli(['list', '--guide', HUGO], { env });
    expect(code).toBe(0);
    const titles = new Map(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => [line.split('\t')[0], line.split('\t')[1]]),
    );
    expect(titles.get('skills')).not.toBe('Skills');
    expect(titles.get('notes/skills')).toBe('Skills');
    expect(titles.get('notes/about')).toBe('Biography');
    const json = JSON.parse((await runCli(['list', '--format', 'json', '--guide', HUGO], { env })).stdout) as Array<{ id: string; origin: string }>;
    expect(json.find((s) => s.id === 'notes/skills')?.origin).toBe('--guide');
  });

  it('reads the built-in section by its id, and the note by its own', async () => {
    expect((await runCli(['read', 'skills', '--guide', HUGO], { env })).stdout).not.toMatch(/^# Skills\n*$/);
    expect((await runCli(['read', 'notes/skills', '--guide', HUGO], { env })).stdout).toMatch(/^# Skills\n/);
  });

  it('is validated with each clash named once, and a replaces: that names nothing', async () => {
    const { code, stdout } = await runCli(['validate', HUGO], { env });
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('"skills" is a built-in section'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('"about" is a built-in section'))).toHaveLength(1);
    expect(lines.filter((line) => line.includes('no built-in section has the id "no-such-section"'))).toHaveLength(1);
    expect(lines).toHaveLength(3);
  });
});

const MDX = site('mdx-kb');

describe('an Astro site of MDX pages as a guide folder', () => {
  it('lists its .mdx and .markdown pages, and says in one line which files it skipped and why', async () => {
    const { code, stdout, stderr } = await runCli(['list', '--guide', MDX], { env });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^evals-primer\tA primer on model evaluations\tevals$/m);
    expect(stdout).toMatch(/^reading\tFurther reading\t$/m);
    expect(stderr).toContain('2 files were skipped (1 .adoc, 1 .rst): only .md, .markdown and .mdx files are read');
    expect(stderr.split('\n').filter((line) => line.includes('skipped (')).length).toBe(1);
  });

  it("reads an MDX page without its imports, exports, expressions and component tags, keeping the components' text", async () => {
    const { stdout } = await runCli(['read', 'evals-primer', '--guide', MDX], { env });
    expect(stdout).toContain('Start with a small set you can read by hand.');
    expect(stdout).toContain('Teams run them before every release');
    expect(stdout).not.toMatch(/import|export|<\/?[A-Z]|\{updated\}|data=/);
  });

  it('reads the same MDX body from a cached folder as from a fresh one', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'careers-mdx-cache-'));
    try {
      const cached = { XDG_CACHE_HOME: cache, CAREERS_HOME: '' };
      const first = await runCli(['read', 'evals-primer', '--guide', MDX], { env: cached });
      const second = await runCli(['read', 'evals-primer', '--guide', MDX], { env: cached });
      expect(second.stdout).toBe(first.stdout);
      expect(second.stdout).toContain('Start with a small set');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });

  it('finds MDX text by search, and validate names a page that is not valid MDX with its line', async () => {
    // Piped, search prints markdown: one list item a passage, ending with its section's id.
    expect((await runCli(['search', 'hand', '--guide', MDX], { env })).stdout).toMatch(/^- Start with a small set you can read by hand\. \(`evals-primer`: /m);
    const { stdout } = await runCli(['validate', MDX], { env });
    expect(stdout).toMatch(/broken\.mdx:5: not valid MDX \(.*\); read as markdown/);
    expect(stdout).toContain('2 files were skipped (1 .adoc, 1 .rst)');
  });
});

describe('an mkdocs handbook as a guide folder', () => {
  const MKDOCS = site('mkdocs');
  it('lists its pages by title and reads a task list and a tip with one box each', async () => {
    const { stdout } = await runCli(['list', '--guide', MKDOCS], { env });
    expect(stdout).toMatch(/^index\tLab handbook\t/m);
    expect(stdout).toMatch(/^onboarding\tOnboarding\t/m);
    const read = await runCli(['read', 'onboarding', '--guide', MKDOCS, '--format', 'terminal', '--color', 'never'], { env });
    expect(read.stdout).toContain('☐ get a desk');
    expect(read.stdout).toContain('☑ read the handbook');
    expect(read.stdout).toContain('│ Tip');
    expect(read.stdout).not.toContain('[!TIP]');
  });
});

describe('validate on a Jekyll site and an Obsidian vault', () => {
  const JEKYLL = site('jekyll-docs');
  const OBSIDIAN = site('obsidian-help');

  it('names each unknown link once a file with its line and count, accepts <…> links, and counts template links once a folder', async () => {
    const { code, stdout } = await runCli(['validate', JEKYLL], { env });
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/installation\.md:9: body: link to "setup-guide" is neither an http\(s\) address nor a section id \(2 times\)$/),
      expect.stringMatching(/jekyll-docs: 2 files use templates \(.*\), shown as written; the 4 links they make are not checked/),
    ]);
  });

  it('takes empty aliases and numbers in tags as valid, and keeps wiki links in code as written', async () => {
    const { code, stdout } = await runCli(['validate', OBSIDIAN], { env });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect((await runCli(['list', '--guide', OBSIDIAN], { env })).stdout).toMatch(/^linking-notes\tLinking notes\tobsidian,2048$/m);
    const read = (await runCli(['read', 'linking-notes', '--guide', OBSIDIAN], { env })).stdout;
    expect(read).toContain('`[[Three laws of motion]]`');
    expect(read).toContain('[[Note name#Heading|shown text]]');
    expect(read).toContain('Related: Callouts.');
  });
});
