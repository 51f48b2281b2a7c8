import { describe, expect, it } from 'vitest';
import { firstHeading, firstSentence } from '../../src/guide/note-text.js';
import { passages } from '../../src/search/passages.js';
import { plainText } from '../../src/text/plain-text.js';

describe('plainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainText('- a **bold** and _light_ `code` [link](https://example.org)')).toBe('a bold and light code link');
    expect(plainText('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('a | b 1 | 2');
    expect(plainText('See [[Other note|the other note]].')).toBe('See the other note.');
  });

  // Each of these came out wrong from the regular expressions the lexer replaced.
  it('reads nested emphasis', () => {
    expect(plainText('*very **important** point*')).toBe('very important point');
    expect(plainText('***both*** at once')).toBe('both at once');
  });

  it('keeps an asterisk inside a code span', () => {
    expect(plainText('use `a*b` and `*` here')).toBe('use a*b and * here');
  });

  it('drops a link target that holds parentheses', () => {
    expect(plainText('see [the page](https://en.wikipedia.org/wiki/Go_(game)) today')).toBe('see the page today');
  });

  it('reads reference links and leaves their definitions out', () => {
    expect(plainText('read [the guide][g] first\n\n[g]: https://example.org/guide')).toBe('read the guide first');
  });

  it('keeps escaped markup characters as text, and an image by its description', () => {
    expect(plainText('2 \\* 3 ![a chart](chart.png)')).toBe('2 * 3 a chart');
  });
});

describe('passages', () => {
  it('gives paragraphs, list items and table rows, not headings', () => {
    const body = '# Title\n\nFirst paragraph\nstill first.\n\n- one\n  - nested\n- two *em*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted';
    expect(passages(body)).toEqual(['First paragraph still first.', 'one', 'nested', 'two em', 'a | b', '1 | 2', 'quoted']);
  });

  it('leaves out reference definitions and HTML', () => {
    expect(passages('Text [x][1].\n\n[1]: https://example.org\n\n<div>html</div>\n')).toEqual(['Text x.']);
  });
});

describe('a note without front-matter', () => {
  it('takes its title from a level-1 heading, never from a fenced code block', () => {
    expect(firstHeading('```\n# not a title\n```\n\n# The *real* title\n', 0)).toEqual({ title: 'The real title' });
    const text = '\r\n# Title\r\n\r\nBody.\r\n';
    const heading = firstHeading(text, 0);
    expect(heading?.title).toBe('Title');
    expect(text.slice(heading?.after)).toBe('\r\nBody.\r\n');
  });

  it('takes its summary from the first prose, past headings, quotes, tables, images, code and templating', () => {
    expect(
      firstSentence('## Sub\n\n> a quote\n\n| a |\n|---|\n\n![img](x.png)\n\n```\ncode.\n```\n\n{% include x.html %}\n\nThe *first* sentence. The second.'),
    ).toBe('The first sentence.');
    expect(firstSentence('- An item with [a link](https://e.org/a_(b)). More.\n- Another.')).toBe('An item with a link.');
  });
});
