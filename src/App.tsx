import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeMapFile, placeName } from '../geo/src/contract';
import { Credits } from './Credits';
import { DownloadsMenu } from './downloads/DownloadsMenu';
import { lazy } from './lazy';
import { fetchAppData, fetchChecked, fetchSourceData, type AppData, type DataProblem, type Fetched, type SourceData } from './data';
import { LANGS, strings, textDirection, type Lang } from './i18n';
import { Legend } from './map/Legend';
import { DAY_INPUT_MARK, MapView } from './map/MapView';
import { frontsOnIndex } from './map/fronts';
import { boundsOf, shapeInfo } from './map/shapes';
import type { MapFiles } from './map/style';
import { ControlIndex } from './model/control';
import type { Finder } from './model/search';
import { changeClauses } from './model/summary';
import { districtQuotes, eventsByNeighbourhood } from './panel/quotes';
import { SearchBox } from './search/SearchBox';
import { SharesPanel } from './shares/SharesPanel';
import { sharesSeries } from './shares/series';
import { TimeBar } from './time/TimeBar';
import { isolateText } from './model/bidi';
import { parseUrlState, type UrlState, type View } from './url/state';
import { useUrlSync } from './url/useUrlSync';
import { useMediaQuery } from './useMediaQuery';
import { FailSafe, MapFallback, stillFor } from './embed/FailSafe';
import { fullMapUrl } from './embed/links';
import { parseEmbedOptions } from './embed/options';
import { embedStrings } from './embed/strings';
import { useHostBridge } from './embed/useHostBridge';
import { useTheme } from './embed/useTheme';
import { timelineWindow } from './embed/window';
// Story, table view (issue 13 items 3 and 6): their own modules, wired in below.
import { keyDays } from './story/data';
import { openingDay } from './story/opening';
import { playbackOptions } from './story/playback';

/** press.yaml's group of the neighbourhoods the rebels held: the first view's frame. */
const EAST_ALEPPO = 'east-aleppo';

// Shown only when asked for: chunks of their own (src/lazy.ts).
const DistrictPanel = lazy(() => import('./panel/DistrictPanel').then((m) => m.DistrictPanel));
const DistrictTable = lazy(() => import('./table/DistrictTable').then((m) => m.DistrictTable));
const EmbedDialog = lazy(() => import('./embed/EmbedDialog').then((m) => m.EmbedDialog));

/** Anything the first view's fetches threw: said like a file's problem, not lost. */
function thrown(error: unknown): Fetched<never> {
  console.error('data', error);
  return { data: null, problems: [{ file: 'data', problem: String((error as Error)?.message ?? error) }] };
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
  /** The first view's files have come (or failed): the page says what is wrong rather than "loading". */
  const [settled, setSettled] = useState(false);
  /** Data files missing or malformed: said in the page, in the reader's language. */
  const [problems, setProblems] = useState<DataProblem[]>([]);
  /** Articles, events, baseline: fetched once something asks for them (a panel, the table, the reader's first move). */
  const [sources, setSources] = useState<SourceData | null>(null);
  const [sourcesSettled, setSourcesSettled] = useState(false);
  const [needSources, setNeedSources] = useState(false);
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const opener = useRef<Element | null>(null);
  const [tableOpen, setTableOpen] = useState(false);
  const playback = useMemo(() => playbackOptions(location.href), []);
  const t = strings[lang];

  /** Each file's problem once, whichever fetch met it. */
  const addProblems = useCallback(
    (more: readonly DataProblem[]) => setProblems((p) => [...p, ...more.filter((q) => !p.some((o) => o.file === q.file))]),
    [],
  );
  // A layout effect, not an effect: Preact runs effects after the next frame, and the files are
  // usually in before the page's first render (index.html preloads them, main.tsx reads them).
  useLayoutEffect(() => {
    // One path for every outcome: what came is used, what did not is said (index.html preloads them all).
    fetchAppData()
      .catch(thrown)
      .then((first) => {
        setData(first.data);
        addProblems(first.problems);
        setSettled(true);
      });
  }, []);
  // The first view needs none of the other sources; the reader's first move (or a district in the link) fetches them.
  useEffect(() => {
    if (needSources) return;
    const want = () => setNeedSources(true);
    const moves = ['pointerdown', 'keydown', 'focusin'] as const;
    for (const m of moves) document.addEventListener(m, want, { once: true, capture: true });
    return () => {
      for (const m of moves) document.removeEventListener(m, want, { capture: true });
    };
  }, [needSources]);
  useEffect(() => {
    if (!needSources && !district && !tableOpen) return;
    setNeedSources(true);
    fetchSourceData()
      .catch(thrown)
      .then((fetched) => {
        setSources(fetched.data);
        addProblems(fetched.problems);
        setSourcesSettled(true);
      });
  }, [needSources || !!district || tableOpen]);
  /** What the downloads are made from: the sources, fetched (once) at the first file asked for. */
  const loadDownloadData = useCallback(async () => {
    setNeedSources(true);
    const fetched = await fetchSourceData();
    if (!fetched.data) throw new Error(`downloads: ${fetched.problems.map((p) => p.file).join(', ') || 'no data'}`);
    return fetched.data;
  }, []);
  /** The data cannot make a map (map.json, its places and shapes, did not come or is malformed): the still instead. */
  const dataFailed = settled && !data;

  // Reports about a whole area, for periods without a tier (older pipelines): known once the events are in.
  const areaEvents = useRef<Set<string>>(new Set());
  areaEvents.current = useMemo(() => new Set(sources?.events.filter((e) => e.group).map((e) => e.id)), [sources]);
  // An embed may show part of the battle: the index sees only its window, and its days are the slider's.
  const index = useMemo(
    () => (data?.timeline ? new ControlIndex(timelineWindow(data.timeline, embed.start, embed.end), (id) => areaEvents.current.has(id)) : null),
    [data],
  );
  const story = data?.story ?? null;
  // map.json decoded once into the collections the map draws (the GeoJSON files' features).
  const shapeFiles = useMemo(() => (data ? decodeMapFile(data.map) : null), [data]);
  const shapes = useMemo(() => (shapeFiles ? shapeInfo(shapeFiles.neighbourhoods) : null), [shapeFiles]);
  const frontlines = shapeFiles?.fronts ?? null;
  // The map is made once, from everything the first view draws, the front lines counted in the slider's days.
  const mapFiles = useMemo<MapFiles | null>(
    () => (shapeFiles && settled ? { ...shapeFiles, frontlines: frontlines && frontsOnIndex(frontlines, index) } : null),
    [shapeFiles, settled, frontlines, index],
  );
  /** Every place's names, for the day's summary, the tips and the title: in map.json, on the first view. */
  const named = useMemo(() => new Map(data?.map.places.map((n) => [n.id, n]) ?? []), [data]);
  /** Every spelling the search box knows (the whole gazetteer): with the sources, at the reader's first move. */
  const gazetteer = sources?.gazetteer ?? null;
  const [find, setFind] = useState<Finder | null>(null);
  useEffect(() => {
    if (!gazetteer) return;
    // The search's code (the place finder's spelling rules) comes with the gazetteer, not with the first view.
    import('./model/search')
      .then((m) => setFind(() => m.finder(gazetteer)))
      .catch((error: unknown) => console.error('chunk', error));
  }, [gazetteer]);
  // The first view frames the east, where the battle was (the editors' group in press.yaml).
  const frame = useMemo(() => {
    const members = data?.map.groups.find((g) => g.id === EAST_ALEPPO)?.members;
    return (shapes && members && boundsOf(shapes, members)) ?? null;
  }, [data, shapes]);
  const eventsById = useMemo(() => new Map(sources?.events.map((e) => [e.id, e]) ?? []), [sources]);
  const eventsByPlace = useMemo(() => eventsByNeighbourhood(sources?.events ?? []), [sources]);
  const articles = sources?.articles ?? null;
  const articlesById = useMemo(() => new Map(articles?.map((a) => [a.id, a]) ?? []), [articles]);
  const series = useMemo(() => (data?.shares && index ? sharesSeries(data.shares, index) : []), [data, index]);

  // No date in the link: the story's opening day (else the day of the most changes), or the start when it is to play.
  const firstDay = embed.autoplay ? 0 : index ? openingDay(index, story) : 0;
  const keys = useMemo(() => (index ? keyDays(index, story) : []), [index, story]);
  const day = index ? index.clamp(date ? index.day(date) : firstDay) : 0;
  const name = useCallback((id: string) => placeName(named.get(id), lang, id), [named, lang]);
  const groupName = useCallback((id: string) => placeName(data?.map.groups.find((g) => g.id === id), lang, id), [data, lang]);
  const describe = useCallback(
    (id: string) => {
      const place = named.get(id);
      if (!place) return null;
      return { name: placeName(place, lang, id), controller: index ? t.control[index.controllerOn(id, day)] : '' };
    },
    [named, lang, index, day, t],
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
    const place = district ? named.get(district) : undefined;
    document.title = place ? `${isolateText(placeName(place, lang, district!))} — ${t.title}` : t.title;
  }, [district, named, lang, t]);

  // A slider move reaches the paint in four calls: TimeBar's onInput → onDay (here: the date
  // into state) → MapView's useDayPaint layout effect, on the render that follows → DayPainter.show.
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

  const place = district ? named.get(district) : undefined;
  const quotes = useMemo(
    // Once the sources are in (or failed: the panel then says what it can without them).
    () => (place && sourcesSettled ? districtQuotes(place.id, index?.periodsOf(place.id) ?? [], eventsById, eventsByPlace, articlesById) : null),
    [place, index, eventsById, eventsByPlace, articlesById, sourcesSettled],
  );
  const summary = index ? changeClauses(index.changes(day), lang, name) : '';
  // No data, no WebGL, a script error: the still of the day instead of a blank map.
  const failed = { lang, still: index ? stillFor(index, day, lang) : null, fullMap: fullMapUrl(location.href, urlState) };
  const mapView = (
    <FailSafe fallback={failed}>
      <MapView
        lang={lang}
        index={index}
        theme={theme}
        cooperative={embed.embed}
        day={day}
        files={mapFiles}
        shapes={shapes}
        selected={place?.located ? place.id : null}
        initialView={initial.view}
        reducedMotion={reducedMotion}
        describe={describe}
        onSelect={open}
        onView={setView}
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
      baseline={sources?.baseline ?? null}
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
      <p>{dataFailed ? t.dataUnusable : t.dataPartial}</p>
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
              <SearchBox lang={lang} find={find} name={name} onPick={open} />
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
      {/* No map without map.json (its places and shapes): the still of the day instead, as in an embed. */}
      {dataFailed ? <MapFallback {...failed} /> : mapView}
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
            <SearchBox lang={lang} find={find} name={name} onPick={open} />
            {/* On a phone there is no room on the side: the balance joins the menu. */}
            {index && series.length > 0 && (
              <div class="phone-only">
                <SharesPanel series={series} index={index} day={day} lang={lang} idPrefix="shares-phone" />
              </div>
            )}
            <div class="share-tools">
              <button type="button" class="table-toggle" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
                {strings[lang].tableButton}
              </button>
              <button type="button" class="embed-button" aria-haspopup="dialog" onClick={() => setEmbedOpen(true)}>
                {embedStrings[lang].embedButton}
              </button>
            </div>
            {data && index && (
              <DownloadsMenu
                lang={lang}
                load={loadDownloadData}
                index={index}
                day={day}
                mapUrl={fullMapUrl(location.href, urlState)}
                approximate={shapes?.approximate ?? false}
                getMap={() => window.__map ?? null}
              />
            )}
            <Credits lang={lang} articles={articles} />
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
            places={named}
            events={eventsById}
            articles={articlesById}
            baseline={sources?.baseline ?? null}
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
