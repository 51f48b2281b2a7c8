import { describe, expect, it } from 'vitest';
import { readTimelines } from '../../src/timeline/read-timelines.js';
import { guide } from './load-plans.js';

const source = { says: 'The page says so.', url: 'https://example.org/dates', checked: '2026-11-30' };
const plan = (extra: Record<string, unknown> = {}) => ({
  id: 'test-plan',
  title: 'A test plan',
  targets: ['phd'],
  regions: ['us'],
  anchors: { deadline: { label: 'the deadline', month: 12, year: -1, sources: [source] }, intake: { label: 'the start', month: 9, sources: [source] } },
  too_close: 'Apply to fewer places.',
  passed: 'Aim for the following intake.',
  items: [{ id: 'submit', at: 'deadline', do: 'Submit.', why: 'It is due.', section: 'phd-process' }],
  ...extra,
});
const read = (...data: unknown[]) =>
  readTimelines(
    { data: Object.fromEntries(data.map((d, i) => [`timeline/t${i}.yaml`, { file: `/g/timeline/t${i}.yaml`, origin: 'test', version: `${i}`, data: d }])) },
    { sections: guide.sections, routes: guide.routes() },
  );

describe('checking timeline files', () => {
  it('accepts a plan whose dates name their sources', () => {
    expect(read(plan())).toMatchObject({ problems: [], plans: [{ id: 'test-plan' }] });
  });

  it.each([
    ['a date without a source', { anchors: { deadline: { label: 'd', month: 12 }, intake: { label: 'i' } } }, 'anchors.deadline.sources'],
    [
      'a lead time without a source',
      { items: [{ id: 'a', at: 'deadline', months: -2, do: 'Ask.', why: 'Time.', section: 'phd-process' }] },
      'items[0].sources',
    ],
    ['a step at an anchor that does not exist', { items: [{ id: 'a', at: 'someday', do: 'Ask.', why: 'Time.', section: 'phd-process' }] }, 'items[0].at'],
    ['a section that does not exist', { items: [{ id: 'a', at: 'now', do: 'Ask.', why: 'Time.', section: 'no-such-section' }] }, 'items[0].section'],
    [
      'a route record that does not exist',
      { items: [{ id: 'a', at: 'now', do: 'Ask.', why: 'Time.', section: 'phd-process', routes: ['no-such-route'] }] },
      'items[0].routes',
    ],
    ['no intake anchor', { anchors: { deadline: { label: 'd' } } }, 'anchors.intake'],
    ['a month out of range', { anchors: { deadline: { label: 'd', month: 13, sources: [source] }, intake: { label: 'i' } } }, 'anchors.deadline.month'],
    [
      'a source that is not https',
      { anchors: { deadline: { label: 'd', month: 12, sources: [{ ...source, url: 'http://example.org' }] }, intake: { label: 'i' } } },
      'anchors.deadline.sources[0].url',
    ],
    ['an unknown key', { deadlines: 'December' }, 'deadlines'],
  ])('reports %s as one problem naming the file and the field', (_name, extra, field) => {
    const { plans, problems } = read(plan(extra));
    expect(plans).toEqual([]);
    expect(problems[0]).toMatchObject({ file: '/g/timeline/t0.yaml', field, severity: 'error' });
    expect(problems[0]?.message).not.toMatch(/\n/);
  });

  it('reports a second plan for the same target and region', () => {
    const { plans, problems } = read(plan(), plan({ id: 'again' }));
    expect(plans.map((p) => p.id)).toEqual(['test-plan']);
    expect(problems).toMatchObject([{ file: '/g/timeline/t1.yaml', field: 'targets', message: expect.stringMatching(/phd in us is already planned/) }]);
  });

  it('removes control characters from text that reaches the terminal', () => {
    const { plans } = read(plan({ title: 'Evil\u001B[2J title' }));
    expect(plans[0]?.title).toBe('Evil title');
  });
});
