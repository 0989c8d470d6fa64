// One district: its names, who held it on the chosen day and since when, its
// history, and the quoted sentences behind each colour. Quotes are text
// nodes only: nothing from an article is ever parsed as HTML.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { placeName, type MapPlace } from '../../geo/src/contract';
import type { BaselineFile } from '../../geo/src/contract';
import { strings, type Lang } from '../i18n';
import { CONTROL_COLOURS } from '../map/palette';
import { balanceBidi } from '../model/bidi';
import type { ControlIndex, DayPeriod } from '../model/control';
import { tierOf } from '../model/tier';
import { dayEvidence } from './evidence';
import { panelStrings, sourceLabel } from './strings';
import { longDate } from '../model/days';
import { safeHttpUrl, type DistrictQuotes, type Quote } from './quotes';

export interface DistrictPanelProps {
  place: MapPlace;
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
  /** A group's name (East Aleppo, the Old City) in the page's language, for area claims. */
  groupName?: (id: string) => string;
  /** The neighbourhood an event is about, in the page's language (for a colour inferred from the districts around). */
  eventPlace?: (eventId: string) => string | undefined;
}

const NAME_LANGS = [
  ['fr', 'name_fr', 'Français'],
  ['en', 'name_en', 'English'],
  ['ar', 'name_ar', 'العربية'],
] as const;

function nameOf(place: MapPlace, lang: Lang): string {
  return balanceBidi(placeName(place, lang));
}

function QuoteItem({ quote, lang }: { quote: Quote; lang: Lang }) {
  const t = strings[lang];
  // No outlet in the article's front matter: its title (or id) stands in, never a bare "not given".
  const source = sourceLabel(lang, quote);
  return (
    <li class="quote" data-event={quote.eventId} data-date={quote.date ?? undefined}>
      {/* Its own direction: an Arabic quote reads right to left on a French page. */}
      <blockquote lang={quote.lang ?? undefined} dir="auto">
        {quote.text}
      </blockquote>
      <p class="cite">
        {quote.controller && (
          <>
            <span class={`swatch swatch-${quote.controller}`} style={{ background: CONTROL_COLOURS[quote.controller] }} aria-hidden="true" />
            {t.control[quote.controller]}
            {' · '}
          </>
        )}
        <bdi>{source}</bdi>
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

function PeriodItem({ period, index, lang, current }: { period: DayPeriod; index: ControlIndex; lang: Lang; current: boolean }) {
  const t = strings[lang];
  const p = panelStrings[lang];
  const until = period.untilDay <= index.lastDay ? index.date(period.untilDay - 1) : null;
  // One day is said once: "on 25 November 2016", not "25 November 2016 to 25 November 2016".
  const range = until === period.from ? p.oneDay(longDate(period.from, lang)) : t.periodRange(longDate(period.from, lang), until ? longDate(until, lang) : null);
  return (
    <li aria-current={current ? 'true' : undefined} class={current ? 'current' : undefined} data-tier={tierOf(period, index.isArea)}>
      <span class={`swatch swatch-${period.controller}`} style={{ background: CONTROL_COLOURS[period.controller] }} aria-hidden="true" />
      <span>
        {range}
        {t.colon}
        <strong>{t.control[period.controller]}</strong>
        {period.baseline && <em> ({t.baselineLabel})</em>}
        {!period.baseline && <span class="period-tier"> · {p.tier[tierOf(period, index.isArea)]}</span>}
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
}

export function DistrictPanel({ place, lang, day, index, quotes, baseline, onClose, autoFocus = true, groupName, eventPlace }: DistrictPanelProps) {
  const t = strings[lang];
  const heading = useRef<HTMLHeadingElement>(null);

  // Focus moves into the panel when it opens or shows another district.
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [place.id]);

  // Escape closes it from anywhere but a field that uses Escape itself. A layout effect: the key
  // works from the moment the panel is on the page, not only after the next paint (which a busy
  // map, laying out its focus ring for the first time, can hold back).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if ((event.target as Element | null)?.closest?.('input, select, textarea')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const periods = index?.periodsOf(place.id) ?? [];
  const date = index ? index.date(day) : '';
  const evidence = dayEvidence(periods, day, date, quotes);
  const current = evidence.period;
  const p = panelStrings[lang];
  const hasEvents = quotes.behind.length > 0 || periods.some((period) => period.events.length > 0);
  const baselineEntry = baseline?.entries.find((e) => e.neighbourhood === place.id);
  const laterCount = evidence.later.length + evidence.laterMentions.length;
  const areaName = evidence.area ? (groupName?.(evidence.area) ?? evidence.area) : null;

  return (
    <aside class="district-panel" aria-labelledby="district-name">
      <header class="district-head">
        <h2 id="district-name" ref={heading} tabIndex={-1}>
          {nameOf(place, lang)}
        </h2>
        <button type="button" class="close" onClick={onClose}>
          <span aria-hidden="true">✕</span>
          <span class="sr-only">{t.close}</span>
        </button>
      </header>

      {/* First: what holds on the day shown, and why. */}
      <section class="on-day" aria-labelledby="on-day-heading">
        <h3 id="on-day-heading">{p.onDayHeading(date ? longDate(date, lang) : '')}</h3>
        {current ? (
          <p class="district-now" data-controller={current.controller}>
            <span class={`swatch swatch-${current.controller}`} style={{ background: CONTROL_COLOURS[current.controller] }} aria-hidden="true" />
            <strong>{longDate(date, lang)}</strong>
            {' — '}
            {t.controlledSince(t.control[current.controller], longDate(current.from, lang))}
          </p>
        ) : index ? (
          <p class="district-now">{t.beforeTimeline}</p>
        ) : null}
        {current && (
          <p class="tier" data-tier={evidence.tier}>
            <strong>{p.confidence}</strong>
            {t.colon}
            {p.tier[evidence.tier]} — {p.tierWhy[evidence.tier]}
          </p>
        )}
        {(current?.basis === 'area' || areaName) && (
          <p class="area-claim">
            {p.inferredFromArea(areaName ?? '…')}
            {'. '}
            {p.areaClaim}
          </p>
        )}
        {current?.basis === 'bounded' && <p class="bounded">{p.boundedBy}</p>}
        {current?.basis === 'encircled' && (
          <p class="encircled">{p.encircledBy([...new Set(current.events.map((id) => eventPlace?.(id)).filter((n) => n !== undefined))].join(', '))}</p>
        )}
        {evidence.unreported && (
          <p class="unreported">{p.notReportedSince(longDate(evidence.unreported.since, lang), evidence.unreported.days)}</p>
        )}
        {!place.located && <p class="note">{t.notOnMap}</p>}
        {evidence.deciding.length > 0 ? (
          <>
            <h4>{p.decidingHeading}</h4>
            <ol class="quotes deciding">
              {evidence.deciding.map((q) => (
                <QuoteItem key={q.eventId} quote={q} lang={lang} />
              ))}
            </ol>
          </>
        ) : (
          <div class="no-events">
            {!hasEvents && <p>{t.noEvents}</p>}
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
      </section>

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

      {/* Then what came before, newest first. */}
      {(current || evidence.earlierPeriods.length > 0) && (
        <>
          <h3>{t.historyHeading}</h3>
          <ol class="periods">
            {[...evidence.earlierPeriods].reverse().map((period) => (
              <PeriodItem key={period.from} period={period} index={index!} lang={lang} current={false} />
            ))}
            {current && <PeriodItem key={current.from} period={current} index={index!} lang={lang} current />}
          </ol>
        </>
      )}
      {evidence.earlier.length > 0 && (
        <>
          <h3>{p.earlierHeading}</h3>
          <ol class="quotes earlier">
            {evidence.earlier.map((q) => (
              <QuoteItem key={q.eventId} quote={q} lang={lang} />
            ))}
          </ol>
        </>
      )}
      {evidence.mentions.length > 0 && (
        <details class="other-quotes">
          <summary>{t.otherQuotesHeading(evidence.mentions.length)}</summary>
          <ol class="quotes">
            {evidence.mentions.map((q) => (
              <QuoteItem key={q.eventId} quote={q} lang={lang} />
            ))}
          </ol>
        </details>
      )}

      {/* Reports dated after the day shown: kept, but folded away, so none explains this day's colour. */}
      {(laterCount > 0 || evidence.laterPeriods.length > 0) && (
        <details class="later">
          <summary>{p.laterHeading(laterCount)}</summary>
          {evidence.laterPeriods.length > 0 && (
            <ol class="periods later-periods">
              {evidence.laterPeriods.map((period) => (
                <PeriodItem key={period.from} period={period} index={index!} lang={lang} current={false} />
              ))}
            </ol>
          )}
          <ol class="quotes">
            {[...evidence.later, ...evidence.laterMentions].map((q) => (
              <QuoteItem key={q.eventId} quote={q} lang={lang} />
            ))}
          </ol>
        </details>
      )}
    </aside>
  );
}
