import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderProblem, writeOutputs } from './writeOutputs';

const tmp = () => mkdtempSync(join(tmpdir(), 'aleppo-out-'));

describe('writeOutputs', () => {
  it('makes a new folder with every file, and leaves no temporary folder beside it', () => {
    const parent = tmp();
    const out = join(parent, 'data');
    writeOutputs(out, { 'a.json': '1', 'b.json': '2' });
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json']);
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('replaces the old outputs and keeps the folder’s other files', () => {
    const out = tmp();
    writeFileSync(join(out, 'a.json'), 'old a');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeOutputs(out, { 'a.json': 'new a', 'b.json': 'new b' });
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('new a');
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('new b');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('replaces nothing when one file cannot be written: the old ones stay as they were', () => {
    const parent = tmp();
    const out = join(parent, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'old a');
    writeFileSync(join(out, 'b.json'), 'old b');
    // The second file cannot be written (its folder does not exist) after the first was.
    expect(() => writeOutputs(out, { 'a.json': 'new a', 'missing/b.json': 'new b' })).toThrow(/ENOENT/);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('old a');
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('old b');
    expect(readdirSync(parent)).toEqual(['data']);
  });
});

describe('outputFolderProblem', () => {
  it('accepts a folder or a path to make, refuses a file in the way', () => {
    const parent = tmp();
    expect(outputFolderProblem(parent)).toBeNull();
    expect(outputFolderProblem(join(parent, 'new', 'data'))).toBeNull();
    expect(existsSync(join(parent, 'new'))).toBe(true);
    writeFileSync(join(parent, 'file'), 'x');
    expect(outputFolderProblem(join(parent, 'file'))).toBe(`${join(parent, 'file')}: not a folder: a file of that name is in the way (--out)`);
    expect(outputFolderProblem(join(parent, 'file', 'data'))).toBe(`${join(parent, 'file', 'data')}: cannot be used as the output folder (ENOTDIR) (--out)`);
  });
});
