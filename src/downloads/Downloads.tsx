// "Download": the day's view as a PNG, and the data behind the map for the
// day or the whole timeline, as GeoJSON and CSV, events too (also in ACLED's
// columns). Every file is made in the page from what it already holds.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CONTROLS } from '../../geo/src/contract';
import type { NeighbourhoodsFile } from '../../geo/src/contract';
import { fetchChecked, outlets, type SourceData } from '../data';
import { embedStrings } from '../embed/strings';
import { strings, textDirection, type Lang } from '../i18n';
import { CONTROL_COLOURS } from '../map/palette';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import { ACLED_HEADER, acledRows } from './acled';
import { credits, creditsLine } from './credits';
import { toCsv } from './csv';
import { dayCollection, timelineCollection } from './geojson';
import { mapImage } from './mapImage';
import { save } from './save';
import { DAY_HEADER, EVENTS_HEADER, TIMELINE_HEADER, dayRows, eventRows, sourcesOf, timelineRows } from './tables';

export type DownloadData = SourceData;

export interface DownloadsProps {
  lang: Lang;
  /** The data behind the files: fetched (once) when a file is first asked for, not with the first view. */
  load: () => Promise<DownloadData>;
  index: ControlIndex;
  day: number;
  /** The full map's link for this state: where the files say they come from. */
  mapUrl: string;
  approximate: boolean;
  getMap: () => MapLibreMap | null;
}

const NAME = 'aleppo-frontlines';
const CSV = 'text/csv;charset=utf-8';
const GEOJSON = 'application/geo+json';

/** The shapes the map drew (fetched and checked once, src/data.ts). */
async function fetchShapes(): Promise<NeighbourhoodsFile> {
  const { value, problem } = await fetchChecked('neighbourhoods.geojson', true);
  if (!value) throw new Error(`neighbourhoods.geojson: ${problem?.problem ?? 'missing'}`);
  return value;
}

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The list of files, inside the menu's <details> (./DownloadsMenu.tsx): a chunk of its own, fetched when the menu is first opened. */
export function DownloadList({ lang, load, index, day, mapUrl, approximate, getMap }: DownloadsProps) {
  const t = strings[lang];
  const e = embedStrings[lang];
  const date = index.date(day);
  let data: DownloadData;
  const made = () => credits(mapUrl, outlets(data.articles, 'en'), approximate);
  const sources = () => sourcesOf(data.gazetteer, data.events, data.articles);

  const files: { label: string; run: () => Promise<void> | void }[] = [
    {
      label: e.png,
      run: async () => {
        const map = getMap();
        if (!map) return;
        const blob = await mapImage(map, {
          title: t.title,
          date: longDate(date, lang),
          legend: CONTROLS.map((c) => ({ colour: CONTROL_COLOURS[c], label: t.control[c] })),
          credits: creditsLine(made()),
          rtl: textDirection(lang) === 'rtl',
          colours: { paper: cssColour('--field', '#fff'), ink: cssColour('--ink', '#1f262c'), muted: cssColour('--muted', '#4a5560') },
        });
        save(`${NAME}-${date}.png`, blob, 'image/png');
      },
    },
    {
      label: e.dayGeojson,
      run: async () => {
        const collection = dayCollection(await fetchShapes(), index, day, sources(), made());
        save(`${NAME}-${date}.geojson`, JSON.stringify(collection), GEOJSON);
      },
    },
    {
      label: e.dayCsv,
      run: () => save(`${NAME}-${date}.csv`, toCsv(DAY_HEADER, dayRows(index, day, sources(), creditsLine(made()))), CSV),
    },
    {
      label: e.timelineGeojson,
      run: async () => {
        const collection = timelineCollection(await fetchShapes(), index, sources(), made());
        save(`${NAME}-timeline.geojson`, JSON.stringify(collection), GEOJSON);
      },
    },
    {
      label: e.timelineCsv,
      run: () => save(`${NAME}-timeline.csv`, toCsv(TIMELINE_HEADER, timelineRows(index, sources(), creditsLine(made()))), CSV),
    },
    {
      label: e.eventsCsv,
      run: () => save(`${NAME}-events.csv`, toCsv(EVENTS_HEADER, eventRows(data.events, sources(), creditsLine(made()))), CSV),
    },
    {
      label: e.acledCsv,
      run: () =>
        save(
          `${NAME}-events-acled.csv`,
          toCsv(ACLED_HEADER, acledRows(data.events, index, data.gazetteer, sources(), creditsLine(made()))),
          CSV,
        ),
    },
  ];

  return (
    <>
      <ul>
        {files.map((file) => (
          <li key={file.label}>
            <button
              type="button"
              onClick={() => {
                load()
                  .then((loaded) => {
                    data = loaded;
                    return file.run();
                  })
                  .catch((error: unknown) => console.error('download', error));
              }}
            >
              {file.label}
            </button>
          </li>
        ))}
      </ul>
      <p class="downloads-note">{e.downloadNote}</p>
    </>
  );
}
