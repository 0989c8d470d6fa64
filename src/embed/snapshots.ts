// Static images of the map, one per change date (the build writes them, see
// build/embedAssets.ts): any day shows the same map as the last change on or
// before it, so a day's image is that change's.
import type { Control } from '../../geo/src/contract';
import { CONTROLS } from '../../geo/src/contract';
import type { Lang } from '../i18n';
import { DEFAULT_LANG, strings } from '../i18n';
import type { ControlIndex } from '../model/control';

export const SNAPSHOT_DIR = 'snapshots';
export const SNAPSHOT_SIZE = { width: 960, height: 720 } as const;

/** Days that have an image: the first day and every change day. */
export function snapshotDays(index: ControlIndex): number[] {
  return [0, ...index.changeDays];
}

/** The day whose image shows `day`. */
export function snapshotDay(index: ControlIndex, day: number): number {
  let found = 0;
  for (const d of snapshotDays(index)) if (d <= day) found = d;
  return found;
}

/** Where the stills of a language go: French (the default) at the top, the others in a folder each. */
export function snapshotFolder(lang: Lang = DEFAULT_LANG): string {
  return lang === DEFAULT_LANG ? SNAPSHOT_DIR : `${SNAPSHOT_DIR}/${lang}`;
}

/** `snapshots/2016-12-12.png` (`snapshots/en/2016-12-12.png` in English...), relative to the app. */
export function snapshotPath(index: ControlIndex, day: number, lang: Lang = DEFAULT_LANG): string {
  return `${snapshotFolder(lang)}/${index.date(snapshotDay(index, day))}.png`;
}

/** "régime : 91, rebelles : 20, ..." — how many districts each side held on `day`, for alt text. */
export function controlCounts(index: ControlIndex, day: number, lang: Lang): string {
  const t = strings[lang];
  const counts = new Map<Control, number>();
  for (const c of index.controllersOn(day)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return CONTROLS.filter((c) => counts.has(c))
    .map((c) => `${t.control[c]}${t.colon}${t.neighbourhoodsCount(counts.get(c)!)}`)
    .join(', ');
}
