import { describe, expect, it } from 'vitest';
import { timelineIcs } from '../../src/render/timeline-ics.js';
import type { Timeline } from '../../src/timeline/plan.js';
import { renderForTerminal } from '../../src/terminal/render-for-terminal.js';
import { fakeIO } from '../helpers/fake-io.js';

/*
 * Time grows with input, not with its square: for each construct that once
 * took seconds to minutes (issue 30), doubling the input at most about
 * doubles the time, up to the largest section the renderer takes (256 KiB).
 * A ratio of timings made in the same run, never a figure in milliseconds:
 * each timing repeats the work for at least 20 ms and takes the median of
 * three, and the growth is taken per doubling over the whole range (the
 * geometric mean of the ratios), so one slow sample on a loaded machine does
 * not decide it. Linear work gives about 2 (less where a fixed cost
 * dominates small inputs), quadratic work about 4; the bound is 3 (a loaded machine has pushed a linear case to 2.8).
 */

const MAX_GROWTH = 3;
const SIZES = [4, 8, 16, 32, 64, 128, 256].map((k) => k * 1024);

/** Milliseconds one call of `work` takes: the median of three samples, each repeating the work for at least 20 ms. */
async function timing(work: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let sample = 0; sample < 3; sample++) {
    const started = performance.now();
    let calls = 0;
    do {
      await work();
      calls++;
    } while (performance.now() - started < 20);
    samples.push((performance.now() - started) / calls);
  }
  return samples.sort((a, b) => a - b)[1] ?? 0;
}

/** How much the time grows each time the input doubles, over the sizes given (each double the one before). */
async function growth(make: (size: number) => string, work: (input: string) => unknown, sizes = SIZES): Promise<number> {
  await work(make(sizes[0] ?? 1)); // compiled before anything is timed
  const inputs = sizes.map(make);
  const first = await timing(() => work(inputs[0] ?? ''));
  const last = await timing(() => work(inputs.at(-1) ?? ''));
  return (last / first) ** (1 / (sizes.length - 1));
}

/** `unit` repeated to about `size` characters. */
const repeat = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const OPTIONS = { width: 80, colorLevel: 3, hyperlinks: 'osc8' } as const;
const render = (markdown: string) => renderForTerminal(fakeIO(), [{ markdown, file: 'x.md' }], OPTIONS);

describe('rendering time against input size', () => {
  it.each([
    ['lazy blockquote continuation lines', repeat('> a\nb\n')],
    ['lazy lines of a list in a blockquote', repeat('> - a\nb\n')],
    ['email addresses', repeat('a@b.co ')],
    ['strikethrough', repeat('~a')],
    ['links', repeat('[a](https://x.example) ')],
    ['inline HTML', repeat('<b>x</b> ')],
    ['one huge table cell', (size: number) => `| h |\n|---|\n| ${'word '.repeat(size / 5)}|\n`],
    ['table rows', repeat('| word word | x |\n')],
  ])('%s: doubling the input at most about doubles the time', async (_, make) => {
    expect(await growth(make, render)).toBeLessThan(MAX_GROWTH);
  });

  it('blocks of links, each within the bounds: time grows with the number of blocks', async () => {
    expect(await growth(repeat(`${'[a](https://x.example) '.repeat(20)}\n\n`), render, SIZES.slice(0, 4))).toBeLessThan(MAX_GROWTH);
  });
});

describe('calendar time against text size', () => {
  const timeline = (text: string): Timeline => ({
    plan: 'phd-us',
    title: text,
    target: 'phd',
    region: 'us',
    intake: 2027,
    today: '2026-01-01',
    status: 'ok',
    steps: [{ id: 'step', date: '2026-03-04', when: '2026-03-04', do: text, why: text, section: 'phd-process', late: false, routes: [] }],
    sources: [],
  });
  it.each([
    ['plain words', repeat('word ')],
    ['text to escape', repeat('a, b; c\\d\n')],
    ['characters of several octets', repeat('日本🎓é ')],
  ])('%s: doubling a step text at most about doubles the time', async (_, make) => {
    expect(await growth(make, (text) => timelineIcs(timeline(text)), SIZES.slice(0, 6))).toBeLessThan(MAX_GROWTH);
  });
});
