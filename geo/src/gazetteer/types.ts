/** The gazetteer: the contract between the place facts and every later stage. */

/** Signs the map can draw at a place: landmarks that give a reader their bearings. */
export const MARKS = ['citadel', 'airport'] as const;
export type Mark = (typeof MARKS)[number];

export type Kind =
  | 'residential'
  | 'industrial'
  | 'landmark'
  | 'park'
  | 'cemetery'
  | 'airport'
  | 'university'
  | 'military';

export interface Neighbourhood {
  /** Stable id: the slug of `name_en`. */
  id: string;
  /** Exactly the facts' `name`. */
  name_en: string;
  name_fr: string;
  name_ar: string;
  /** Every other spelling it answers to (facts' variants, press forms). */
  aliases: string[];
  kind: Kind;
  /** A sign on the map (press.yaml `mark`). */
  mark?: Mark;
  /** [lon, lat]; null for a known place the facts do not locate. */
  centre: [number, number] | null;
  area_km2: number | null;
  located: boolean;
  /** Facts rows merged into this entry (a neighbourhood in several parts). */
  parts: number;
}

/** A press name for a place that lies inside a surveyed neighbourhood (Tariq al-Bab in ash-Sha'ar). */
export interface SubPlace {
  name: string;
  name_fr: string;
  name_ar: string;
  aliases: string[];
  in: string;
}

export interface Group {
  id: string;
  name_en: string;
  name_fr: string;
  name_ar: string;
  aliases: string[];
  members: string[];
  /**
   * A sector ("the whole north of East Aleppo", "the Old City"): a report that it changed hands,
   * confirmed by two independent sources, moves the members the loser held (tier inferred).
   * Without it a group is too loose a name for that (the press says "Alep-Est" for the part at stake).
   */
  sector?: boolean;
}

export type Target = { type: 'neighbourhood'; id: string } | { type: 'group'; id: string };

/** How strongly an alias claims its spelling when two entries share it. */
export type AliasRank = 'group' | 'name' | 'variant';

export interface Alias {
  text: string;
  target: Target;
  rank: AliasRank;
  /** Set when the alias names a place inside the target (kept so mentions can say so). */
  place?: string;
}

export interface Gazetteer {
  neighbourhoods: Neighbourhood[];
  places: SubPlace[];
  groups: Group[];
  aliases: Alias[];
  /** Words that look like place names but are not ("Syrian", "Al-Mayadeen", "تشرين الثاني"). */
  notPlaces: string[];
  /** Problems found while building: unknown names, aliases two entries claim. */
  warnings: string[];
}
