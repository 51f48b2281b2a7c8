import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fdOutput, isTerminal } from '../../src/fd-output.js';
import { runCli } from '../helpers/fake-io.js';
import { useTempFolders } from '../helpers/temp-folders.js';

const LOADER = createRequire(import.meta.url).resolve('../../bin/careers.js');

const { tempDir } = useTempFolders('start-up');
afterEach(() => vi.restoreAllMocks());

describe('a piped lookup creates no streams', () => {
  it('never touches stdin or the prompt terminal for read, list or search', async () => {
    for (const argv of [['read', 'skills'], ['list'], ['search', 'residency']]) {
      const touched: string[] = [];
      const overrides = Object.defineProperties({}, {
        stdin: { enumerable: true, get: () => touched.push('stdin') && new PassThrough() },
        prompt: { enumerable: true, get: () => touched.push('prompt') && undefined },
      });
      const { code } = await runCli(argv, overrides);
      expect(code).toBe(0);
      expect(touched, argv.join(' ')).toEqual([]);
    }
  });
});

describe('isTerminal', () => {
  it('says no for a file and a closed descriptor', () => {
    const file = path.join(tempDir(), 'out.txt');
    const fd = fs.openSync(file, 'w');
    try {
      expect(isTerminal(fd)).toBe(false);
    } finally {
      fs.closeSync(fd);
    }
    expect(isTerminal(fd)).toBe(false); // closed now
  });
});

describe('fdOutput', () => {
  it('writes every byte of a long text to the descriptor, in order', () => {
    const file = path.join(tempDir(), 'out.txt');
    const fd = fs.openSync(file, 'w');
    const text = 'é'.repeat(100_000);
    fdOutput(fd, () => new PassThrough(), () => {}).write(text);
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('hands the rest to the stream when the descriptor would block, and keeps using it', () => {
    const chunks: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    let calls = 0;
    vi.spyOn(fs, 'writeSync').mockImplementation(((_fd: number, _bytes: Buffer, offset: number) => {
      calls++;
      if (calls === 1) return 3; // a partial write
      expect(offset).toBe(3);
      throw Object.assign(new Error('busy'), { code: 'EAGAIN' });
    }) as typeof fs.writeSync);
    const failed = vi.fn();
    const makeStream = vi.fn(() => stream);
    const out = fdOutput(99, makeStream, failed);
    out.write('abcdef');
    for (const text of ['g', 'h', 'i']) out.write(text);
    expect(chunks.join('')).toBe('defghi');
    expect(calls).toBe(2);
    expect(makeStream).toHaveBeenCalledTimes(1); // its listeners are set up once, not per write
    expect(failed).not.toHaveBeenCalled();
  });

  it('reports any other error (a closed reader, a full disk) once', () => {
    vi.spyOn(fs, 'writeSync').mockImplementation((() => {
      throw Object.assign(new Error('gone'), { code: 'EPIPE' });
    }) as typeof fs.writeSync);
    const failed = vi.fn();
    fdOutput(99, () => new PassThrough(), failed).write('x');
    expect(failed).toHaveBeenCalledWith(expect.objectContaining({ code: 'EPIPE' }));
  });
});

describe('loading a command bundle', () => {
  it("makes no Commander program (nor any other event emitter) until the command line is run", () => {
    const bundle = path.join(path.dirname(LOADER), '..', 'dist', 'commands', 'read.js');
    const script = `const EventEmitter = require('node:events'); let made = 0; const init = EventEmitter.init;
      EventEmitter.init = function (...args) { made++; return init.apply(this, args); };
      require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(bundle)}); const count = String(made); process.stdout.write(count);`;
    expect(spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' }).stdout).toBe('0');
  });
});

describe('the bundle loader in bin/careers.js', () => {
  /** Loads `file` through the loader in a fresh process and prints what it exports. */
  const loadInChild = (file: string, save = false) =>
    spawnSync(process.execPath, ['-e', `const l = require(${JSON.stringify(LOADER)}); process.stdout.write(String(l.loadBundle(${JSON.stringify(file)}).value)); ${save ? 'l.writeCodeCaches();' : ''}`], { encoding: 'utf8' });

  it('runs a bundle and its relative requires once each, and saves a cache beside each file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'part.js'), 'globalThis.loads = (globalThis.loads || 0) + 1; exports.n = 21;');
    fs.writeFileSync(path.join(dir, 'main.js'), "const a = require('./part.js'); const b = require('./part.js'); exports.value = a.n + b.n + ':' + globalThis.loads + ':' + require('node:path').sep;");
    const first = loadInChild(path.join(dir, 'main.js'), true);
    expect(first.stdout).toBe(`42:1:${path.sep}`);
    expect(fs.existsSync(path.join(dir, 'main.js.cache')) && fs.existsSync(path.join(dir, 'part.js.cache'))).toBe(true);
    expect(loadInChild(path.join(dir, 'main.js')).stdout).toBe(`42:1:${path.sep}`);
  });

  it('ignores a cache made for another version of its file, even one V8 would accept (same length, mtime copied from the cache)', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.js');
    fs.writeFileSync(file, 'exports.value = 1111;');
    expect(loadInChild(file, true).stdout).toBe('1111');
    fs.writeFileSync(file, 'exports.value = 2222;');
    const cacheTime = fs.statSync(`${file}.cache`).mtime;
    fs.utimesSync(file, cacheTime, cacheTime); // as `touch -r main.js.cache main.js` would
    expect(loadInChild(file).stdout).toBe('2222');
  });

  it('uses a cache only for the file it was made from, and then V8 accepts it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.js');
    fs.writeFileSync(file, 'exports.value = 3;');
    loadInChild(file, true);
    const check = spawnSync(process.execPath, ['-e', `const vm = require('node:vm'); const Script = vm.Script; let rejected; vm.Script = class extends Script { constructor(s, o) { super(s, o); rejected = o.cachedData ? this.cachedDataRejected : 'none'; } }; require(${JSON.stringify(LOADER)}).loadBundle(${JSON.stringify(file)}); process.stdout.write(String(rejected));`], { encoding: 'utf8' });
    expect(check.stdout).toBe('false');
  });

  it('ignores a damaged cache', () => {
    const dir = tempDir();
    const file = path.join(dir, 'main.js');
    fs.writeFileSync(file, 'exports.value = 7;');
    fs.writeFileSync(`${file}.cache`, 'not a code cache');
    const child = loadInChild(file);
    expect([child.stdout, child.stderr]).toEqual(['7', '']);
  });
});
