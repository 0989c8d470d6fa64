import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIRST_VIEW_FILES } from './data';

const root = new URL('../', import.meta.url);
const text = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe("the first view's files", () => {
  it('are the ones index.html preloads and public/boot.js reads ahead of the app', () => {
    const preloaded = [...text('index.html').matchAll(/<link rel="preload" href="\.\/data\/([\w.-]+)" as="fetch"/g)].map((m) => m[1]);
    const boot = text('public/boot.js');
    const list = /\[((?:\s*'[\w.-]+\.json',?)+)\s*\]\.forEach/.exec(boot);
    const read = [...(list?.[1] ?? '').matchAll(/'([\w.-]+)'/g)].map((m) => m[1]);
    expect([...preloaded].sort()).toEqual([...FIRST_VIEW_FILES].sort());
    expect([...read].sort()).toEqual([...FIRST_VIEW_FILES].sort());
  });
});
