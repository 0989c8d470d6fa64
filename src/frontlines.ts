// frontlines.geojson is fetched here, not by the map's source, because it may
// not exist yet: a missing file leaves the map without front lines, not broken;
// a malformed one is reported in the page.
import { fetchChecked, type Checked, type FrontLineCollection } from './data';
import { frontlinesSchema } from './dataSchema';

export function fetchOptionalFrontlines(): Promise<Checked<FrontLineCollection>> {
  return fetchChecked<FrontLineCollection>('frontlines.geojson', frontlinesSchema, false);
}
