import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/terminal/wrap.js';

const columns = (text: string) => text.split('\n').map((line) => stringWidth(line));

describe('wrapLines', () => {
  it('wraps at spaces and hangs a list item under its text', () => {
    expect(wrapLines('- one two three four', 10)).toBe('- one two\n  three\n  four');
    expect(wrapLines('  12. alpha beta gamma', 14)).toBe('  12. alpha\n      beta\n      gamma');
  });

  it('counts wide characters as two columns', () => {
    const line = '研究 工程 安全 对齐 模型 评估';
    const wrapped = wrapLines(line, 10);
    expect(wrapped.split('\n').length).toBeGreaterThan(1);
    for (const width of columns(wrapped)) expect(width).toBeLessThanOrEqual(10);
    expect(wrapped.replace(/\n/g, ' ')).toBe(line);
  });

  it('counts emoji, joined emoji and flags as two columns, and accents as none', () => {
    const line = 'ready 👍 team 👩🏽‍💻 crew 👨‍👩‍👧‍👦 flag 🇬🇧 and café rosé ❤️ end';
    for (const width of [8, 11, 15]) {
      const wrapped = wrapLines(line, width);
      for (const columnsUsed of columns(wrapped)) expect(columnsUsed).toBeLessThanOrEqual(width);
      expect(wrapped.replace(/\n/g, ' ')).toBe(line);
    }
    expect(wrapLines(line, stringWidth(line))).toBe(line);
  });

  it('counts a terminal hyperlink as its text', () => {
    const link = '\u001B]8;;https://example.org/a/long/address/that/is/not/shown\u0007the link\u001B]8;;\u0007';
    expect(wrapLines(`see ${link} here`, 17)).toBe(`see ${link} here`);
  });

  it('counts escape codes as nothing, and keeps each line styled on its own', () => {
    const bold = '\u001B[1mbold words that run on\u001B[22m';
    expect(wrapLines(bold, 30)).toBe(bold);
    const wrapped = wrapLines(bold, 10).split('\n');
    expect(wrapped.length).toBeGreaterThan(1);
    for (const line of wrapped) {
      expect(stringWidth(line)).toBeLessThanOrEqual(10);
      expect(line.startsWith('\u001B[1m') && line.endsWith('\u001B[22m')).toBe(true);
    }
  });

  it('reopens every style still open on each line it makes, not only the last one', () => {
    const link = '\u001B[36m\u001B[4mhttps://example.org/a/very/long/address\u001B[24m\u001B[39m';
    const lines = wrapLines(link, 12).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.includes('\u001B[36m') && line.includes('\u001B[4m')).toBe(true);
  });

  it('cuts a word wider than the line, styled or not', () => {
    expect(columns(wrapLines('https://example.org/a/very/long/address', 12)).every((width) => width <= 12)).toBe(true);
    expect(columns(wrapLines('\u001B[4mhttps://example.org/a/very/long/address\u001B[24m', 12)).every((width) => width <= 12)).toBe(true);
  });

  it('leaves tables and short lines as they are', () => {
    const table = '│ a cell that is wider than the page │';
    expect(wrapLines(`short\n${table}`, 10)).toBe(`short\n${table}`);
  });
});
