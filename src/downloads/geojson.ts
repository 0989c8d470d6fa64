// The neighbourhoods' shapes with who held them: for one day, or one feature
// per control period for the whole timeline (the form QGIS's temporal
// controller and most time sliders read). Credits ride along as a foreign
// member of the FeatureCollection.
import { tierOf } from '../model/tier';
import type { NeighbourhoodsFile } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';
import type { Credits } from './credits';
import { eventSources, type Sources } from './tables';

type Feature = NeighbourhoodsFile['features'][number];

export interface ControlCollection {
  type: 'FeatureCollection';
  credits: Credits;
  date?: string;
  features: {
    type: 'Feature';
    geometry: Feature['geometry'];
    properties: Record<string, string | number | boolean | string[] | null>;
  }[];
}

function baseProperties(feature: Feature) {
  const p = feature.properties;
  return { id: p.id, name_en: p.name_en, name_fr: p.name_fr, name_ar: p.name_ar, approximate: p.approximate ?? false };
}

export function dayCollection(shapes: NeighbourhoodsFile, index: ControlIndex, day: number, s: Sources, credits: Credits): ControlCollection {
  return {
    type: 'FeatureCollection',
    credits,
    date: index.date(day),
    features: shapes.features.map((feature) => {
      const period = index.periodOn(feature.properties.id, day);
      const events = period?.events ?? [];
      return {
        type: 'Feature',
        geometry: feature.geometry,
        properties: {
          ...baseProperties(feature),
          controller: period?.controller ?? 'unknown',
          since: period?.from ?? null,
          confidence: tierOf(period, index.isArea),
          confidence_basis: period?.basis ?? null,
          event_ids: [...events],
          sources: eventSources(events, s),
          quote: events[0] ? (s.events.get(events[0])?.quote.text ?? null) : null,
        },
      };
    }),
  };
}

export function timelineCollection(shapes: NeighbourhoodsFile, index: ControlIndex, s: Sources, credits: Credits): ControlCollection {
  const features: ControlCollection['features'] = [];
  for (const feature of shapes.features) {
    for (const period of index.periodsOf(feature.properties.id)) {
      const lastDay = period.untilDay - 1;
      features.push({
        type: 'Feature',
        geometry: feature.geometry,
        properties: {
          ...baseProperties(feature),
          from: period.from,
          until: lastDay >= index.lastDay ? null : index.date(lastDay),
          controller: period.controller,
          confidence: tierOf(period, index.isArea),
          confidence_basis: period.basis ?? null,
          event_ids: [...period.events],
          sources: eventSources(period.events, s),
        },
      });
    }
  }
  return { type: 'FeatureCollection', credits, features };
}
