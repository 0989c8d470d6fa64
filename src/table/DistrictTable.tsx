// The table view: every neighbourhood on the day shown, as a real alternative to the map for
// readers who cannot see it or prefer text. Reached by the "Table" button, it takes focus when
// it opens and gives it back when it closes; a polite live region reads the day's balance when
// the day changes (not at every tick of play).
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { MapPlace } from '../../geo/src/contract';
import type { Article, BaselineFile, ControlEvent } from '../../geo/src/contract';
import { locale, strings, type Lang } from '../i18n';
import { CONTROL_COLOURS } from '../map/palette';
import { balanceBidi } from '../model/bidi';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import { panelStrings, sourceLabel } from '../panel/strings';
import { SIDE_ORDER, tableRows } from './rows';
import { tableStrings } from './strings';

export interface DistrictTableProps {
  index: ControlIndex;
  day: number;
  lang: Lang;
  places: ReadonlyMap<string, MapPlace>;
  events: ReadonlyMap<string, ControlEvent>;
  articles: ReadonlyMap<string, Article>;
  baseline: BaselineFile | null;
  /** The day moves by itself: the live region stays quiet. */
  playing: boolean;
  name: (id: string) => string;
  onOpen: (id: string) => void;
  onClose: () => void;
}

export function DistrictTable({ index, day, lang, places, events, articles, baseline, playing, name, onOpen, onClose }: DistrictTableProps) {
  const t = strings[lang];
  const s = tableStrings[lang];
  const p = panelStrings[lang];
  /** A column's name before its value, where a narrow phone lays each row out as a block. */
  const label = (column: string) => `${column}${t.colon}`;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || document.querySelector('.district-panel')) return;
      onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const collator = useMemo(() => new Intl.Collator(locale(lang)), [lang]);
  const rows = useMemo(
    () => tableRows(index, day, places, events, articles, (place) => name(place.id), collator),
    [index, day, places, events, articles, name, collator],
  );
  const date = longDate(index.date(day), lang);
  const tally = SIDE_ORDER.map((c) => [c, rows.filter((r) => r.controller === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${t.control[c]} ${n.toLocaleString(locale(lang))}`);

  return (
    <section class="table-view card" aria-labelledby="table-heading">
      <header class="table-head">
        <h2 id="table-heading" ref={heading} tabIndex={-1}>
          {s.caption(date)}
        </h2>
        <button type="button" class="close" onClick={onClose}>
          {s.close}
        </button>
      </header>
      <p class="sr-only" aria-live={playing ? 'off' : 'polite'}>
        {`${date}${t.colon}${s.tally(tally)}`}
      </p>
      <div class="table-scroll">
        {/* Roles spelled out: on a narrow phone the rows are laid out as blocks (styles.css),
            which some browsers take as no longer a table. */}
        <table role="table">
          <caption class="sr-only">{s.caption(date)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {[s.name, s.holder, s.since, s.confidence, s.source].map((label) => (
                <th key={label} scope="col" role="columnheader">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {rows.map((row) => (
              <tr key={row.id} role="row" data-id={row.id} data-controller={row.controller} data-tier={row.tier}>
                <th scope="row" role="rowheader">
                  <button type="button" class="link" onClick={() => onOpen(row.id)}>
                    <bdi>{balanceBidi(name(row.id))}</bdi>
                  </button>
                  {!row.place.located && <span class="note"> ({s.notOnMap})</span>}
                </th>
                <td role="cell" data-label={label(s.holder)}>
                  <span class={`swatch swatch-${row.controller}`} style={{ background: CONTROL_COLOURS[row.controller] }} aria-hidden="true" />
                  {t.control[row.controller]}
                </td>
                <td role="cell" data-label={label(s.since)}>
                  {row.since ? <time dateTime={row.since}>{longDate(row.since, lang)}</time> : '—'}
                  {row.changedToday && <strong class="changed-today"> · {s.changedToday}</strong>}
                </td>
                <td role="cell" data-label={label(s.confidence)}>
                  {p.tier[row.tier]}
                </td>
                <td role="cell" data-label={label(s.source)}>
                  {row.source ? (
                    row.source.url ? (
                      <a href={row.source.url} rel="noopener noreferrer" target="_blank">
                        <bdi>{balanceBidi(sourceLabel(lang, row.source))}</bdi>
                      </a>
                    ) : (
                      <bdi>{balanceBidi(sourceLabel(lang, row.source))}</bdi>
                    )
                  ) : (
                    s.startingState(longDate(baseline?.date ?? index.start, lang))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
