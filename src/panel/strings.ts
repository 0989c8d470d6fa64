// Strings of the district panel's "on this day" section and of the confidence tiers (also
// used by the legend and the table), kept apart from src/i18n.ts so both can change freely.
import type { Tier } from '../../geo/src/contract';
import { strings, type Lang } from '../i18n';
import { plural } from '../model/plural';

export interface PanelStrings {
  /** The tier, as a short label. */
  tier: Record<Tier, string>;
  /** Why a tier is what it is, one sentence. */
  tierWhy: Record<Tier, string>;
  /** Legend: what a paler fill means. */
  onDayHeading: (date: string) => string;
  /** "regime since 28 November 2016", or "regime on 28 November 2016 only" for a one-day period. */
  decidingHeading: string;
  confidence: string;
  inferredFromArea: (area: string) => string;
  boundedBy: string;
  /** A district nobody reports, surrounded by districts the other side took (timeline basis "encircled"). */
  encircledBy: (names: string) => string;
  notReportedSince: (date: string, days: number) => string;
  neverReported: string;
  earlierHeading: string;
  laterHeading: (count: number) => string;
  oneDay: (date: string) => string;
  /** An article with no outlet in its front matter: its title or id stands in. */
  areaClaim: string;
}

export const panelStrings: Record<Lang, PanelStrings> = {
  fr: {
    tier: { confirmed: 'confirmé', single: 'une source', inferred: 'déduit', baseline: 'état initial seulement' },
    tierWhy: {
      confirmed: 'confirmé par deux médias indépendants ou par la rédaction',
      single: 'une seule source le rapporte',
      inferred: 'déduit d’un article sur un secteur entier ou d’une borne (« repris ces dernières semaines »)',
      baseline: 'aucun article ne le rapporte : seul l’état au 15 septembre le dit',
    },
    onDayHeading: (date) => `Le ${date}`,
    decidingHeading: 'Ce qui décide la couleur',
    confidence: 'Confiance',
    inferredFromArea: (area) => `déduit d’un article sur ${area}`,
    boundedBy: 'date au plus tard, déduite d’un bilan rétrospectif',
    encircledBy: (names) => `aucune source n’en parle, mais tous les quartiers autour ont été pris : ${names}`,
    notReportedSince: (date, days) => `non rapporté depuis le ${date} (${plural('fr', days, { one: (n) => `${n} jour`, other: (n) => `${n} jours` })})`,
    neverReported: 'aucune source n’en a parlé depuis l’état initial',
    earlierHeading: 'Avant',
    laterHeading: (n) => `Plus tard (${plural('fr', n, { one: (c) => `${c} rapport`, other: (c) => `${c} rapports` })} après ce jour)`,
    oneDay: (date) => `le ${date}`,
    areaClaim: 'Cette couleur repose sur une affirmation au sujet d’un secteur entier, pas du quartier lui-même.',
  },
  en: {
    tier: { confirmed: 'confirmed', single: 'one source', inferred: 'inferred', baseline: 'starting state only' },
    tierWhy: {
      confirmed: 'confirmed by two independent outlets or by the editors',
      single: 'one source reports it',
      inferred: 'inferred from a report about a whole area, or from a bound (“retaken in recent weeks”)',
      baseline: 'no article reports it: only the 15 September starting state says so',
    },
    onDayHeading: (date) => `On ${date}`,
    decidingHeading: 'What decides the colour',
    confidence: 'Confidence',
    inferredFromArea: (area) => `inferred from a report about ${area}`,
    boundedBy: 'a latest date, from a retrospective report',
    encircledBy: (names) => `no source speaks of it, but every district around it was taken: ${names}`,
    notReportedSince: (date, days) => `not reported since ${date} (${plural('en', days, { one: (n) => `${n} day`, other: (n) => `${n} days` })})`,
    neverReported: 'no source has spoken of it since the starting state',
    earlierHeading: 'Before',
    laterHeading: (n) => `Later (${plural('en', n, { one: (c) => `${c} report`, other: (c) => `${c} reports` })} after this day)`,
    oneDay: (date) => `on ${date}`,
    areaClaim: 'This colour rests on a claim about a whole area, not about the neighbourhood itself.',
  },
  ar: {
    tier: { confirmed: 'مؤكد', single: 'مصدر واحد', inferred: 'مستنتج', baseline: 'الوضع الأولي فقط' },
    tierWhy: {
      confirmed: 'أكّده مصدران مستقلان أو فريق التحرير',
      single: 'يذكره مصدر واحد',
      inferred: 'مستنتج من خبر عن منطقة كاملة أو من حدّ زمني («استُعيد في الأسابيع الأخيرة»)',
      baseline: 'لا يذكره أي مقال: الوضع الأولي في 15 أيلول وحده يقول ذلك',
    },
    onDayHeading: (date) => `في ${date}`,
    decidingHeading: 'ما يحدد اللون',
    confidence: 'درجة الثقة',
    inferredFromArea: (area) => `مستنتج من خبر عن ${area}`,
    boundedBy: 'تاريخ أقصى مستنتج من حصيلة لاحقة',
    encircledBy: (names) => `لا يذكره أي مصدر، لكن كل الأحياء المحيطة به سقطت: ${names}`,
    notReportedSince: (date, days) =>
      `لم يُذكر منذ ${date} (${plural('ar', days, { one: () => 'يوم واحد', two: () => 'يومان', few: (n) => `${n} أيام`, many: (n) => `${n} يومًا`, other: (n) => `${n} يوم` })})`,
    neverReported: 'لم يذكره أي مصدر منذ الوضع الأولي',
    earlierHeading: 'قبل ذلك',
    laterHeading: (n) => `لاحقًا (${plural('ar', n, { one: () => 'خبر واحد', two: () => 'خبران', few: (c) => `${c} أخبار`, many: (c) => `${c} خبرًا`, other: (c) => `${c} خبر` })} بعد هذا اليوم)`,
    oneDay: (date) => `في ${date}`,
    areaClaim: 'يستند هذا اللون إلى خبر عن منطقة كاملة، لا عن الحي نفسه.',
  },
};

/**
 * Who a source is, in words: its outlet; else the article's title or id ("outlet not given" is
 * never said); else, for an editor's event sourced by a URL alone, that URL's host.
 */
export function sourceLabel(lang: Lang, source: { outlet: string | null; title: string | null; article: string; url: string | null }): string {
  if (source.outlet) return source.outlet;
  if (source.title || source.article) return strings[lang].articleNamed(source.title ?? source.article);
  return source.url ? new URL(source.url).hostname : '—';
}
