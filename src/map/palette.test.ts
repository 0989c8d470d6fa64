// The palette stays apart for every reader: every two fills that can sit side by side on the map
// (two holders, each at full strength or in its paler "inferred / baseline" form, in the light and
// dark themes) are measured as a reader with normal vision, in greyscale and under protanopia,
// deuteranopia and tritanopia (simulated with Machado et al. 2009), and must stay a clear CIEDE2000
// distance apart. Pairs where one side also carries a pattern (contested stripes, unknown dots)
// need less colour difference: the pattern tells them apart.
import { describe, expect, it } from 'vitest';
import { CONTROLS, type Control } from '../../geo/src/contract';
import { CONTROL_COLOURS, PATTERNS, mapColours, renderedFill, rgb, type ResolvedTheme } from './palette';
import { VISIONS, deltaE, type Vision, deltaELab, lab, luminance, simulate } from './vision';

/** The least CIEDE2000 distance allowed, in every vision and theme. */
const MIN = {
  /** Two plain fills (no pattern on either side). */
  plain: 10,
  /** A plain fill against a patterned one (no grey for unknown reaches more than about 4.7 in greyscale). */
  patterned: 4,
  /** A fill against the paper around the city... */
  paper: 10,
  /** ...a patterned one (unknown is meant to look nearly blank). */
  patternedPaper: 5,
};

interface Fill {
  control: Control;
  weak: boolean;
  rgb: [number, number, number];
}

function fills(theme: ResolvedTheme): Fill[] {
  return CONTROLS.flatMap((control) => [false, true].map((weak) => ({ control, weak, rgb: renderedFill(CONTROL_COLOURS[control], theme, weak) })));
}

const name = (f: Fill) => `${f.control}${f.weak ? ' (pale)' : ''}`;

describe('colour-vision simulation and colour distance', () => {
  it('matches published CIEDE2000 test pairs (Sharma, Wu & Dalal 2005)', () => {
    expect(deltaELab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    expect(deltaELab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
    expect(deltaELab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
    expect(deltaELab([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 3);
  });

  it('converts sRGB to CIELAB', () => {
    const white = lab([255, 255, 255]);
    [100, 0, 0].forEach((v, i) => expect(white[i]).toBeCloseTo(v, 2));
    const red = lab([255, 0, 0]);
    [53.24, 80.09, 67.2].forEach((v, i) => expect(red[i]).toBeCloseTo(v, 1));
  });

  it('keeps greys grey, and confuses what each deficiency confuses', () => {
    for (const vision of VISIONS) {
      const [r, g, b] = simulate([128, 128, 128], vision);
      expect(Math.max(r, g, b) - Math.min(r, g, b), vision).toBeLessThan(1.5);
    }
    const red: [number, number, number] = [200, 60, 40];
    const green: [number, number, number] = [90, 150, 40];
    const seen = (vision: Vision) => deltaE(simulate(red, vision), simulate(green, vision));
    // Red against green: most of the difference is lost to protanopes and deuteranopes,
    // little to tritanopes (who confuse blue with green instead).
    expect(seen('protanopia')).toBeLessThan(0.4 * seen('normal'));
    expect(seen('deuteranopia')).toBeLessThan(0.4 * seen('normal'));
    expect(seen('tritanopia')).toBeGreaterThan(0.8 * seen('normal'));
    const blue: [number, number, number] = [40, 90, 200];
    const teal: [number, number, number] = [40, 150, 130];
    expect(deltaE(simulate(blue, 'tritanopia'), simulate(teal, 'tritanopia'))).toBeLessThan(0.6 * deltaE(blue, teal));
    // Greyscale keeps only luminance.
    const grey = simulate([0, 0, 255], 'greyscale');
    expect(luminance(grey.map(Math.round) as [number, number, number])).toBeCloseTo(luminance([0, 0, 255]), 2);
  });
});

describe('the palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every two holders' fills apart in every vision (${theme} theme)`, () => {
      const all = fills(theme);
      const tooClose: string[] = [];
      let closest = { d: Infinity, what: '' };
      for (const vision of VISIONS) {
        for (let i = 0; i < all.length; i++) {
          for (let j = i + 1; j < all.length; j++) {
            const a = all[i]!;
            const b = all[j]!;
            if (a.control === b.control) continue;
            const d = deltaE(simulate(a.rgb, vision), simulate(b.rgb, vision));
            const patterned = PATTERNS[a.control] !== undefined || PATTERNS[b.control] !== undefined;
            const what = `${vision}: ${name(a)} / ${name(b)} ΔE ${d.toFixed(1)}`;
            if (d < (patterned ? MIN.patterned : MIN.plain)) tooClose.push(what);
            if (!patterned && d < closest.d) closest = { d, what };
          }
        }
      }
      console.log(`${theme}: closest plain pair ${closest.what}`);
      expect(tooClose).toEqual([]);
    });

    it(`keeps every fill apart from the paper (${theme} theme)`, () => {
      const paper = rgb(mapColours(theme).background);
      for (const f of fills(theme)) expect(deltaE(f.rgb, paper), name(f)).toBeGreaterThan(PATTERNS[f.control] ? MIN.patternedPaper : MIN.paper);
    });
  }

  it('patterns what colour alone cannot carry: contested and unknown, with different patterns', () => {
    expect(PATTERNS.contested).toBeDefined();
    expect(PATTERNS.unknown).toBeDefined();
    expect(PATTERNS.contested).not.toBe(PATTERNS.unknown);
  });
});
