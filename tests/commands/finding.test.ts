import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careers } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const { folder } = useTempFolders('finding');
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe('careers search', () => {
  it('ranks sections and prints the matching passages with their ids', async () => {
    const { code, stdout } = await careers(['search', 'GPA', '--format', 'text']);
    expect(code).toBe(0);
    const [first, passage] = stdout.split('\n');
    expect(first).toMatch(/^phd-process\s/);
    expect(passage).toMatch(/^ {2}.*3\.6/);
  });

  it('does not forgive typos in short words ("gpa" is not "gpu")', async () => {
    const hits = JSON.parse((await careers(['search', 'gpa', '--format', 'json'])).stdout) as Array<{ id: string }>;
    expect(hits.map((h) => h.id)).toEqual(['phd-process']);
  });

  it('matches prefixes and small typos', async () => {
    expect((await careers(['search', 'residenc'])).stdout).toMatch(/^# Search: residenc\n/);
    expect((await careers(['search', 'recomendation'])).code).toBe(0);
  });

  it('prints JSON with ids, scores and passages', async () => {
    const hits = JSON.parse((await careers(['search', 'statement of purpose', '--format', 'json'])).stdout) as Array<{
      id: string;
      score: number;
      passages: string[];
    }>;
    expect(hits[0]?.id).toBe('statement-of-purpose');
    expect(hits[0]?.passages.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('exits 1 when nothing matches', async () => {
    const { code, stderr } = await careers(['search', 'xyzzyqwv']);
    expect(code).toBe(1);
    expect(stderr).toBe('careers: nothing in the guide matches "xyzzyqwv"; careers list shows every topic\n');
  });

  it('searches custom folders too', async () => {
    // The folder's own section comes first: no route record says "overriding" ("over" in one is another word).
    expect((await careers(['search', 'overriding', '--guide', fixture('custom-guide'), '--format', 'text'])).stdout).toMatch(
      /^skills {2}My own skills notes\n/,
    );
    const hits = JSON.parse((await careers(['search', 'overriding', '--guide', fixture('custom-guide'), '--format', 'json'])).stdout) as Array<{
      id: string;
      title: string;
    }>;
    expect(hits[0]).toMatchObject({ id: 'skills', title: 'My own skills notes' });
  });
});

describe('careers search into notes', () => {
  it('prints markdown when piped: a heading, the change notes its words name first, then one list item a passage with its section id', async () => {
    const { code, stdout } = await careers(['search', 'residency']);
    expect(code).toBe(0);
    expect(stdout.startsWith('# Search: residency\n\n')).toBe(true);
    expect(stdout.match(/^# /gm)).toHaveLength(1);
    const note = stdout.indexOf('**Google Brain Residency**');
    const firstPassage = stdout.search(/^- .*\(`[a-z0-9-]+`: [^)]+\)$/m);
    expect(note).toBeGreaterThan(-1);
    expect(note).toBeLessThan(firstPassage);
    expect(stdout).toContain('`careers read routes-today`');
    // Passages of a section with dated notes carry the marker.
    expect(stdout).toMatch(/^- .*\*\(changed\)\*.*\(`research-engineering`: /m);
    expect(stdout.endsWith('\n') && !stdout.endsWith('\n\n')).toBe(true);
  });

  it('shows first the routes open today that the words name', async () => {
    const { stdout } = await careers(['search', 'fellowship']);
    expect(stdout).toMatch(/## Routes open today\n\n- \*\*[^*]*Fellow/);
    expect(stdout.indexOf('## Routes open today')).toBeLessThan(stdout.indexOf('## Passages'));
  });

  it('keeps --format json as it was: the hits alone', async () => {
    const hits = JSON.parse((await careers(['search', 'residency', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(hits[0] ?? {})).toEqual(['id', 'title', 'score', 'terms', 'passages']);
  });
});

describe('careers list --tags', () => {
  it('prints every tag with its count', async () => {
    const { stdout } = await careers(['list', '--tags']);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(3);
    for (const [tag, count] of rows) {
      expect(tag).toMatch(/^\S+$/);
      expect(Number(count)).toBeGreaterThan(0);
    }
  });
});

describe('careers validate', () => {
  it('passes the built-in guide', async () => {
    const { code, stderr } = await careers(['validate']);
    expect(stderr).toMatch(/sections? checked, no errors/);
    expect(code).toBe(0);
  });

  it('reports each broken file as file:line and exits 1; a note without a title is not broken', async () => {
    const { code, stdout, stderr } = await careers(['validate', fixture('broken-guide')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken-guide\/evil\.md:1: front-matter in "js" is not allowed/);
    expect(stdout).not.toMatch(/no-title\.md/);
    expect(stderr).toMatch(/^careers: 1 error in /);
  });

  it('holds a folder to the built-in schema with --strict: a section without a title fails', async () => {
    const { code, stdout, stderr } = await careers(['validate', '--strict', fixture('broken-guide')]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken-guide\/evil\.md:1: front-matter in "js" is not allowed; only YAML is read/);
    expect(stdout).toMatch(/broken-guide\/no-title\.md:?\d*: missing required field "title"/);
    expect(stderr).toMatch(/^careers: 2 errors in /);
  });

  it('checks a custom folder against the built-in ids', async () => {
    expect((await careers(['validate', fixture('custom-guide')])).code).toBe(0);
  });

  it('checks the assessment data and role profiles a folder provides', async () => {
    const dir = folder({
      'assess/scoring.yaml': 'fit: { strong: thirty, possible: 18 }\ncaveat: c\nrules: []\n',
      'roles/research-engineer.md': '---\ntitle: Research engineer\nsummary: mine\nreplaces: research-engineer\nrole:\n  weights: { software: 3 }\n---\nbody\n',
    });
    const { code, stdout } = await careers(['validate', dir]);
    expect(code).toBe(1);
    // Nested fields point at their own line, or at their nearest parent's when they are missing.
    expect(stdout).toMatch(/assess\/scoring\.yaml:1: fit\.strong: .*number/);
    expect(stdout).toMatch(/roles\/research-engineer\.md:6: role\.weights\.ml: is required/);
  });

  it('says so when the folder does not exist', async () => {
    const { code, stderr } = await careers(['validate', path.join(fixture('custom-guide'), 'nope')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not a folder/);
  });
});

describe('careers completion', () => {
  it('prints a zsh script built on bash completion', async () => {
    const script = (await careers(['completion', 'zsh'])).stdout;
    expect(script).toContain('bashcompinit');
    expect(script).toContain('complete -F _careers careers');
  });

  it('prints a fish script', async () => {
    expect((await careers(['completion', 'fish'])).stdout).toContain('complete -c careers -n __fish_use_subcommand -a read');
  });

  it('refuses an unknown shell with a usage error', async () => {
    const { code, stderr } = await careers(['completion', 'tcsh']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/bash, zsh, fish/);
  });
});
