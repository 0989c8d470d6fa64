/**
 * Aggregate claims: "Le régime contrôle 85% des quartiers que les rebelles tenaient",
 * "the regime now is taking control on 90% of the eastern section". They name no single
 * neighbourhood, so they are not events; the review sets each beside the timeline's own
 * share on that day, so an editor sees where the map and the press part ways.
 */
import type { Article } from '../articles/types';
import { Sentences } from '../text/sentences';
import type { Span } from '../text/spans';
import { periodOn } from './controlOn';
import type { Timeline } from './types';
import { escape } from '../review/markdown';

export interface ShareClaim {
  article: string;
  /** The article's publication date: the day the figure describes. */
  date: string | null;
  /** 0..1: the share of the rebel-held part of the city the regime holds, as the text says it. */
  share: number;
  /** What the share counts: neighbourhoods, or ground. */
  of: 'neighbourhoods' | 'area';
  quote: Span;
}

const PERCENT = /(?<![\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s?(?:%|pour ?cent|per ?cent)/giu;
/** The rebel-held part of the city, right after the figure. */
const REBEL_PART =
  /^\s*(?:\p{L}+\s+){0,2}?(?:des? |du |de la |d'|d’|of (?:the )?)?(?:(quartiers?|districts?|neighbou?rhoods?)\s+(?:d['’]Alep[- ]Est|est|de l['’]est|orientaux|rebelles|(?:que|qui|tenus|contr[oô]l[ée]s|aux mains|held|controlled)[^.]{0,60}?(?:rebelles?|rebellion|r[ée]bellion|insurg[ée]s|opposition|rebels?))|(?:secteur|partie|zone|bastion)\s+(?:rebelle|est|orientale|insurg[ée])|ce bastion|Alep[- ]Est|l['’]est d['’]Alep|eastern (?:Aleppo|section|part|districts|neighbou?rhoods)|east(?:ern)? Aleppo|rebel[- ]held)/iu;
/** The regime as subject: the claim is the regime's share. A rebel subject is the rest. */
const REGIME = /(?:r[ée]gime|arm[ée]e|gouvernement|loyalistes?|forces (?:gouvernementales|pro-?r[ée]gime|syriennes)|regime|army|government|pro-(?:Assad|government))/iu;
const REBEL_LEFT = /(?:rebelles?|insurg[ée]s|rebels?|opposition)\s+(?:ne\s+)?(?:contr[oô]lent|tiennent|d[ée]tiennent|hold|control)\s+(?:plus\s+qu(?:e\s+|['’])|only\s+|encore\s+)?(?:environ\s+|about\s+|around\s+)?$/iu;

export function findShareClaims(article: Article): ShareClaim[] {
  const claims: ShareClaim[] = [];
  const sentences = new Sentences(article.text, article.language);
  for (const m of article.text.matchAll(PERCENT)) {
    const at = m.index;
    const sentence = sentences.at(at);
    const after = article.text.slice(at + m[0].length, sentence.end);
    const part = REBEL_PART.exec(after);
    if (!part) continue;
    const before = article.text.slice(sentence.start, at);
    const value = Number(m[1]!.replace(',', '.')) / 100;
    let share: number;
    if (REBEL_LEFT.test(before)) share = 1 - value;
    else if (REGIME.test(before)) share = value;
    else continue;
    // A share is a state of things as the article went to press: its dates are usually the
    // start of an offensive ("avant le début le 15 novembre"), not the day of the figure.
    claims.push({ article: article.id, date: article.published, share, of: part[1] ? 'neighbourhoods' : 'area', quote: sentence });
  }
  return claims;
}

export interface CheckedClaim extends ShareClaim {
  /** The timeline's own share on the claim's date, measured the way the claim counts. */
  computed: number | null;
}

/**
 * Each claim beside the timeline's share on its date: by neighbourhood count (the share of
 * the neighbourhoods the rebels held at the baseline that the regime holds), or by area
 * through `areaShareOn` (the geometry stage measures areas).
 */
export function checkShareClaims(claims: readonly ShareClaim[], timeline: Timeline, areaShareOn: (date: string) => number | null): CheckedClaim[] {
  const rebelAtStart = Object.entries(timeline.neighbourhoods)
    .filter(([, periods]) => periods[0]?.controller === 'rebel')
    .map(([id]) => id);
  return claims.map((claim) => {
    if (!claim.date || rebelAtStart.length === 0) return { ...claim, computed: null };
    if (claim.of === 'area') return { ...claim, computed: areaShareOn(claim.date) };
    const held = rebelAtStart.filter((id) => periodOn(timeline.neighbourhoods[id]!, claim.date!)?.controller === 'regime').length;
    return { ...claim, computed: held / rebelAtStart.length };
  });
}

/** Review lines: reported against computed, largest gap first. */
export function claimLines(checked: readonly CheckedClaim[]): string[] {
  const pct = (x: number) => `${Math.round(x * 100)} %`;
  return [...checked]
    .sort((a, b) => gap(b) - gap(a))
    .map(
      (c) =>
        `- \`${c.article}\` (${c.date ?? 'no date'}), ${c.of === 'area' ? 'by area' : 'by neighbourhood count'}: reported ${pct(c.share)}, ` +
        `timeline ${c.computed === null ? 'cannot tell' : `${pct(c.computed)} (gap ${Math.round((c.computed - c.share) * 100)} points)`}: “${escape(c.quote.text)}”`,
    );
}

function gap(c: CheckedClaim): number {
  return c.computed === null ? Infinity : Math.abs(c.computed - c.share);
}
