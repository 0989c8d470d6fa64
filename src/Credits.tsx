import type { Article } from '../geo/src/contract';
import { outlets } from './data';
import { strings, type Lang } from './i18n';
import { balanceBidi } from './model/bidi';

const PLACES_SOURCE = {
  name: 'Columbia University Center for Spatial Research, Conflict Urbanism: Aleppo',
  url: 'https://centerforspatialresearch.org/',
};

export function Credits({ lang, articles }: { lang: Lang; articles: readonly Article[] | null }) {
  const t = strings[lang];
  const names = articles ? outlets(articles, lang) : [];

  return (
    <footer class="credits">
      <h2>{t.creditsHeading}</h2>
      <dl>
        <dt>{t.creditsTexts}</dt>
        <dd>
          {articles === null || names.length > 0 ? (
            // Folded: the list is long and the map matters more. Until the articles are fetched
            // (the reader's first move, opening this say, fetches them: src/App.tsx) it has no count;
            // the same element stays, open or not, when they come.
            <details>
              <summary>{articles ? t.outletCount(names.length) : t.outletsFolded}</summary>
              {articles && (
                <ul class="outlets">
                  {names.map((name) => (
                    <li key={name}>
                      {/* Isolated and balanced: one outlet's override cannot reorder the next. */}
                      <bdi>{balanceBidi(name)}</bdi>
                    </li>
                  ))}
                </ul>
              )}
            </details>
          ) : (
            '…'
          )}
        </dd>
        <dt>{t.creditsPlaces}</dt>
        <dd>
          <a href={PLACES_SOURCE.url}>{PLACES_SOURCE.name}</a>
        </dd>
        <dt>{t.creditsBaseline}</dt>
        <dd>{t.creditsBaselineText}</dd>
        <dt>{t.creditsMap}</dt>
        <dd>
          <a href="https://maplibre.org/">MapLibre GL JS</a>
          {', Noto Sans'}
        </dd>
      </dl>
    </footer>
  );
}
