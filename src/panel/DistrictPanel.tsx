// One district: its names, who held it on the chosen day and since when, its
// history, and the quoted sentences behind each colour. Quotes are text
// nodes only: nothing from an article is ever parsed as HTML.
import { useEffect, useRef } from 'preact/hooks';
import type { Neighbourhood } from '../../geo/src/gazetteer/types';
import type { BaselineFile } from '../data';
import { strings, type Lang } from '../i18n';
import { CONTROL_COLOURS } from '../map/palette';
import { balanceBidi } from '../model/bidi';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import { safeHttpUrl, type DistrictQuotes, type Quote } from './quotes';

export interface DistrictPanelProps {
  place: Neighbourhood;
  lang: Lang;
  day: number;
  index: ControlIndex | null;
  quotes: DistrictQuotes;
  baseline: BaselineFile | null;
  onClose: () => void;
  /**
   * Take focus when it opens (default). An embed opened on a district by its link
   * must not: focusing inside an iframe scrolls the host article to it on load.
   */
  autoFocus?: boolean;
}

const NAME_LANGS = [
  ['fr', 'name_fr', 'Français'],
  ['en', 'name_en', 'English'],
  ['ar', 'name_ar', 'العربية'],
] as const;

function placeName(place: Neighbourhood, lang: Lang): string {
  return balanceBidi((lang === 'ar' ? place.name_ar : lang === 'en' ? place.name_en : place.name_fr) || place.name_en);
}

function QuoteItem({ quote, lang }: { quote: Quote; lang: Lang }) {
  const t = strings[lang];
  return (
    <li class="quote" data-event={quote.eventId}>
      {/* Its own direction: an Arabic quote reads right to left on a French page. */}
      <blockquote lang={quote.lang ?? undefined} dir="auto">
        {quote.text}
      </blockquote>
      <p class="cite">
        {quote.controller && (
          <>
            <span class="swatch" style={{ background: CONTROL_COLOURS[quote.controller] }} aria-hidden="true" />
            {t.control[quote.controller]}
            {' · '}
          </>
        )}
        <bdi>{quote.outlet ?? t.unknownOutlet}</bdi>
        {' · '}
        {quote.date ? <time dateTime={quote.date}>{longDate(quote.date, lang)}</time> : t.unknownDate}
        {quote.url && (
          <>
            {' · '}
            <a href={quote.url} rel="noopener noreferrer" target="_blank">
              {t.readArticle}
            </a>
          </>
        )}
      </p>
    </li>
  );
}

export function DistrictPanel({ place, lang, day, index, quotes, baseline, onClose, autoFocus = true }: DistrictPanelProps) {
  const t = strings[lang];
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus moves into the panel when it opens or shows another district.
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [place.id]);

  // Escape closes it from anywhere but a field that uses Escape itself.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if ((event.target as Element | null)?.closest?.('input, select, textarea')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const periods = index?.periodsOf(place.id) ?? [];
  const current = index?.periodOn(place.id, day);
  const hasEvents = quotes.behind.length > 0 || periods.some((p) => p.events.length > 0);
  const baselineEntry = baseline?.entries.find((e) => e.neighbourhood === place.id);

  return (
    <aside class="district-panel" aria-labelledby="district-name">
      <header class="district-head">
        <h2 id="district-name" ref={heading} tabIndex={-1}>
          {placeName(place, lang)}
        </h2>
        <button type="button" class="close" onClick={onClose}>
          <span aria-hidden="true">✕</span>
          <span class="sr-only">{t.close}</span>
        </button>
      </header>

      {current ? (
        <p class="district-now" data-controller={current.controller}>
          <span class="swatch" style={{ background: CONTROL_COLOURS[current.controller] }} aria-hidden="true" />
          <strong>{longDate(index!.date(day), lang)}</strong>
          {' — '}
          {t.controlledSince(t.control[current.controller], longDate(current.from, lang))}
        </p>
      ) : index ? (
        <p class="district-now">{t.beforeTimeline}</p>
      ) : null}
      {!place.located && <p class="note">{t.notOnMap}</p>}

      <h3>{t.namesHeading}</h3>
      <dl class="names">
        {NAME_LANGS.map(([code, key, label]) => (
          <div key={code}>
            <dt lang={code}>{label}</dt>
            <dd lang={code} dir={code === 'ar' ? 'rtl' : 'ltr'}>
              {balanceBidi(place[key])}
            </dd>
          </div>
        ))}
      </dl>

      {periods.length > 0 && (
        <>
          <h3>{t.historyHeading}</h3>
          <ol class="periods">
            {periods.map((period) => {
              const until = period.untilDay <= index!.lastDay ? index!.date(period.untilDay - 1) : null;
              const isCurrent = period === current;
              return (
                <li key={period.from} aria-current={isCurrent ? 'true' : undefined} class={isCurrent ? 'current' : undefined}>
                  <span class="swatch" style={{ background: CONTROL_COLOURS[period.controller] }} aria-hidden="true" />
                  <span>
                    {t.periodRange(longDate(period.from, lang), until ? longDate(until, lang) : null)}
                    {t.colon}
                    <strong>{t.control[period.controller]}</strong>
                    {period.baseline && <em> ({t.baselineLabel})</em>}
                    {period.flags && period.flags.length > 0 && (
                      // Shown, not hidden in a tooltip: an editor's warning is part of the story.
                      <span class="flag">
                        {' '}
                        ⚠ {t.flagged}
                        <ul lang="en">
                          {period.flags.map((flag) => (
                            <li key={flag}>{flag}</li>
                          ))}
                        </ul>
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      )}

      {hasEvents ? (
        <>
          <h3>{t.quotesHeading}</h3>
          <ol class="quotes">
            {quotes.behind.map((q) => (
              <QuoteItem key={q.eventId} quote={q} lang={lang} />
            ))}
          </ol>
        </>
      ) : (
        <div class="no-events">
          <p>{t.noEvents}</p>
          {baselineEntry && baseline?.date ? (
            <>
              <p>{t.baselineSources(longDate(baseline.date, lang), baselineEntry.confidence)}</p>
              <ul class="baseline-sources">
                {baselineEntry.sources.map((source) => {
                  const url = safeHttpUrl(source);
                  return (
                    <li key={source}>
                      {url ? (
                        <a href={url} rel="noopener noreferrer" target="_blank">
                          {new URL(url).hostname}
                        </a>
                      ) : (
                        source
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p>{t.noBaselineSources}</p>
          )}
        </div>
      )}

      {quotes.others.length > 0 && (
        <details class="other-quotes">
          <summary>{t.otherQuotesHeading(quotes.others.length)}</summary>
          <ol class="quotes">
            {quotes.others.map((q) => (
              <QuoteItem key={q.eventId} quote={q} lang={lang} />
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
