/**
 * What a reader downloads: every file of the production build (dist/), raw and gzipped,
 * grouped by kind, with MapLibre's own chunk set apart so the rest can be held to its budget.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PayloadFile {
  file: string;
  kind: 'js' | 'css' | 'font' | 'data' | 'html' | 'image' | 'embed' | 'other';
  maplibre: boolean;
  bytes: number;
  gzipBytes: number;
}

export interface Payload {
  files: PayloadFile[];
  total: { bytes: number; gzipBytes: number };
  maplibre: { bytes: number; gzipBytes: number };
  /** Everything but MapLibre's own code and CSS and the embed's files (aim: under 150 KB gzipped). */
  rest: { bytes: number; gzipBytes: number };
  /** Files for the pages that embed the map (no-script stills, oembed.json): the map itself never fetches them. */
  embed: { bytes: number; gzipBytes: number };
}

export function measurePayload(dist: string): Payload {
  const files = walk(dist).map((path): PayloadFile => {
    const raw = readFileSync(path);
    const file = relative(dist, path);
    return { file, kind: kindOf(file), maplibre: /maplibre/i.test(file) || isMapLibreChunk(raw), bytes: raw.length, gzipBytes: gzipSync(raw, { level: 9 }).length };
  });
  const sum = (list: PayloadFile[]) => ({ bytes: total(list, 'bytes'), gzipBytes: total(list, 'gzipBytes') });
  return {
    files,
    total: sum(files),
    maplibre: sum(files.filter((f) => f.maplibre)),
    rest: sum(files.filter((f) => !f.maplibre && f.kind !== 'embed')),
    embed: sum(files.filter((f) => f.kind === 'embed')),
  };
}

export function payloadTable(p: Payload): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows = [...p.files].sort((a, b) => b.gzipBytes - a.gzipBytes).map((f) => `| ${f.file} | ${f.kind}${f.maplibre ? ' (MapLibre)' : ''} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} |`);
  return [
    '| file | kind | KB | KB gzipped |',
    '|---|---|---:|---:|',
    ...rows,
    ...kinds(p.files).map(([kind, t]) => `| all ${kind} | | ${kb(t.bytes)} | ${kb(t.gzipBytes)} |`),
    `| **MapLibre** | | ${kb(p.maplibre.bytes)} | ${kb(p.maplibre.gzipBytes)} |`,
    `| **everything else** (aim < 150 KB gzipped) | | ${kb(p.rest.bytes)} | ${kb(p.rest.gzipBytes)} |`,
    `| **for embedding hosts** (no-script stills, oembed.json: never fetched by the map) | | ${kb(p.embed.bytes)} | ${kb(p.embed.gzipBytes)} |`,
    `| **total** | | ${kb(p.total.bytes)} | ${kb(p.total.gzipBytes)} |`,
  ].join('\n');
}

/** Totals per kind, MapLibre's files apart (js, css, then the rest). */
function kinds(files: readonly PayloadFile[]): [string, { bytes: number; gzipBytes: number }][] {
  const out = new Map<string, { bytes: number; gzipBytes: number }>();
  for (const f of files) {
    const key = f.maplibre ? `${f.kind} (MapLibre)` : f.kind;
    const t = out.get(key) ?? { bytes: 0, gzipBytes: 0 };
    t.bytes += f.bytes;
    t.gzipBytes += f.gzipBytes;
    out.set(key, t);
  }
  return [...out].sort((a, b) => b[1].gzipBytes - a[1].gzipBytes);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function kindOf(file: string): PayloadFile['kind'] {
  if (file.startsWith('snapshots/') || file === 'oembed.json') return 'embed';
  if (/\.m?js$/.test(file)) return 'js';
  if (/\.css$/.test(file)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(file)) return 'font';
  if (/\.(json|geojson|md)$/.test(file)) return 'data';
  if (/\.html$/.test(file)) return 'html';
  if (/\.(png|jpe?g|webp|svg)$/.test(file)) return 'image';
  return 'other';
}

/** A bundler may name MapLibre's chunk after the app; its licence banner gives it away. */
function isMapLibreChunk(raw: Buffer): boolean {
  return raw.subarray(0, 400).toString('utf8').includes('MapLibre GL JS');
}

function total(list: PayloadFile[], key: 'bytes' | 'gzipBytes'): number {
  return list.reduce((s, f) => s + f[key], 0);
}
