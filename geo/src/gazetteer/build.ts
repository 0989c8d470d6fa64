import { frenchSpelling } from './french';
import { kindFromName } from './kind';
import { slug } from './slug';
import type { FactsRow, PressFile } from './sources';
import type { Alias, AliasRank, Gazetteer, Group, Neighbourhood, SubPlace, Target } from './types';

export interface GazetteerSources {
  facts: FactsRow[];
  /** English name → spelling variants (the facts' names file). */
  names: Map<string, string[]>;
  press: PressFile;
}

/** Facts + names + press spellings → one entry per neighbourhood, with every alias it answers to. */
export function buildGazetteer({ facts, names, press }: GazetteerSources): Gazetteer {
  const warnings: string[] = [];
  const neighbourhoods = mergeFactsRows(facts);
  const byName = new Map(neighbourhoods.map((n) => [n.name_en, n]));
  const idOf = (name: string, where: string): string | undefined => {
    const found = byName.get(name);
    if (!found) warnings.push(`${where}: "${name}" is not a neighbourhood of the facts`);
    return found?.id;
  };

  const aliases: Alias[] = [];
  const add = (text: string, target: Target, rank: AliasRank, place?: string) => {
    const t = text.trim();
    if (t) aliases.push(place ? { text: t, target, rank, place } : { text: t, target, rank });
  };

  for (const n of neighbourhoods) {
    const edit = press.neighbourhoods[n.name_en];
    if (edit?.name_fr) n.name_fr = edit.name_fr;
    if (edit?.kind) n.kind = edit.kind;
    const dropped = new Set(edit?.drop_aliases ?? []);
    const variants = [
      ...(names.get(n.name_en) ?? []),
      ...facts.filter((r) => r.name === n.name_en).flatMap((r) => [...r.alt_en, ...r.alt_ar]),
      ...(edit?.aliases ?? []),
    ];
    n.aliases = unique(variants.filter((v) => !dropped.has(v) && v !== n.name_en && v !== n.name_ar));
    const target: Target = { type: 'neighbourhood', id: n.id };
    for (const name of [n.name_en, n.name_fr, n.name_ar]) if (!dropped.has(name)) add(name, target, 'name');
    for (const v of n.aliases) add(v, target, 'variant');
    if (edit?.mark) n.mark = edit.mark;
    // An editor's Arabic name is shown; the facts' still finds the place as before.
    if (edit?.name_ar && edit.name_ar !== n.name_ar) {
      if (n.name_ar && !dropped.has(n.name_ar)) n.aliases = unique([...n.aliases, n.name_ar]);
      n.name_ar = edit.name_ar;
      add(n.name_ar, target, 'name');
    }
  }
  warnings.push(...distinctArabicNames(neighbourhoods, add));
  for (const name of Object.keys(press.neighbourhoods)) idOf(name, 'press.yaml neighbourhoods');

  const places: SubPlace[] = [];
  for (const p of press.places) {
    const id = idOf(p.in, `press.yaml place ${p.name}`);
    if (!id) continue;
    places.push({ ...p, in: id });
    for (const text of [p.name, p.name_fr, p.name_ar, ...p.aliases]) add(text, { type: 'neighbourhood', id }, 'name', p.name);
  }

  for (const u of press.unlocated) {
    const entry: Neighbourhood = {
      id: u.id,
      name_en: u.name_en,
      name_fr: u.name_fr,
      name_ar: u.name_ar,
      aliases: u.aliases,
      kind: 'residential',
      centre: null,
      area_km2: null,
      located: false,
      parts: 0,
    };
    neighbourhoods.push(entry);
    for (const text of [u.name_en, u.name_fr, u.name_ar, ...u.aliases]) add(text, { type: 'neighbourhood', id: u.id }, 'name');
  }

  const groups: Group[] = press.groups.map((g) => {
    const members = g.members.map((m) => idOf(m, `press.yaml group ${g.id}`)).filter((id): id is string => !!id);
    for (const text of [g.name_en, g.name_fr, g.name_ar, ...g.aliases]) add(text, { type: 'group', id: g.id }, 'group');
    return { ...g, members };
  });

  const ids = new Set<string>();
  for (const entry of [...neighbourhoods, ...groups]) {
    if (ids.has(entry.id)) warnings.push(`two entries have the id "${entry.id}"`);
    ids.add(entry.id);
  }
  neighbourhoods.sort((a, b) => a.id.localeCompare(b.id));
  return { neighbourhoods, places, groups, aliases: dedupeAliases(aliases), notPlaces: press.not_places, warnings };
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/**
 * The facts give one Arabic name to the parts of a district (four الراموسة, five الحمدانية)
 * where the English numbers them (Ad-Ramouseh Industrial District I..IV): on the map and in
 * search they must be told apart, so each numbered part gets the number in Arabic digits
 * ("الحمدانية ٣"). The shared name still finds them all. Names left shared are reported.
 */
function distinctArabicNames(neighbourhoods: Neighbourhood[], add: (text: string, target: Target, rank: AliasRank) => void): string[] {
  const byName = new Map<string, Neighbourhood[]>();
  for (const n of neighbourhoods) if (n.name_ar) byName.set(n.name_ar, [...(byName.get(n.name_ar) ?? []), n]);
  const warnings: string[] = [];
  const arabicDigits = new Intl.NumberFormat('ar-EG', { useGrouping: false });
  for (const [name, sharing] of byName) {
    if (sharing.length < 2) continue;
    for (const n of sharing) {
      const numeral = ROMAN[/\s([IVX]+)$/.exec(n.name_en)?.[1] ?? ''];
      if (!numeral) continue;
      n.aliases = unique([...n.aliases, name]);
      n.name_ar = `${name} ${arabicDigits.format(numeral)}`;
      add(n.name_ar, { type: 'neighbourhood', id: n.id }, 'name');
    }
    const left = sharing.filter((n) => n.name_ar === name);
    if (left.length > 1) warnings.push(`${left.map((n) => n.name_en).join(', ')} share the Arabic name "${name}": give them distinct name_ar in press.yaml`);
  }
  for (const n of neighbourhoods) if (n.located && !n.name_ar) warnings.push(`${n.name_en} has no Arabic name: give it a name_ar in press.yaml`);
  return warnings;
}

/** Rows that share a name are one neighbourhood in several parts: sum the areas, weight the centre. */
function mergeFactsRows(facts: FactsRow[]): Neighbourhood[] {
  const merged = new Map<string, Neighbourhood>();
  for (const row of facts) {
    const seen = merged.get(row.name);
    if (!seen) {
      merged.set(row.name, {
        id: slug(row.name),
        name_en: row.name,
        name_fr: frenchSpelling(row.name),
        name_ar: row.name_ar,
        aliases: [],
        kind: kindFromName(row.name),
        centre: [row.lon, row.lat],
        area_km2: row.area_km2,
        located: true,
        parts: 1,
      });
      continue;
    }
    const a = seen.area_km2 ?? 0;
    const total = a + row.area_km2;
    const [lon, lat] = seen.centre ?? [row.lon, row.lat];
    seen.centre = [
      round((lon * a + row.lon * row.area_km2) / total, 5),
      round((lat * a + row.lat * row.area_km2) / total, 5),
    ];
    seen.area_km2 = round(total, 3);
    seen.parts += 1;
  }
  return [...merged.values()];
}

function dedupeAliases(aliases: Alias[]): Alias[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const key = `${a.text}\u0000${a.target.type}:${a.target.id}\u0000${a.place ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
