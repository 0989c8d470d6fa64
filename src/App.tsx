import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Neighbourhood } from '../geo/src/gazetteer/types';
import { Credits } from './Credits';
import { fetchAppData, type AppData, type DataProblem, type FrontLineCollection } from './data';
import { fetchOptionalFrontlines } from './frontlines';
import { LANGS, strings, textDirection, type Lang } from './i18n';
import { Legend } from './map/Legend';
import { DAY_INPUT_MARK, MapView } from './map/MapView';
import type { ShapeInfo } from './map/shapes';
import { ControlIndex } from './model/control';
import { searchIndex } from './model/search';
import { changeClauses } from './model/summary';
import { DistrictPanel } from './panel/DistrictPanel';
import { districtQuotes, eventsByNeighbourhood } from './panel/quotes';
import { SearchBox } from './search/SearchBox';
import { SharesPanel } from './shares/SharesPanel';
import { sharesSeries } from './shares/series';
import { TimeBar } from './time/TimeBar';
import { isolateText } from './model/bidi';
import { parseUrlState, type UrlState, type View } from './url/state';
import { useUrlSync } from './url/useUrlSync';
import { useMediaQuery } from './useMediaQuery';
import { EmbedDialog } from './embed/EmbedDialog';
import { FailSafe, MapFallback, stillFor } from './embed/FailSafe';
import { fullMapUrl } from './embed/links';
import { parseEmbedOptions } from './embed/options';
import { embedStrings } from './embed/strings';
import { useHostBridge } from './embed/useHostBridge';
import { useTheme } from './embed/useTheme';
import { timelineWindow } from './embed/window';
import { Downloads } from './downloads/Downloads';
import { dayIndex } from './model/days';
// Story, table view (issue 13 items 3 and 6): their own modules, wired in below.
import { fetchStory, keyDays, type StoryFile } from './story/data';
import { openingDay } from './story/opening';
import { playbackOptions } from './story/playback';
import { DistrictTable } from './table/DistrictTable';
import { tableStrings } from './table/strings';

/** press.yaml's group of the neighbourhoods the rebels held: the first view's frame. */
const EAST_ALEPPO = 'east-aleppo';

function nameIn(place: Neighbourhood | undefined, lang: Lang, fallback: string): string {
  if (!place) return fallback;
  return (lang === 'ar' ? place.name_ar : lang === 'en' ? place.name_en : place.name_fr) || place.name_en;
}

export function App() {
  const initial = useMemo(() => parseUrlState(location.href), []);
  const embed = useMemo(() => parseEmbedOptions(location.href), []);
  const theme = useTheme(embed.theme);
  const [embedOpen, setEmbedOpen] = useState(false);
  /** The phone's menu (the intro below its bar); on a wide screen the intro is always open. */
  const [menuOpen, setMenuOpen] = useState(false);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [date, setDate] = useState<string | null>(initial.date);
  const [district, setDistrict] = useState<string | null>(initial.district);
  const [view, setView] = useState<View | null>(initial.view);
  const [playing, setPlaying] = useState(false);
  const [data, setData] = useState<AppData | null>(null);
  const [settled, setSettled] = useState(false);
  /** Data files missing or malformed: said in the page, in the reader's language. */
  const [problems, setProblems] = useState<DataProblem[]>([]);
  /** The data cannot make a map (a file that did not come, or that a map cannot be drawn from): the still instead. */
  const [dataFailed, setDataFailed] = useState(false);
  const [frontlines, setFrontlines] = useState<FrontLineCollection | null>(null);
  const [shapes, setShapes] = useState<ShapeInfo | null>(null);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const opener = useRef<Element | null>(null);
  const [story, setStory] = useState<StoryFile | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const playback = useMemo(() => playbackOptions(location.href), []);
  const t = strings[lang];

  useEffect(() => {
    // The story comes with the data, so the map opens on its day rather than jumping to it.
    Promise.all([fetchAppData(), fetchStory()]).then(
      ([fetched, storyFile]) => {
        setStory(storyFile);
        setData(fetched.data);
        if (fetched.problems.length) setProblems((p) => [...p, ...fetched.problems]);
        if (!fetched.data) setDataFailed(true);
        // Loaded, even if not usable: the page says what is wrong rather than "loading".
        setSettled(true);
      },
      (error: unknown) => {
        console.error('data', error);
        setDataFailed(true);
      },
    );
    fetchOptionalFrontlines().then((fetched) => {
      setFrontlines(fetched.value);
      if (fetched.problem) setProblems((p) => [...p, fetched.problem!]);
    });
  }, []);

  // An embed may show part of the battle: the index sees only its window.
  const index = useMemo(
    () => {
      if (!data?.timeline) return null;
      // Reports about a whole area: a colour resting on one is drawn as inferred until the pipeline says the tier.
      const areaEvents = new Set(data.events.filter((e) => e.group).map((e) => e.id));
      return new ControlIndex(timelineWindow(data.timeline, embed.start, embed.end), (id) => areaEvents.has(id));
    },
    [data],
  );
  const frontDayOffset = index && data?.timeline ? dayIndex(data.timeline.start, index.start) : 0;
  const places = useMemo(() => new Map(data?.gazetteer.neighbourhoods.map((n) => [n.id, n]) ?? []), [data]);
  const entries = useMemo(() => (data ? searchIndex(data.gazetteer) : []), [data]);
  // The first view frames the east, where the battle was (the editors' group in press.yaml).
  const frame = useMemo(() => data?.gazetteer.groups.find((g) => g.id === EAST_ALEPPO)?.members ?? null, [data]);
  const eventsById = useMemo(() => new Map(data?.events.map((e) => [e.id, e]) ?? []), [data]);
  const eventsByPlace = useMemo(() => eventsByNeighbourhood(data?.events ?? []), [data]);
  const articlesById = useMemo(() => new Map(data?.articles.map((a) => [a.id, a]) ?? []), [data]);
  const series = useMemo(() => (data?.shares && index ? sharesSeries(data.shares, index) : []), [data, index]);

  // No date in the link: the story's opening day (else the day of the most changes), or the start when it is to play.
  const firstDay = embed.autoplay ? 0 : index ? openingDay(index, story) : 0;
  const keys = useMemo(() => (index ? keyDays(index, story) : []), [index, story]);
  const day = index ? index.clamp(date ? index.day(date) : firstDay) : 0;
  const name = useCallback((id: string) => nameIn(places.get(id), lang, id), [places, lang]);
  const groupName = useCallback(
    (id: string) => {
      const group = data?.gazetteer.groups.find((g) => g.id === id);
      return group ? (lang === 'ar' ? group.name_ar : lang === 'en' ? group.name_en : group.name_fr) || group.name_en : id;
    },
    [data, lang],
  );
  const describe = useCallback(
    (id: string) => {
      const place = places.get(id);
      if (!place) return null;
      return { name: nameIn(place, lang, id), controller: index ? t.control[index.controllerOn(id, day)] : '' };
    },
    [places, lang, index, day, t],
  );

  const urlState: UrlState = { date, district, lang, view };
  useUrlSync(
    urlState,
    (popped) => {
      setLang(popped.lang);
      setDate(popped.date);
      setDistrict(popped.district);
    },
    playing,
    embed.embed,
  );
  useHostBridge(embed.embed, embed.id, setDate);

  // The document's language and direction follow the UI, so screen readers
  // and the browser's text layout do too.
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = textDirection(lang);
    document.querySelector('meta[name="description"]')?.setAttribute('content', t.description);
  }, [lang, t]);
  useEffect(() => {
    const place = district ? places.get(district) : undefined;
    document.title = place ? `${isolateText(nameIn(place, lang, district!))} — ${t.title}` : t.title;
  }, [district, places, lang, t]);

  const onDay = useCallback(
    (next: number, auto: boolean) => {
      if (!index) return;
      performance.mark(DAY_INPUT_MARK);
      setPlaying(auto);
      setDate(index.date(next));
    },
    [index],
  );
  // Whether the reader opened a district here, rather than the link opening one.
  const [readerOpened, setReaderOpened] = useState(false);
  const open = useCallback((id: string) => {
    if (!document.querySelector('.district-panel')) opener.current = document.activeElement;
    // On a phone the district's sheet takes the menu's place.
    setMenuOpen(false);
    setReaderOpened(true);
    setDistrict(id);
  }, []);
  const close = useCallback(() => {
    setDistrict(null);
    // Back to where the reader was: the map, the search box, a button.
    const back = opener.current;
    opener.current = null;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  }, []);

  const closeTable = useCallback(() => {
    setTableOpen(false);
    (document.querySelector('.table-toggle') as HTMLElement | null)?.focus();
  }, []);

  const place = district ? places.get(district) : undefined;
  const quotes = useMemo(
    () => (place ? districtQuotes(place.id, index?.periodsOf(place.id) ?? [], eventsById, eventsByPlace, articlesById) : null),
    [place, index, eventsById, eventsByPlace, articlesById],
  );
  const summary = index ? changeClauses(index.changes(day), lang, name) : '';
  // No data, no WebGL, a script error: the still of the day instead of a blank map.
  const failed = { lang, still: index ? stillFor(index, day, lang) : null, fullMap: fullMapUrl(location.href, urlState) };
  const mapView = (
    <FailSafe fallback={failed}>
      <MapView
        lang={lang}
        index={index}
        frontDayOffset={frontDayOffset}
        theme={theme}
        cooperative={embed.embed}
        day={day}
        frontlines={frontlines}
        selected={place?.located ? place.id : null}
        initialView={initial.view}
        reducedMotion={reducedMotion}
        describe={describe}
        onSelect={open}
        onView={setView}
        onShapes={setShapes}
        frame={frame}
      />
    </FailSafe>
  );
  const panel = place && quotes && (
    <DistrictPanel
      place={place}
      lang={lang}
      day={day}
      index={index}
      quotes={quotes}
      baseline={data?.baseline ?? null}
      onClose={close}
      autoFocus={!embed.embed || readerOpened}
      groupName={groupName}
      eventPlace={(id) => {
        const e = eventsById.get(id);
        return e ? name(e.neighbourhood) : undefined;
      }}
    />
  );
  const timeBar = (showPlay: boolean) =>
    index ? (
      <TimeBar
        index={index}
        day={day}
        lang={lang}
        onDay={onDay}
        summary={summary}
        reducedMotion={reducedMotion}
        showPlay={showPlay}
        autoplay={embed.autoplay}
        keys={keys}
        articles={articlesById}
        playback={playback}
      />
    ) : (
      // A malformed timeline is said in the problems note; a missing one here.
      data &&
      !problems.some((p) => p.file === 'timeline.json') && (
        <p class="card timebar missing" role="status">
          {t.noTimeline}
        </p>
      )
    );

  const problemsNote = problems.length > 0 && (
    <div class="card data-problems" role="alert">
      <p>{settled && !data ? t.dataUnusable : t.dataPartial}</p>
      <ul>
        {problems.map((p) => (
          <li key={p.file}>
            <code>{p.file}</code>
            {t.colon}
            {p.problem === 'missing' ? t.dataMissing : t.dataMalformed(p.problem)}
          </li>
        ))}
      </ul>
    </div>
  );

  if (embed.embed) {
    const show = embed.controls;
    const e = embedStrings[lang];
    return (
      <div class="embed-root">
        {show.has('title') && (
          <header class="embed-head">
            <h1>{t.title}</h1>
          </header>
        )}
        <div class="embed-map">
          {dataFailed ? <MapFallback {...failed} /> : mapView}
          {problemsNote}
          {show.has('search') && (
            <div class="embed-search">
              <SearchBox lang={lang} entries={entries} name={name} onPick={open} />
            </div>
          )}
          {/* The district's quotes open over the map, not below it: the frame's height stays put. */}
          {panel}
        </div>
        {show.has('legend') && (
          <Legend lang={lang} approximate={shapes?.approximate ?? false} hasFront={(frontlines?.features.length ?? 0) > 0} />
        )}
        {show.has('shares') && index && series.length > 0 && (
          <SharesPanel series={series} index={index} day={day} lang={lang} />
        )}
        {show.has('slider') && timeBar(show.has('play'))}
        {show.has('link') && (
          <footer class="embed-foot">
            <a href={fullMapUrl(location.href, urlState)} target="_blank" rel="noopener">
              {e.fullMap}
            </a>
          </footer>
        )}
      </div>
    );
  }

  return (
    <>
      {mapView}
      <div class="overlay">
        {/* On a phone the intro is one bar (title, legend, menu) and the rest opens below it. */}
        <header class="card intro" data-open={menuOpen ? 'true' : 'false'}>
          <div class="intro-bar">
            <h1>{t.title}</h1>
            <button
              type="button"
              class="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="intro-more"
              onClick={() => setMenuOpen((open) => !open)}
            >
              {t.menu}
              <span aria-hidden="true">{menuOpen ? ' ▴' : ' ▾'}</span>
            </button>
          </div>
          <Legend lang={lang} approximate={shapes?.approximate ?? false} hasFront={(frontlines?.features.length ?? 0) > 0} />
          <div id="intro-more" class="intro-more">
            <p class="description">{t.description}</p>
            <nav class="langs" aria-label={t.languageLabel}>
              {LANGS.map((code) => (
                <button key={code} type="button" lang={code} aria-pressed={code === lang} onClick={() => setLang(code)}>
                  {strings[code].langName}
                </button>
              ))}
            </nav>
            <SearchBox lang={lang} entries={entries} name={name} onPick={open} />
            {/* On a phone there is no room on the side: the balance joins the menu. */}
            {index && series.length > 0 && (
              <div class="phone-only">
                <SharesPanel series={series} index={index} day={day} lang={lang} idPrefix="shares-phone" />
              </div>
            )}
            <div class="share-tools">
              <button type="button" class="table-toggle" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
                {tableStrings[lang].button}
              </button>
              <button type="button" class="embed-button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
                {embedStrings[lang].embedButton}
              </button>
            </div>
            {data && index && (
              <Downloads
                lang={lang}
                data={data}
                index={index}
                day={day}
                mapUrl={fullMapUrl(location.href, urlState)}
                approximate={shapes?.approximate ?? false}
                getMap={() => window.__map ?? null}
              />
            )}
            <Credits lang={lang} articles={data?.articles ?? null} />
          </div>
        </header>
        {problemsNote}
        {embedOpen && index && (
          <EmbedDialog lang={lang} state={urlState} index={index} day={day} onClose={() => setEmbedOpen(false)} />
        )}
        {tableOpen && index && (
          <DistrictTable
            index={index}
            day={day}
            lang={lang}
            places={places}
            events={eventsById}
            articles={articlesById}
            baseline={data?.baseline ?? null}
            playing={playing}
            name={name}
            onOpen={open}
            onClose={closeTable}
          />
        )}
        {/* The other side holds the district when one is open, else the day's balance. */}
        {!place && !tableOpen && index && series.length > 0 && (
          <aside class="card side">
            <SharesPanel series={series} index={index} day={day} lang={lang} />
          </aside>
        )}
        {panel}
        {timeBar(true)}
      </div>
    </>
  );
}
