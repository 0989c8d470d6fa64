// The table's rows for a day: every neighbourhood, who held it, since when, how sure, and the
// source that decides it (the period's deciding event), in the map's order of sides.
import type { MapPlace } from '../../geo/src/contract';
import type { Control, Tier } from '../../geo/src/contract';
import type { Article, ControlEvent } from '../../geo/src/contract';
import type { ControlIndex } from '../model/control';
import { tierOf } from '../model/tier';
import { safeHttpUrl } from '../panel/quotes';

export const SIDE_ORDER: readonly Control[] = ['regime', 'rebel', 'kurdish', 'contested', 'unknown'];

export interface TableRow {
  id: string;
  place: MapPlace;
  controller: Control;
  /** First day of the period in force (ISO), null before the timeline. */
  since: string | null;
  changedToday: boolean;
  tier: Tier;
  /** The deciding event's article: outlet (or null), title, id, http(s) link. */
  source: { outlet: string | null; title: string | null; article: string; url: string | null } | null;
}

export function tableRows(
  index: ControlIndex,
  day: number,
  places: ReadonlyMap<string, MapPlace>,
  events: ReadonlyMap<string, ControlEvent>,
  articles: ReadonlyMap<string, Article>,
  name: (place: MapPlace) => string,
  collator: Intl.Collator,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const id of index.ids) {
    const place = places.get(id);
    if (!place) continue;
    const period = index.periodOn(id, day);
    const deciding = period?.events.map((e) => events.get(e)).find((e) => e !== undefined);
    const article = deciding ? articles.get(deciding.article) : undefined;
    rows.push({
      id,
      place,
      controller: period?.controller ?? 'unknown',
      since: period ? period.from : null,
      changedToday: !!period && period.fromDay === day && day > 0,
      tier: tierOf(period, index.isArea),
      source: deciding
        ? {
            outlet: article?.outlet ?? null,
            title: article?.title ?? null,
            article: deciding.article,
            // An editor's event may cite a URL rather than an article of the corpus.
            url: safeHttpUrl(article ? article.url : deciding.review?.url),
          }
        : null,
    });
  }
  const side = (c: Control) => SIDE_ORDER.indexOf(c);
  return rows.sort((a, b) => side(a.controller) - side(b.controller) || collator.compare(name(a.place), name(b.place)));
}
