// The line under the slider: what changed on the chosen day and where,
// grouped by who gained it ("le régime prend Cheikh Saïd et Salhine").
import { plural } from './plural';
import type { Control } from '../../geo/src/contract';
import { locale, type Lang } from '../i18n';
import { isolateText } from './bidi';
import type { Change } from './control';

/** How many names are spelled out per side before "and N others". */
const MAX_NAMES = 6;

const ORDER: readonly Control[] = ['regime', 'rebel', 'kurdish', 'contested', 'unknown'];

type Clause = (names: string) => string;

const clauses: Record<Lang, Record<Control, Clause>> = {
  fr: {
    regime: (n) => `le régime prend ${n}`,
    rebel: (n) => `les rebelles prennent ${n}`,
    kurdish: (n) => `les forces kurdes prennent ${n}`,
    contested: (n) => `combats pour ${n}`,
    unknown: (n) => `plus d’information sur ${n}`,
  },
  en: {
    regime: (n) => `the regime takes ${n}`,
    rebel: (n) => `rebels take ${n}`,
    kurdish: (n) => `Kurdish forces take ${n}`,
    contested: (n) => `fighting for ${n}`,
    unknown: (n) => `no more information on ${n}`,
  },
  ar: {
    regime: (n) => `النظام يسيطر على ${n}`,
    rebel: (n) => `المعارضة تسيطر على ${n}`,
    kurdish: (n) => `القوات الكردية تسيطر على ${n}`,
    contested: (n) => `معارك في ${n}`,
    unknown: (n) => `لا معلومات عن ${n}`,
  },
};

const others: Record<Lang, (count: number) => string> = {
  fr: (c) => plural('fr', c, { one: () => 'un autre quartier', other: (n) => `${n} autres quartiers` }),
  en: (c) => plural('en', c, { one: () => 'one other neighbourhood', other: (n) => `${n} other neighbourhoods` }),
  ar: (c) => plural('ar', c, { one: () => 'حي آخر', two: () => 'حيّان آخران', few: (n) => `${n} أحياء أخرى`, many: (n) => `${n} حيًا آخر`, other: (n) => `${n} حي آخر` }),
};

const nothing: Record<Lang, string> = {
  fr: 'aucun changement rapporté',
  en: 'no change reported',
  ar: 'لا تغيير',
};

const separators: Record<Lang, { colon: string; clause: string }> = {
  fr: { colon: ' : ', clause: ' ; ' },
  en: { colon: ': ', clause: '; ' },
  ar: { colon: ': ', clause: '؛ ' },
};

function list(names: string[], lang: Lang): string {
  const shown = names.slice(0, MAX_NAMES);
  if (names.length > MAX_NAMES) shown.push(others[lang](names.length - MAX_NAMES));
  return new Intl.ListFormat(locale(lang), { type: 'conjunction' }).format(shown);
}

/** The changes as one clause per side, without the date: "le régime prend A et B ; combats pour C". */
export function changeClauses(changes: readonly Change[], lang: Lang, name: (id: string) => string): string {
  if (changes.length === 0) return nothing[lang];
  const collator = new Intl.Collator(lang);
  const parts: string[] = [];
  for (const side of ORDER) {
    const names = changes.filter((c) => c.after === side).map((c) => name(c.id)).sort(collator.compare);
    // Each name isolated: one with its own bidi controls cannot reorder the sentence.
    if (names.length > 0) parts.push(clauses[lang][side](list(names.map(isolateText), lang)));
  }
  return parts.join(separators[lang].clause);
}

/** "12 décembre 2016 : le régime prend Cheikh Saïd, …" */
export function daySummary(dateText: string, changes: readonly Change[], lang: Lang, name: (id: string) => string): string {
  return `${dateText}${separators[lang].colon}${changeClauses(changes, lang, name)}`;
}
