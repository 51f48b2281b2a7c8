import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/*
 * scripts/build.mjs leaves two of marked-terminal's imports out of the
 * bundle: cli-highlight (stubbed as `highlight`, returning the code as
 * written) and node-emoji (stubbed as `get`, finding nothing). That holds
 * only while marked-terminal uses nothing else of either: these tests read
 * its source and fail as soon as it does.
 */
// The ES module, which the bundle imports (the package's `import` condition).
const markedTerminal = readFileSync(
  createRequire(import.meta.url)
    .resolve('marked-terminal')
    .replace(/index\.cjs$/, 'index.js'),
  'utf8',
);
const build = readFileSync(new URL('../../scripts/build.mjs', import.meta.url), 'utf8');

describe('the stubs the build puts in place of marked-terminal imports', () => {
  it('cover every name marked-terminal imports from cli-highlight', () => {
    expect(markedTerminal).toContain('export function markedTerminal(');
    const imports = markedTerminal.match(/^import .* from 'cli-highlight';$/gm);
    expect(imports).toEqual(["import { highlight as highlightCli } from 'cli-highlight';"]);
    expect(build).toMatch(/'cli-highlight': 'export function highlight\(code\) \{ return code; \}'/);
  });

  it('cover every name marked-terminal uses of node-emoji', () => {
    expect(markedTerminal.match(/^import .* from 'node-emoji';$/gm)).toEqual(["import * as emoji from 'node-emoji';"]);
    expect(new Set(markedTerminal.match(/\bemoji\.\w+/g))).toEqual(new Set(['emoji.get']));
    expect(build).toMatch(/'node-emoji': 'export function get\(\) \{ return undefined; \}'/);
  });
});
