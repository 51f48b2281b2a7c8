import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/fake-io.js';

/*
 * Folders of our own writing in the shapes of real sites (tests/fixtures/sites):
 * a Hugo Academic site whose home-page widgets are named like built-in sections.
 */
const site = (name: string) => fileURLToPath(new URL(`../fixtures/sites/${name}`, import.meta.url));
const HUGO = site('hugo-academic');
const env = { XDG_CACHE_HOME: '', CAREERS_HOME: '' };

describe('a Hugo Academic site as a guide folder', () => {
  it('keeps the built-in about and skills, and lists its widgets under ids of their own', async () => {
    const { code, stdout } = await runCli(['list', '--guide', HUGO], { env });
    expect(code).toBe(0);
    const titles = new Map(stdout.trimEnd().split('\n').map((line) => [line.split('\t')[0], line.split('\t')[1]]));
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
