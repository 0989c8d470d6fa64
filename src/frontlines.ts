// frontlines.geojson is fetched here, not by the map's source, because it may
// not exist yet: a missing file leaves the map without front lines, not broken.
import { dataUrl, type FrontLineCollection } from './data';

export async function fetchOptionalFrontlines(): Promise<FrontLineCollection | null> {
  try {
    const response = await fetch(dataUrl('frontlines.geojson'));
    if (!response.ok) return null;
    const body = (await response.json()) as FrontLineCollection;
    return Array.isArray(body.features) ? body : null;
  } catch {
    return null;
  }
}
