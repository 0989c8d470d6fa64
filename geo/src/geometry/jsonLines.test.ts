import { describe, expect, it } from 'vitest';
import { jsonLines } from './jsonLines';

describe('jsonLines', () => {
  it('gives the line each element of the top-level "features" array starts on, whatever it holds', () => {
    const text = [
      '{"type": "FeatureCollection", "name": "x [not] {a key}",',
      ' "crs": {"features": [1, 2]},',
      ' "features": [',
      '  {"type": "Feature", "properties": {"NAME": "a \\" ] }"}, "geometry": {"type": "Polygon", "coordinates": [[[1e5, 2]]]}},',
      '  null,',
      '',
      '  {"type": "Feature",',
      '   "properties": {}}',
      ']}',
    ].join('\n');
    expect(jsonLines(text)).toEqual({ features: [4, 5, 7], badWord: null });
  });

  it('finds a bare word JSON does not allow, with its line', () => {
    expect(jsonLines('{"features": [\n {"c": [1,\n NaN]}]}').badWord).toEqual({ word: 'NaN', line: 3 });
    expect(jsonLines('{"a": -Infinity}').badWord).toEqual({ word: 'Infinity', line: 1 });
    expect(jsonLines('{"a": [true, false, null, 1E5, 2e-3]}').badWord).toBeNull();
  });
});
