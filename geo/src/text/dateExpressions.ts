/**
 * Dates as the press writes them, in French, English and Arabic: "ce vendredi 9",
 * "samedi 24 septembre", "le 15 novembre", "Dec. 13", "Saturday (November 26)",
 * "اليوم السبت". Used to infer a publication date now and to date events later.
 */
import type { Language } from './language';
import { fold } from './normalise';
import { eachMatch } from './matching';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday?: number;
  day?: number;
  /** 1-12. */
  month?: number;
  year?: number;
  /** Says the day is the day of writing ("ce vendredi", "today", "اليوم"). */
  today?: boolean;
  /** Says the day is the day before the day of writing ("hier", "yesterday", "أمس"). */
  yesterday?: boolean;
}

const FR_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

const FR_MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};
const EN_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const bare = (s: string) => fold(s).replace(/\.$/, '');

function alternation(words: string[]): string {
  return words.sort((a, b) => b.length - a.length).join('|');
}

// Month names are matched accent-blind: "décembre", "Décembre", "decembre".
const FR_MONTH_RE = '(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)';
const EN_MONTH_RE = `(${alternation(Object.keys(EN_MONTHS).map((m) => (m.length <= 4 ? `${m}\\.?` : m)))})`;

const PATTERNS: Record<Language, RegExp[]> = {
  fr: [
    new RegExp(`(?:\\b(ce|cette|aujourd'hui|aujourd’hui|hier)\\s+)?\\b(${FR_WEEKDAYS.join('|')})(?:\\s+(\\d{1,2})(?:er)?(?!\\s*(?:h\\b|heures|%|\\d)))?(?:\\s+${FR_MONTH_RE})?(?:\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`\\b(\\d{1,2})(?:er)?\\s+${FR_MONTH_RE}(?:\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`${FR_MONTH_RE}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'giu'),
  ],
  en: [
    new RegExp(`(?:\\b(today|this|yesterday)[,\\s]+)?\\b(${EN_WEEKDAYS.join('|')})(?:,?\\s+\\(?${EN_MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\)?)?(?:,?\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`\\b${EN_MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'giu'),
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH_RE}(?:,?\\s+(\\d{4}))?`, 'giu'),
  ],
  ar: [new RegExp(`(?:(اليوم|أمس|امس)\\s+)?(?:يوم\\s+)?(${AR_WEEKDAYS.join('|')}|الإثنين)`, 'gu')],
};

/**
 * What each pattern above cannot match without, as quick tests with the pattern's own flags: the
 * first a weekday's name, the others a digit. Most sentences have neither, and the patterns
 * (which try every position of the text) are not run on them; what is found is the same.
 */
const WEEKDAY_NAME: Record<Language, RegExp> = {
  fr: new RegExp(FR_WEEKDAYS.join('|'), 'iu'),
  en: new RegExp(EN_WEEKDAYS.join('|'), 'iu'),
  ar: new RegExp(`${AR_WEEKDAYS.join('|')}|الإثنين`, 'u'),
};
const DIGIT = /\d/u;

/** For the test that each pattern needs what these say (dateNeeds.test.ts). */
export const DATE_PATTERNS = { patterns: PATTERNS, weekdayName: WEEKDAY_NAME, digit: DIGIT };

/** Every date expression of a text, longest first where two overlap. */
export function findDateExpressions(text: string, language: Language): DateExpression[] {
  const found: DateExpression[] = [];
  const [weekdayRe, dayMonthRe, monthDayRe] = PATTERNS[language];
  const weekday = WEEKDAY_NAME[language].test(text);
  const digit = DIGIT.test(text);
  if (!weekday && !digit) return found;
  // eachMatch rather than matchAll, which copies the pattern on every call (once per dated sentence).
  if (weekday) eachMatch(weekdayRe!, text, (m) => {
    if (language === 'ar') {
      found.push(arabicWeekday(m));
      return;
    }
    const marker = m[1]?.toLowerCase();
    const expr: DateExpression = { start: m.index, end: m.index + m[0].length, text: m[0], weekday: weekdayIndex(m[2]!, language) };
    if (language === 'fr') setDate(expr, m[3], m[4], m[5], FR_MONTHS);
    else setDate(expr, m[4], m[3], m[5], EN_MONTHS);
    if (marker && /^(ce|cette|aujourd|today|this)/.test(marker)) expr.today = true;
    if (marker && /^(hier|yesterday)/.test(marker)) expr.yesterday = true;
    found.push(expr);
  });
  if (dayMonthRe && digit) {
    eachMatch(dayMonthRe, text, (m) => {
      const expr: DateExpression = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (language === 'en' && m[0].match(/^\D/)) setDate(expr, m[2], m[1], m[3], EN_MONTHS);
      else setDate(expr, m[1], m[2], m[3], language === 'fr' ? FR_MONTHS : EN_MONTHS);
      found.push(expr);
    });
  }
  if (monthDayRe && digit) {
    eachMatch(monthDayRe, text, (m) => {
      const expr: DateExpression = { start: m.index, end: m.index + m[0].length, text: m[0] };
      if (language === 'fr') setDate(expr, m[2], m[1], m[3], FR_MONTHS);
      else setDate(expr, m[1], m[2], m[3], EN_MONTHS);
      found.push(expr);
    });
  }
  return keepLongest(found.filter((e) => e.weekday !== undefined || e.month !== undefined));
}

function arabicWeekday(m: RegExpMatchArray): DateExpression {
  const name = m[2] === 'الإثنين' ? 'الاثنين' : m[2]!;
  const expr: DateExpression = { start: m.index!, end: m.index! + m[0].length, text: m[0], weekday: AR_WEEKDAYS.indexOf(name) };
  if (m[1] === 'اليوم') expr.today = true;
  if (m[1] === 'أمس' || m[1] === 'امس') expr.yesterday = true;
  return expr;
}

function weekdayIndex(name: string, language: Language): number {
  return (language === 'fr' ? FR_WEEKDAYS : EN_WEEKDAYS).indexOf(name.toLowerCase());
}

function setDate(
  expr: DateExpression,
  day: string | undefined,
  month: string | undefined,
  year: string | undefined,
  months: Record<string, number>,
): void {
  if (day) {
    const d = Number(day);
    if (d >= 1 && d <= 31) expr.day = d;
  }
  if (month) {
    const n = months[bare(month)];
    if (n) expr.month = n;
  }
  if (year) expr.year = Number(year);
}

function keepLongest(list: DateExpression[]): DateExpression[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateExpression[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && e.start < last.end) {
      if (e.end - e.start > last.end - last.start) kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  return kept;
}
