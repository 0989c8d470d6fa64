import { describe, expect, it } from 'vitest';
import type { DayShares, SharesFile } from '../../geo/src/contract';
import { ControlIndex } from '../model/control';
import { sharesOn, sharesSeries } from './series';

const day = (regimeShare: number): DayShares => ({
  regimeShareOfBaselineRebelArea: regimeShare,
  tally: {
    regime: { count: 1, area_km2: 1 },
    rebel: { count: 1, area_km2: 1 },
    kurdish: { count: 0, area_km2: 0 },
    contested: { count: 0, area_km2: 0 },
    unknown: { count: 0, area_km2: 0 },
  },
});

describe('shares series', () => {
  const index = new ControlIndex({ start: '2016-09-15', end: '2016-09-25', changeDates: [], neighbourhoods: {} });
  const file: SharesFile = {
    start: '2016-09-15',
    end: '2016-09-25',
    baselineRebelArea_km2: 1,
    dates: { '2016-09-20': day(0.5), '2016-09-15': day(0) },
  };

  it('reads the last change date on or before a day', () => {
    const series = sharesSeries(file, index);
    expect(series.map((p) => p.day)).toEqual([0, 5]);
    expect(sharesOn(series, 0)?.regimeShareOfBaselineRebelArea).toBe(0);
    expect(sharesOn(series, 4)?.regimeShareOfBaselineRebelArea).toBe(0);
    expect(sharesOn(series, 5)?.regimeShareOfBaselineRebelArea).toBe(0.5);
    expect(sharesOn(series, 10)?.regimeShareOfBaselineRebelArea).toBe(0.5);
    expect(sharesOn([], 3)).toBeNull();
  });
});
