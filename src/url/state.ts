// What a link carries: ?date=2016-12-13&district=bustan-al-qaser&lang=ar&view=13.5/36.19/37.15
// Parsing never throws: a bad value is dropped and the default stands, so an
// old or hand-edited link still opens the map.
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { isIsoDay } from '../model/days';

/** The map's camera, rounded so the URL stays short and stable. */
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  date: string | null;
  district: string | null;
  lang: Lang;
  view: View | null;
}

const DISTRICT_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
/** Plain decimals only: Number() would also take '', ' 1', '0x10' and '1e3'. */
const DECIMAL = /^-?\d{1,3}(?:\.\d{1,12})?$/;

export function parseView(text: string | null): View | null {
  if (!text) return null;
  const texts = text.split('/');
  if (texts.length !== 3 || !texts.every((part) => DECIMAL.test(part))) return null;
  const [zoom, lat, lon] = texts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

export function formatView(view: View): string {
  return `${view.zoom.toFixed(2)}/${view.lat.toFixed(5)}/${view.lon.toFixed(5)}`;
}

export function parseUrlState(href: string): UrlState {
  const params = new URL(href).searchParams;
  const date = params.get('date');
  const district = params.get('district');
  const lang = params.get('lang');
  return {
    date: isIsoDay(date) ? date : null,
    district: district && DISTRICT_ID.test(district) ? district : null,
    lang: isLang(lang) ? lang : DEFAULT_LANG,
    view: parseView(params.get('view')),
  };
}

/** `href` with the state's parameters set (others kept); defaults are left out. */
export function urlWithState(href: string, state: UrlState): string {
  const url = new URL(href);
  const set = (key: string, value: string | null) => {
    if (value === null) url.searchParams.delete(key);
    else url.searchParams.set(key, value);
  };
  set('date', state.date);
  set('district', state.district);
  set('lang', state.lang === DEFAULT_LANG ? null : state.lang);
  set('view', state.view ? formatView(state.view) : null);
  return url.href;
}
