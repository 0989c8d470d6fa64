// The balance on the chosen day (neighbourhoods and km² per side), and a
// small stacked-area chart of it over the whole timeline with the day marked.
import type { Control } from '../../geo/src/contract';
import { locale, strings, type Lang } from '../i18n';
import { CONTROL_COLOURS, HATCH_RGBA } from '../map/palette';
import type { ControlIndex } from '../model/control';
import { sharesOn, type SharesPoint } from './series';

/** Bottom to top: the regime's growth reads as a rising floor. */
const STACK: readonly Control[] = ['regime', 'kurdish', 'contested', 'unknown', 'rebel'];
const WIDTH = 300;
const HEIGHT = 64;

export interface SharesPanelProps {
  series: readonly SharesPoint[];
  index: ControlIndex;
  day: number;
  lang: Lang;
  /** Distinguishes the ids when the panel is on the page twice (desktop card, phone intro). */
  idPrefix?: string;
}

function stackPaths(series: readonly SharesPoint[], lastDay: number): { control: Control; d: string }[] {
  const total = Math.max(
    1e-9,
    ...series.map((p) => STACK.reduce((sum, c) => sum + (p.shares.tally[c]?.area_km2 ?? 0), 0)),
  );
  const x = (day: number) => (lastDay === 0 ? 0 : (day / lastDay) * WIDTH);
  const y = (km2: number) => HEIGHT - (km2 / total) * HEIGHT;
  // Each point holds until the next: steps, not slopes.
  const steps = series.map((p, i) => ({ from: x(p.day), to: x(series[i + 1]?.day ?? lastDay + 1), shares: p.shares }));
  const paths: { control: Control; d: string }[] = [];
  const below = steps.map(() => 0);
  for (const control of STACK) {
    const top: string[] = [];
    const bottom: string[] = [];
    steps.forEach((s, i) => {
      const base = below[i]!;
      const value = base + (s.shares.tally[control]?.area_km2 ?? 0);
      top.push(`${s.from.toFixed(1)},${y(value).toFixed(1)}`, `${s.to.toFixed(1)},${y(value).toFixed(1)}`);
      bottom.push(`${s.from.toFixed(1)},${y(base).toFixed(1)}`, `${s.to.toFixed(1)},${y(base).toFixed(1)}`);
      below[i] = value;
    });
    if (top.length > 0) paths.push({ control, d: `M${top.join('L')}L${bottom.reverse().join('L')}Z` });
  }
  return paths;
}

export function SharesPanel({ series, index, day, lang, idPrefix = 'shares' }: SharesPanelProps) {
  const t = strings[lang];
  const today = sharesOn(series, day);
  if (!today) return null;
  const percent = new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 });
  const markerX = index.lastDay === 0 ? 0 : (day / index.lastDay) * WIDTH;
  return (
    <section class="shares" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>{t.sharesHeading}</h2>
      <ul class="tally">
        {STACK.filter((c) => (today.tally[c]?.count ?? 0) > 0).map((c) => (
          <li key={c}>
            <span class={`swatch swatch-${c}`} style={{ background: CONTROL_COLOURS[c] }} aria-hidden="true" />
            <span class="who">{t.control[c]}</span>
            <span class="num">
              {t.neighbourhoodsCount(today.tally[c]!.count)}, {t.areaKm2(today.tally[c]!.area_km2)}
            </span>
          </li>
        ))}
      </ul>
      <p class="regime-share">{t.regimeShare(percent.format(today.regimeShareOfBaselineRebelArea))}</p>
      <svg
        class="shares-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={t.sharesChartLabel}
      >
        {/* Contested hatched as on the map and in the legend, not told by hue alone. */}
        <defs>
          <pattern id={`${idPrefix}-hatch`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="1.5" height="4" fill={`rgb(${HATCH_RGBA.slice(0, 3).join(',')})`} fill-opacity={HATCH_RGBA[3] / 255} />
          </pattern>
        </defs>
        {stackPaths(series, index.lastDay).map(({ control, d }) => (
          <g key={control}>
            <path d={d} fill={CONTROL_COLOURS[control]} />
            {control === 'contested' && <path class="hatch" d={d} fill={`url(#${idPrefix}-hatch)`} />}
          </g>
        ))}
        <line class="today" x1={markerX} x2={markerX} y1={0} y2={HEIGHT} />
      </svg>
    </section>
  );
}
