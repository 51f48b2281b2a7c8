import { describe, expect, it } from 'vitest';
import { wikiLinksAsText, wikiLinkTargets } from '../../src/text/wiki-links.js';

describe('wiki links', () => {
  it('show as their text in prose, with label, heading and embed forms', () => {
    expect(wikiLinksAsText('See [[Reading list]], [[Notes|my notes]], [[Plan#Goals]] and ![[chart.png]].')).toBe(
      'See Reading list, my notes, Plan and chart.png.',
    );
  });

  it('link to a heading of the same note as its words, and leave a block link as written', () => {
    expect(wikiLinksAsText('Back to [[#Deadlines]] and [[#Deadlines|the dates]].')).toBe('Back to Deadlines and the dates.');
    expect(wikiLinksAsText('As in [[#^quote-1]].')).toBe('As in [[#^quote-1]].');
    expect(wikiLinksAsText('From [[Plan#^step-2]].')).toBe('From Plan.');
    expect(wikiLinkTargets('[[#Deadlines]] [[#^b]] [[Plan#^step-2]]')).toEqual(['Plan']);
  });

  it('are left as written in inline code, fenced code and indented code', () => {
    const note = [
      'Write `[[Three laws of motion]]` to link, or ``a `[[tick]]` inside``; [[Real link]] works.',
      '',
      '```markdown',
      '[[In a fence]]',
      '```',
      '',
      '> ~~~',
      '> [[In a quoted fence]]',
      '> ~~~',
      '',
      '    [[Indented code]]',
      '',
      '- a list item',
      '',
      '    [[Continuation of the item]]',
    ].join('\n');
    const out = wikiLinksAsText(note);
    for (const kept of ['`[[Three laws of motion]]`', '`[[tick]]`', '[[In a fence]]', '[[In a quoted fence]]', '    [[Indented code]]'])
      expect(out).toContain(kept);
    expect(out).toContain('; Real link works.');
    expect(out).toContain('    Continuation of the item');
    expect(wikiLinkTargets(note)).toEqual(['Real link', 'Continuation of the item']);
  });

  it('treat an unclosed backtick as text', () => {
    expect(wikiLinksAsText('A lone ` then [[Link]].')).toBe('A lone ` then Link.');
  });

  it('cost a linear pass on many unclosed backtick runs', () => {
    const text = `${Array.from({ length: 20_000 }, (_, i) => '`'.repeat((i % 50) + 1)).join(' x ')} [[Link]]`;
    expect(wikiLinksAsText(text).endsWith(' Link')).toBe(true);
  });
});
