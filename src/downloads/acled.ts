// The control events in ACLED's column names, so analysts can put them beside
// ACLED's own Syria data. Only what ACLED would count as a battle is written:
// captures, withdrawals, partial gains and fighting. Bombardments, displacement
// and statements of who holds what are left out: we cannot tell ACLED's
// remote-violence sub-types apart from the texts, and a statement is no event.
//
// ACLED's conventions used here (ACLED Codebook):
// - time_precision: 1 the day is known; 2 within the week before the article
//   (the sentence gives no date, so the article's date stands in);
// - geo_precision: 1 a neighbourhood's own centre; 2 a part of the city (a group
//   of neighbourhoods, or one without a known centre), placed at its members'
//   mean centre or the city's;
// - sub_event_type: "Government regains territory" when the regime takes a
//   place, "Non-state actor overtakes territory" when rebels or Kurdish forces
//   do, "Armed clash" for fighting and partial gains.
// Actor names are ours (ACLED's actor dictionary is not public here).
import type { Controller } from '../../geo/src/contract';
import type { ControlEvent, Gazetteer } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';
import type { Cell } from './csv';
import type { Sources } from './tables';

export const ACLED_HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'actor2', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude',
  'geo_precision', 'source', 'notes', 'fatalities', 'credits',
] as const;

export const ACTORS: Record<Exclude<Controller, 'contested'>, string> = {
  regime: 'Syrian government forces and allies',
  rebel: 'Syrian opposition armed groups',
  kurdish: 'Kurdish forces (YPG)',
};

/** Aleppo's centre, for places without one of their own. */
const ALEPPO: [number, number] = [37.1343, 36.2021];
const BATTLE_KINDS = new Set(['capture', 'withdrawal', 'partial', 'fighting']);

export function subEventType(event: ControlEvent): string | null {
  if (!BATTLE_KINDS.has(event.kind)) return null;
  if (event.kind === 'fighting' || event.kind === 'partial' || event.controller === 'contested') return 'Armed clash';
  if (event.controller === 'regime') return 'Government regains territory';
  if (event.controller === 'rebel' || event.controller === 'kurdish') return 'Non-state actor overtakes territory';
  return null;
}

function actorName(side: Controller | 'unknown' | null | undefined): string | null {
  return side && side !== 'contested' && side !== 'unknown' ? ACTORS[side] : null;
}

/** [lon, lat, geo_precision] for an event's place. */
function placement(event: ControlEvent, gazetteer: Gazetteer, s: Sources): [number, number, 1 | 2] {
  if (!event.group) {
    const centre = s.places.get(event.neighbourhood)?.centre;
    return centre ? [centre[0], centre[1], 1] : [...ALEPPO, 2];
  }
  const group = gazetteer.groups.find((g) => g.id === event.neighbourhood);
  const centres = (group?.members ?? []).map((id) => s.places.get(id)?.centre).filter((c) => c !== undefined && c !== null);
  if (centres.length === 0) return [...ALEPPO, 2];
  const mean = (i: 0 | 1) => Math.round((centres.reduce((sum, c) => sum + c[i], 0) / centres.length) * 1e5) / 1e5;
  return [mean(0), mean(1), 2];
}

function placeName(event: ControlEvent, gazetteer: Gazetteer, s: Sources): string {
  const name = event.group
    ? (gazetteer.groups.find((g) => g.id === event.neighbourhood)?.aliases[0] ?? event.neighbourhood)
    : (s.places.get(event.neighbourhood)?.name_en ?? event.neighbourhood);
  return `Aleppo - ${name}`;
}

export function acledRows(
  events: readonly ControlEvent[],
  index: ControlIndex,
  gazetteer: Gazetteer,
  s: Sources,
  credits: string,
): Cell[][] {
  const rows: Cell[][] = [];
  const sorted = [...events].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  for (const event of sorted) {
    const type = subEventType(event);
    if (!type || !event.date || event.datePrecision === 'unknown') continue;
    const [lon, lat, geoPrecision] = placement(event, gazetteer, s);
    // The side that lost it: who held it the day before, when that was the other side.
    const day = index.day(event.date);
    const before = !event.group && day > 0 && day <= index.lastDay ? index.controllerOn(event.neighbourhood, day - 1) : null;
    const actor1 = actorName(event.controller);
    const actor2 = before && before !== event.controller ? actorName(before) : null;
    const article = s.articles.get(event.article);
    rows.push([
      event.id, event.date, event.date.slice(0, 4), event.datePrecision === 'day' ? 1 : 2,
      'Political violence', 'Battles', type, actor1, actor2,
      'Syria', 'Aleppo', 'Jebel Saman', 'Jebel Saman', placeName(event, gazetteer, s), lat, lon, geoPrecision,
      article?.outlet ?? event.review?.url ?? event.article, event.quote.text, null, credits,
    ]);
  }
  return rows;
}
