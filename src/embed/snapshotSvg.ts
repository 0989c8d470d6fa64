// A still of the map for one day, as SVG: the fallback image of an embed (for
// feeds, AMP, newsletters, readers without JavaScript) and the oEmbed
// thumbnail. The same colours as the live map; with `labels`, a title and the
// date above it and the legend and credits below, in the chosen language (the
// build draws them with the app's own fonts: build/stillFonts.ts).
import type { Control } from '../../geo/src/contract';
import { CONTROLS } from '../../geo/src/contract';
import { strings, textDirection, type Lang } from '../i18n';
import { longDate } from '../model/days';
import type { FrontLineCollection, NeighbourhoodsFile } from '../../geo/src/contract';
import { CONTROL_COLOURS, DOTS_RGBA, FILL_OPACITY, HATCH_RGBA, PATTERNS, WEAK_FILL_OPACITY, mapColours, type ResolvedTheme } from '../map/palette';

type Ring = [number, number][];

export interface SnapshotInput {
  shapes: NeighbourhoodsFile;
  /** Who held each neighbourhood that day (missing: unknown). */
  controllers: ReadonlyMap<string, Control>;
  /** Front lines shown that day (already filtered). */
  fronts: FrontLineCollection['features'];
  /** Neighbourhoods whose colour that day rests on an inference or the baseline alone: drawn paler, as on the live map. */
  weak?: ReadonlySet<string>;
  width: number;
  height: number;
  theme?: ResolvedTheme;
  /** Words around the map; without them the map fills the image. */
  labels?: StillLabels;
}

export interface StillLabels {
  lang: Lang;
  title: string;
  date: string;
  /** Each controller the legend shows, with its name. */
  legend: { control: Control; label: string }[];
  /** The front line's legend entry; null when no front is drawn. */
  front: string | null;
  /** What a pale fill means; null when the still draws none. */
  weak: string | null;
  /** One or two lines of credits. */
  credits: string[];
}

/**
 * The families the build loads (build/stillFonts.ts). resvg draws a whole line in one
 * family (falling back only when the first lacks the line's first letters), so each line
 * holds one script and names its family: Arabic lines the Arabic font, others Noto Sans.
 */
const fontFor = (line: string) => (/[\u0600-\u06FF]/.test(line) ? `'Noto Sans Arabic', 'Noto Sans'` : `'Noto Sans', 'Noto Sans Arabic'`);

/** The words of a still for `date` in `lang`. */
export function stillLabels(lang: Lang, date: string, outlets: number, hasFront: boolean, hasWeak = false): StillLabels {
  const t = strings[lang];
  const rtl = textDirection(lang) === 'rtl';
  return {
    lang,
    title: t.title,
    date: longDate(date, lang),
    legend: CONTROLS.map((control) => ({ control, label: t.control[control] })),
    front: hasFront ? t.frontLine : null,
    // The Arabic font has no Latin colon: its own semicolon instead.
    weak: hasWeak ? (rtl ? t.weakLegend.replace(':', '؛') : t.weakLegend) : null,
    // One script per line (see fontFor): the Latin names of the sources on a line of their own.
    // The Arabic font file has no Latin punctuation: Arabic lines take the Arabic semicolon.
    credits: [
      rtl
        ? `${t.creditsTexts} ${t.outletCount(outlets)}؛ ${t.creditsPlaces}`
        : `${t.creditsTexts}${t.colon}${t.outletCount(outlets)}. ${t.creditsPlaces}${t.colon}`,
      'Columbia University Center for Spatial Research, Conflict Urbanism: Aleppo · aleppo-frontlines',
    ],
  };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where the words go: the header's title and date, the footer's legend row and credits. */
const HEADER = 78;
const FOOTER = 92;
/** The footer grows by a line when it explains pale fills. */
const WEAK_LINE = 22;
const footerOf = (labels?: StillLabels) => FOOTER + (labels?.weak ? WEAK_LINE : 0);

function polygonsOf(geometry: NeighbourhoodsFile['features'][number]['geometry']): Ring[][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates as Ring[]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Ring[][];
  return [];
}

/** An equirectangular projection fitted to the shapes inside the box, with x squeezed by cos(latitude). */
function projector(shapes: NeighbourhoodsFile, box: { x: number; y: number; width: number; height: number }, margin: number) {
  const { width, height } = box;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of shapes.features) {
    for (const polygon of polygonsOf(f.geometry)) {
      for (const [x, y] of polygon[0] ?? []) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const squeeze = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const k = Math.min((width - 2 * margin) / ((maxX - minX) * squeeze || 1), (height - 2 * margin) / (maxY - minY || 1));
  const ox = box.x + (width - (maxX - minX) * squeeze * k) / 2;
  const oy = box.y + (height - (maxY - minY) * k) / 2;
  return ([x, y]: [number, number]): string =>
    `${(ox + (x - minX) * squeeze * k).toFixed(1)} ${(oy + (maxY - y) * k).toFixed(1)}`;
}

export function snapshotSvg({ shapes, controllers, fronts, weak, width, height, theme = 'light', labels }: SnapshotInput): string {
  const colours = mapColours(theme);
  const box = labels ? { x: 0, y: HEADER, width, height: height - HEADER - footerOf(labels) } : { x: 0, y: 0, width, height };
  const at = projector(shapes, box, labels ? 12 : 24);
  const ring = (points: Ring) => `M${points.map(at).join('L')}Z`;
  const fills: string[] = [];
  // Contested striped and unknown dotted too, as on the live map.
  const patterned = { stripes: [] as string[], dots: [] as string[] };
  for (const f of shapes.features) {
    const control = controllers.get(f.properties.id) ?? 'unknown';
    const d = polygonsOf(f.geometry)
      .map((polygon) => polygon.map(ring).join(''))
      .join('');
    if (!d) continue;
    const pale = weak?.has(f.properties.id) ? ` fill-opacity="${WEAK_FILL_OPACITY}"` : '';
    fills.push(`<path d="${d}" fill="${CONTROL_COLOURS[control]}"${pale}/>`);
    const pattern = PATTERNS[control];
    if (pattern) patterned[pattern].push(`<path d="${d}"/>`);
  }
  const lines = fronts
    .flatMap((f) => f.geometry.coordinates)
    .map((line) => `M${(line as [number, number][]).map(at).join('L')}`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="2" height="8" fill="rgb(${HATCH_RGBA.slice(0, 3).join(',')})" fill-opacity="${HATCH_RGBA[3] / 255}"/></pattern>` +
      `<pattern id="dots" width="8" height="8" patternUnits="userSpaceOnUse" fill="rgb(${DOTS_RGBA.slice(0, 3).join(',')})" fill-opacity="${DOTS_RGBA[3] / 255}">` +
      `<rect width="2" height="2"/><rect x="4" y="4" width="2" height="2"/></pattern></defs>`,
    `<rect width="${width}" height="${height}" fill="${colours.background}"/>`,
    `<g fill-opacity="${FILL_OPACITY}" stroke="${colours.outline}" stroke-width="0.8">${fills.join('')}</g>`,
    `<g fill="url(#hatch)">${patterned.stripes.join('')}</g>`,
    `<g fill="url(#dots)">${patterned.dots.join('')}</g>`,
    lines
      ? `<path d="${lines}" fill="none" stroke="${colours.frontCasing}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>` +
        `<path d="${lines}" fill="none" stroke="${colours.front}" stroke-width="3.5" stroke-linejoin="round" stroke-linecap="round"/>`
      : '',
    labels ? stillWords(labels, width, height, colours.text, theme) : '',
    `</svg>`,
  ].join('\n');
}

/** Title and date on top, legend and credits at the bottom, laid out from the reading side. */
function stillWords(labels: StillLabels, width: number, height: number, ink: string, theme: ResolvedTheme): string {
  const rtl = textDirection(labels.lang) === 'rtl';
  const margin = 24;
  const start = rtl ? width - margin : margin;
  // resvg anchors by the left and right ends, whatever the direction: Arabic ends at the right.
  const anchor = `text-anchor="${rtl ? 'end' : 'start'}" direction="${rtl ? 'rtl' : 'ltr'}"`;
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    `<text x="${x}" y="${y}" font-family="${fontFor(content)}" font-size="${size}" ${anchor}${extra}>${escapeXml(content)}</text>`;
  const muted = theme === 'dark' ? '#b5bcc3' : '#4a5560';
  const out = [`<g fill="${ink}">`];
  out.push(text(start, 36, 26, labels.title, ' font-weight="700"'));
  out.push(text(start, 64, 19, labels.date));
  // The legend: one column per entry, from the reading side.
  const entries = [...labels.legend.map((e) => ({ ...e, kind: 'fill' as const })), ...(labels.front ? [{ control: null, label: labels.front, kind: 'line' as const }] : [])];
  const column = (width - 2 * margin) / entries.length;
  const footer = footerOf(labels);
  const row = height - footer + 28;
  entries.forEach((entry, i) => {
    const x0 = rtl ? width - margin - i * column : margin + i * column;
    const swatch = rtl ? x0 - 16 : x0;
    const labelX = rtl ? x0 - 22 : x0 + 22;
    if (entry.kind === 'fill') {
      out.push(`<rect x="${swatch}" y="${row - 13}" width="16" height="16" fill="${CONTROL_COLOURS[entry.control]}" stroke="${ink}" stroke-opacity="0.3"/>`);
      const pattern = PATTERNS[entry.control];
      if (pattern) out.push(`<rect x="${swatch}" y="${row - 13}" width="16" height="16" fill="url(#${pattern === 'stripes' ? 'hatch' : 'dots'})"/>`);
    } else {
      out.push(`<rect x="${swatch}" y="${row - 7}" width="16" height="4" fill="${ink}"/>`);
    }
    out.push(text(labelX, row, 15, entry.label));
  });
  let creditsAt = height - footer + 56;
  if (labels.weak) {
    // A pale swatch (any holder's colour at the pale strength) and what it means.
    const weakRow = row + WEAK_LINE + 2;
    const swatch = rtl ? width - margin - 16 : margin;
    out.push(`<rect x="${swatch}" y="${weakRow - 12}" width="16" height="14" fill="${CONTROL_COLOURS.regime}" fill-opacity="${WEAK_FILL_OPACITY}" stroke="${ink}" stroke-opacity="0.3"/>`);
    out.push(text(rtl ? width - margin - 22 : margin + 22, weakRow, 13, labels.weak));
    creditsAt += WEAK_LINE;
  }
  labels.credits.forEach((line, i) => out.push(text(start, creditsAt + i * 18, 12, line, ` fill="${muted}"`)));
  out.push('</g>');
  return out.join('');
}
