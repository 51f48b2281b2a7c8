import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { careers } from '../helpers/fake-io.js';

/** The command of the "done when", on a fixed day so the test never rots. */
const ARGS = ['timeline', '--intake', '2027', '--region', 'us', '--target', 'phd', '--today', '2026-11-20'];

describe('careers timeline, piped', () => {
  it('appends to a notes file after other careers output as one more level-1 heading', async () => {
    const notes = (await careers(['read', 'cv', '--no-front-matter'])).stdout + (await careers(ARGS)).stdout;
    const headings = new Marked().lexer(notes).filter((token) => token.type === 'heading' && token.depth === 1);
    expect(headings.map((h) => (h as { text: string }).text)).toEqual(['How do I write an academic CV?', 'Timeline: PhD in the United States, 2027 intake']);
    expect(notes.endsWith('\n') && !notes.endsWith('\n\n')).toBe(true);
  });

  it('exits 2 with one line naming what is missing when there is no terminal to ask in', async () => {
    const { code, stdout, stderr } = await careers(['timeline', '--intake', '2027'], { env: { CAREERS_HOME: '/nonexistent/careers-home' } });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe('careers: missing --region and --target (no terminal to ask in)');
  });

  it('is listed in help and completion', async () => {
    expect((await careers(['--help'])).stdout).toMatch(/timeline/);
    expect((await careers(['timeline', '--help'])).stdout).toMatch(/\$ careers timeline --intake 2027 --region us\n/);
    expect((await careers(['completion', 'bash'])).stdout).toMatch(/timeline\) COMPREPLY=\( \$\(compgen -W "--intake --region --target --today --format/);
  });
});
