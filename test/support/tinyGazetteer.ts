/** A hand-made gazetteer of a few neighbourhoods and one group, for rule-by-rule tests. */
import type { Gazetteer, Neighbourhood } from '../../geo/src/gazetteer/types';
import type { ControlEvent } from '../../geo/src/events/types';

export function tinyGazetteer(ids: readonly string[], groups: Record<string, string[]> = {}): Gazetteer {
  const neighbourhoods: Neighbourhood[] = ids.map((id, i) => ({
    id,
    name_en: id,
    name_fr: id,
    name_ar: id,
    aliases: [],
    kind: 'residential',
    centre: [37.1 + i * 0.01, 36.2],
    area_km2: 1,
    located: true,
    parts: 1,
  }));
  return {
    neighbourhoods,
    places: [],
    groups: Object.entries(groups).map(([id, members]) => ({ id, name_en: id, name_fr: id, name_ar: id, aliases: [], members })),
    aliases: [],
    notPlaces: [],
    warnings: [],
  };
}

let counter = 0;

/** An extracted event with sensible defaults; override what the test is about. */
export function event(fields: Partial<ControlEvent> & Pick<ControlEvent, 'neighbourhood' | 'kind'>): ControlEvent {
  counter++;
  return {
    id: `t${counter}@0:${fields.kind}`,
    article: 'a',
    date: '2016-12-01',
    datePrecision: 'day',
    controller: 'regime',
    confidence: 0.9,
    quote: { text: 'q', start: 0, end: 1 },
    origin: 'extracted',
    cues: [],
    ...fields,
  };
}
