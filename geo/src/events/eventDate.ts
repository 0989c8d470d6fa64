/**
 * The day an event happened, from its sentence, resolved against the article's
 * publication date: weekdays are the latest such day not after publication (the next
 * one in the future tense), "hier" the day before, "dans la nuit de vendredi à samedi"
 * the Saturday, "il y a cinq jours" five days before, explicit dates as written. A date
 * after "depuis"/"since" starts a state that still holds: it does not date the event.
 * No date in the sentence: the publication date.
 */
import { findDateExpressions, type DateExpression } from '../text/dateExpressions';
import { fromIso, toIso } from '../text/isoDay';
import type { Language } from '../text/language';
import { allMatches } from '../text/matching';
import type { DatePrecision } from './types';

const DAY = 86_400_000;

export interface EventDate {
  date: string | null;
  precision: DatePrecision;
  /** The words that gave the date. */
  cue?: string;
}

const RELATIVE: Record<Language, [RegExp, number][]> = {
  fr: [
    [/(?<![\p{L}])avant-hier(?![\p{L}])/giu, -2],
    [/(?<![\p{L}])hier(?![\p{L}])/giu, -1],
    [/(?<![\p{L}])la veille(?![\p{L}])/giu, -1],
    [/(?<![\p{L}])(?:aujourd['’]hui|ce matin|ces dernières (?:24|vingt-quatre) heures|dans la journée)(?![\p{L}])/giu, 0],
  ],
  en: [
    [/(?<![\p{L}])yesterday(?![\p{L}])/giu, -1],
    [/(?<![\p{L}])(?:today|this morning|in the last 24 hours|(?:in )?the past 24 hours)(?![\p{L}])/giu, 0],
  ],
  ar: [
    [/(?<![\p{L}])(?:أمس|امس)(?![\p{L}])/gu, -1],
    [/(?<![\p{L}])اليوم(?![\p{L}])/gu, 0],
  ],
};

const NUMBERS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15,
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10,
  // "il y a quelques mois", "a few months ago": some time before, at least this much.
  quelques: 2, plusieurs: 2, few: 2, several: 2,
};

/** "il y a (encore) cinq jours", "three days ago", "il y a quelques mois": [the count, the unit]. */
const AGO: Record<Language, RegExp | null> = {
  fr: /(?<![\p{L}])il y a (?:encore |seulement |à peine |a peine )?(\d+|\p{L}+) (jours?|semaines?|mois|ans|années)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(\d+|\p{L}+) (days?|weeks?|months?|years?) ago(?![\p{L}])/giu,
  ar: null,
};

const VAGUE = new Set(['quelques', 'plusieurs', 'few', 'several']);

/**
 * "three days after the army took it", "une semaine après la chute de X", "بعد أسبوع من خسارة":
 * what follows is that long before the sentence's own day (its other date, else the article's).
 * Only for the words up to the phrase's end: the main clause is dated by its own words.
 */
const AFTER: Record<Language, RegExp> = {
  fr: /(?<![\p{L}])(\d+|\p{L}+) (jours?|semaines?|mois) (?:après|apres)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(\d+|\p{L}+) (days?|weeks?|months?) after(?![\p{L}])/giu,
  ar: /(?<![\p{L}])بعد (يوم|يومين|ثلاثة أيام|أربعة أيام|خمسة أيام|أسبوع|اسبوع|أسبوعين|اسبوعين|شهر|شهرين)(?: واحد)? (?:من|على)(?![\p{L}])/gu,
};
const AR_SPANS: Record<string, number> = { يوم: 1, يومين: 2, 'ثلاثة أيام': 3, 'أربعة أيام': 4, 'خمسة أيام': 5, أسبوع: 7, اسبوع: 7, أسبوعين: 14, اسبوعين: 14, شهر: 30, شهرين: 60 };

/** "3", "trois", "a": how many, as a number ("quelques", "few": at least two). */
function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : NUMBERS[word.toLowerCase()];
}

function unitDays(unit: string): number {
  if (/^(?:semaine|week)/i.test(unit)) return 7;
  if (/^(?:mois|month)/i.test(unit)) return 30;
  if (/^(?:an|ann|year)/i.test(unit)) return 365;
  return 1;
}

/** "depuis le 15 novembre", "since 2012", "Depuis le début le 22 septembre d'une offensive". */
const SINCE = /(?:depuis|since|from)\s+(?:le |la |du |l'|l’|the )?(?:d[ée]but\s+(?:le |du |de |d'|d’|of )?)?$/iu;

const NIGHT: Record<Language, RegExp | null> = {
  fr: /dans la nuit (?:de|du) (\p{L}+) (?:à|au) (\p{L}+)/giu,
  en: /(?:on the )?night (?:of|from) (\p{L}+) (?:to|into) (\p{L}+)/giu,
  ar: null,
};

export interface DateContext {
  published: string | null;
  language: Language;
  /** The tense of the clause: a future event's weekday is the next one, not the last. */
  future?: boolean;
}

interface DateOption {
  at: number;
  date: number;
  cue: string;
  /** The option dates only the words from `at` to here ("three days after ..."). */
  until?: number;
}

/** The last sentence read and its dates: a sentence is dated once for the event its verb makes and the places it names. */
let last: { sentence: string; published: string | null; language: Language; future: boolean; options: DateOption[] } | null = null;

/** The date the sentence gives nearest to `near` (an offset in the sentence), else the publication date. */
export function eventDate(sentence: string, near: number, context: DateContext): EventDate {
  const future = !!context.future;
  if (!last || last.sentence !== sentence || last.published !== context.published || last.language !== context.language || last.future !== future) {
    last = { sentence, published: context.published, language: context.language, future, options: dateOptions(sentence, context) };
  }
  const options = last.options;
  // Inside a phrase with a date of its own ("three days after ... took it"), that phrase's date;
  // else the date nearest `near` of those that date the whole sentence (the earlier on a tie).
  let best = options.find((o) => o.until !== undefined && near >= o.at && near <= o.until);
  if (!best) {
    for (const o of options) {
      if (o.until !== undefined) continue;
      if (!best || (Math.abs(o.at - near) - Math.abs(best.at - near) || o.at - best.at) < 0) best = o;
    }
  }
  if (!best) return context.published ? { date: context.published, precision: 'publication' } : { date: null, precision: 'unknown' };
  return { date: toIso(best.date), precision: 'day', cue: best.cue.trim() };
}

/**
 * Words one of which every date expression above needs (a digit, a weekday, "nuit", "hier",
 * "ago"...), matched as those patterns match them: most sentences have none, and are not
 * scanned pattern by pattern. Keep in step with the patterns here and in text/dateExpressions.ts.
 */
const MAY_DATE: Record<Language, RegExp> = {
  fr: /\d|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi|nuit|hier|veille|aujourd|ce matin|ces derni|journ|il y a|apr[eè]s/iu,
  en: /\d|sunday|monday|tuesday|wednesday|thursday|friday|saturday|night|yesterday|today|this morning|ago|after/iu,
  ar: /\d|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|أمس|امس|اليوم|بعد/u,
};

export function mayHoldDate(sentence: string, language: Language): boolean {
  return MAY_DATE[language].test(sentence);
}

/**
 * Words NIGHT, AGO and AFTER cannot match without, tested with their own flags: those patterns
 * try every position of the sentence (a word, then what follows it), and most sentences have
 * none of these words. Keep in step with the patterns above.
 */
const NEEDS: Record<'night' | 'ago' | 'after', Record<Language, RegExp | null>> = {
  night: { fr: /dans la nuit/iu, en: /night/iu, ar: null },
  ago: { fr: /il y a /iu, en: / ago/iu, ar: null },
  after: { fr: /après|apres/iu, en: / after/iu, ar: /بعد /u },
};
const mayHave = (test: RegExp | null, sentence: string) => test !== null && test.test(sentence);

/** The patterns NEEDS stands for, for the test that each needs what NEEDS says (dateNeeds.test.ts). */
export const NEEDS_OF = { night: NIGHT, ago: AGO, after: AFTER };
export { NEEDS };

/** Every date the sentence gives, where it stands. */
function dateOptions(sentence: string, context: DateContext): DateOption[] {
  if (!mayHoldDate(sentence, context.language)) return [];
  const pub = context.published ? fromIso(context.published) : null;
  const options: DateOption[] = [];

  const night = NIGHT[context.language];
  const nightSpans: [number, number][] = [];
  if (night && mayHave(NEEDS.night[context.language], sentence)) {
    for (const m of allMatches(night, sentence)) {
      const exprs = findDateExpressions(m[0], context.language).filter((e) => e.weekday !== undefined);
      const second = exprs[exprs.length - 1];
      if (pub !== null && second?.weekday !== undefined) {
        options.push({ at: m.index, date: weekdayDate(second.weekday, pub, !!context.future), cue: m[0] });
        nightSpans.push([m.index, m.index + m[0].length]);
      }
    }
  }
  for (const e of findDateExpressions(sentence, context.language)) {
    if (nightSpans.some(([s, t]) => e.start >= s && e.end <= t)) continue;
    if (SINCE.test(sentence.slice(Math.max(0, e.start - 25), e.start))) continue;
    const date = expressionDate(e, pub, !!context.future);
    if (date !== null) options.push({ at: e.start, date, cue: e.text });
  }
  if (pub !== null) {
    for (const [re, offset] of RELATIVE[context.language]) {
      for (const m of allMatches(re, sentence)) options.push({ at: m.index, date: pub + offset * DAY, cue: m[0] });
    }
    const ago = AGO[context.language];
    for (const m of ago && mayHave(NEEDS.ago[context.language], sentence) ? allMatches(ago, sentence) : []) {
      // "Depuis le début de leur offensive il y a deux semaines": when a state began.
      if (/(?:depuis|since)[^,;]*$/iu.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
      const n = countOf(m[1]!);
      // "il y a quelques jours" names no day; "il y a quelques mois" still puts the change well before.
      const vague = VAGUE.has(m[1]!.toLowerCase());
      if (n !== undefined && !(vague && unitDays(m[2]!) < 30)) options.push({ at: m.index, date: pub - n * unitDays(m[2]!) * DAY, cue: m[0] });
    }
  }
  // "N days after ...": that long before the sentence's own day, for the words of the phrase.
  for (const m of mayHave(NEEDS.after[context.language], sentence) ? allMatches(AFTER[context.language], sentence) : []) {
    const n = context.language === 'ar' || VAGUE.has(m[1]!.toLowerCase()) ? undefined : countOf(m[1]!);
    const span = context.language === 'ar' ? AR_SPANS[m[1]!] : n === undefined ? undefined : n * unitDays(m[2]!);
    const own = options.filter((o) => o.until === undefined).sort((a, b) => Math.abs(a.at - m.index) - Math.abs(b.at - m.index))[0];
    const ref = own?.date ?? pub;
    if (span === undefined || ref === null) continue;
    const stop = sentence.slice(m.index + m[0].length).search(/[,;.:!?،]/u);
    options.push({ at: m.index, date: ref - span * DAY, cue: m[0], until: stop < 0 ? sentence.length : m.index + m[0].length + stop });
  }
  return options;
}

function expressionDate(e: DateExpression, pub: number | null, future: boolean): number | null {
  if (e.day !== undefined && e.month !== undefined) {
    const year = e.year ?? (pub !== null ? new Date(pub).getUTCFullYear() : null);
    if (year === null) return null;
    let t = Date.UTC(year, e.month - 1, e.day);
    // "le 28 décembre" read in January: last year's.
    if (e.year === undefined && pub !== null && t > pub + 45 * DAY) t = Date.UTC(year - 1, e.month - 1, e.day);
    return t;
  }
  if (pub === null || e.weekday === undefined) return null;
  if (e.yesterday) return pub - DAY;
  if (e.day !== undefined) {
    // "vendredi 9": the nearest Friday the 9th around publication.
    for (let k = 0; k <= 60; k++) {
      for (const t of [pub - k * DAY, pub + k * DAY]) {
        const d = new Date(t);
        if (d.getUTCDay() === e.weekday && d.getUTCDate() === e.day) return t;
      }
    }
    return null;
  }
  return weekdayDate(e.weekday, pub, future);
}

/** The latest such weekday not after publication, or in the future tense the next one from it. */
export function weekdayDate(weekday: number, pub: number, future: boolean): number {
  const today = new Date(pub).getUTCDay();
  if (future) return pub + ((weekday - today + 7) % 7) * DAY;
  return pub - ((today - weekday + 7) % 7) * DAY;
}

