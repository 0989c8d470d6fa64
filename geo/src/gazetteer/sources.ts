/** Parsing the gazetteer's source files (facts CSV, names JSON, press YAML) into typed rows. */
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export interface FactsRow {
  csr_id: string;
  name: string;
  name_ar: string;
  lon: number;
  lat: number;
  area_km2: number;
  alt_en: string[];
  alt_ar: string[];
}

const factsRow = z.object({
  csr_id: z.string(),
  name: z.string().min(1),
  name_ar: z.string(),
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  area_km2: z.coerce.number().nonnegative(),
  alt_en: z.string(),
  alt_ar: z.string(),
});

const splitBar = (s: string): string[] => s.split('|').map((x) => x.trim()).filter(Boolean);

export function parseFacts(csv: string, file = 'facts.csv'): FactsRow[] {
  const records = parseCsv(csv, { columns: true, skip_empty_lines: true, bom: true }) as unknown[];
  return records.map((record, i) => {
    const parsed = factsRow.safeParse(record);
    if (!parsed.success) {
      throw new Error(`${file}:${i + 2}: ${z.prettifyError(parsed.error)}`);
    }
    return { ...parsed.data, alt_en: splitBar(parsed.data.alt_en), alt_ar: splitBar(parsed.data.alt_ar) };
  });
}

const namesFile = z.record(
  z.string(),
  z.object({
    original_name: z.string(),
    original_name_a: z.string().nullable(),
    alternative_arabic: z.array(z.string().nullable()),
    alternative_english: z.array(z.string().nullable()),
  }),
);

/** English name → every spelling the names file gives for it. */
export function parseNames(json: string, file = 'names.json'): Map<string, string[]> {
  const parsed = namesFile.safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const names = parsed.data;
  const byName = new Map<string, string[]>();
  for (const entry of Object.values(names)) {
    const list = byName.get(entry.original_name) ?? [];
    for (const v of [...entry.alternative_arabic, ...entry.alternative_english]) if (v) list.push(v);
    byName.set(entry.original_name, list);
  }
  return byName;
}

import { MARKS } from './types';

const kind = z.enum(['residential', 'industrial', 'landmark', 'park', 'cemetery', 'airport', 'university', 'military']);
const aliases = z.array(z.coerce.string()).default([]);

const pressFile = z.object({
  not_places: aliases,
  neighbourhoods: z.record(
    z.string(),
    z.object({
      name_fr: z.string().optional(),
      /** Replaces the facts' Arabic name on the map and in search (the facts' stays an alias). */
      name_ar: z.string().min(1).optional(),
      kind: kind.optional(),
      /** A sign the map draws at the centre, so readers find their bearings (the Citadel, the airport). */
      mark: z.enum(MARKS).optional(),
      aliases,
      drop_aliases: aliases,
    }).strict(),
  ),
  places: z.array(
    z.object({ name: z.string(), name_fr: z.string(), name_ar: z.string(), in: z.string(), aliases }).strict(),
  ),
  unlocated: z.array(
    z.object({ id: z.string(), name_en: z.string(), name_fr: z.string(), name_ar: z.string(), aliases }).strict(),
  ),
  groups: z.array(
    z.object({
      id: z.string(),
      name_en: z.string(),
      name_fr: z.string(),
      name_ar: z.string(),
      aliases,
      members: z.array(z.string()).min(1),
      /** A sector: the press names it as a whole when it changes hands, so a confirmed report moves its members. */
      sector: z.boolean().optional(),
    }).strict(),
  ),
});

export type PressFile = z.infer<typeof pressFile>;

export function parsePress(yamlText: string, file = 'press.yaml'): PressFile {
  const parsed = pressFile.safeParse(parseYaml(yamlText));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
