// Who made what a download holds: carried inside every file, so a table that
// travels without the map still says where it comes from.
export const PROJECT = 'aleppo-frontlines';
export const PLACES_CREDIT =
  'Neighbourhood names, centres and areas: Conflict Urbanism: Aleppo, Columbia University Center for Spatial Research';
export const BASELINE_CREDIT = 'Control on 2016-09-15: editorial survey, sources per neighbourhood';

export interface Credits {
  project: string;
  /** The full map these data came from. */
  map: string;
  places: string;
  baseline: string;
  /** Outlets whose articles are quoted. */
  texts: string[];
  note: string;
}

export function credits(mapUrl: string, outlets: readonly string[], approximate: boolean): Credits {
  return {
    project: PROJECT,
    map: mapUrl,
    places: PLACES_CREDIT,
    baseline: BASELINE_CREDIT,
    texts: [...outlets],
    note: approximate
      ? 'Every control period cites the events (events.csv) and quotes behind it. Shapes are approximate: drawn from each neighbourhood’s centre and area, not surveyed.'
      : 'Every control period cites the events (events.csv) and quotes behind it.',
  };
}

/** One line for a CSV's `credits` column. */
export function creditsLine(c: Credits): string {
  return `${c.project} (${c.map}); ${c.places}; ${c.baseline}; texts quoted from the outlets in the source column`;
}
