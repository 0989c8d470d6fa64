// What the colours and lines mean, and a warning when shapes are made up.
import { CONTROLS } from '../../geo/src/contract';
import { strings, type Lang } from '../i18n';
import { CONTROL_COLOURS, FILL_OPACITY, WEAK_FILL_OPACITY } from './palette';

export function Legend({ lang, approximate, hasFront }: { lang: Lang; approximate: boolean; hasFront: boolean }) {
  const t = strings[lang];
  return (
    <section class="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t.legendHeading}</h2>
      <ul>
        {CONTROLS.map((c) => (
          <li key={c}>
            <span class={`swatch swatch-${c}`} style={{ background: CONTROL_COLOURS[c] }} aria-hidden="true" />
            {t.control[c]}
          </li>
        ))}
        {hasFront && (
          <li>
            <span class="swatch-line front" aria-hidden="true" />
            {t.frontLine}
          </li>
        )}
        <li>
          <span class="swatch-line changed" aria-hidden="true" />
          {t.changedToday}
        </li>
        {/* Confidence on the map: a paler fill where no source speaks of the place itself. */}
        <li class="legend-weak" title={strings[lang].weakLegend}>
          <span class="swatch swatch-weak" style={{ background: CONTROL_COLOURS.regime, opacity: WEAK_FILL_OPACITY / FILL_OPACITY }} aria-hidden="true" />
          {strings[lang].weakLegend}
        </li>
      </ul>
      {approximate && (
        <p class="approximate-note" role="note">
          {t.approximateNote}
        </p>
      )}
    </section>
  );
}
