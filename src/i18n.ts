// UI strings, one table per language. Adding a language = adding a key to
// `strings` (and, for map labels, a `name_<lang>` property in the data).
import type { Control } from '../geo/src/contract';
import { plural } from './model/plural';

export const LANGS = ['fr', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

export interface Strings {
  /** Name of the language, written in that language (for the switcher). */
  langName: string;
  title: string;
  description: string;
  mapLabel: string;
  languageLabel: string;
  /** The phone's button that opens the intro, search, balance, downloads and credits. */
  menu: string;
  creditsHeading: string;
  creditsTexts: string;
  /** Summary of the outlet list, e.g. "29 médias". */
  outletCount: (count: number) => string;
  /** The same before the articles are fetched (the reader's first move fetches them). */
  outletsFolded: string;
  /** The legend's pale fill (also the panel's). */
  weakLegend: string;
  /** A source without an outlet, by its title (or id). */
  articleNamed: (name: string) => string;
  /** The button that opens the table view. */
  tableButton: string;
  creditsPlaces: string;
  creditsMap: string;
  creditsBaseline: string;
  creditsBaselineText: string;
  loading: string;
  dataError: string;
  noTimeline: string;
  /** A data file is missing or malformed and the page cannot show the map's story. */
  dataUnusable: string;
  /** Some data file is wrong but the rest is shown. */
  dataPartial: string;
  dataMissing: string;
  dataMalformed: (problem: string) => string;
  /** Controllers, as a legend entry and in running text. */
  control: Record<Control, string>;
  legendHeading: string;
  frontLine: string;
  changedToday: string;
  approximateNote: string;
  // Time
  timeHeading: string;
  /** " : " in French, ": " elsewhere. */
  colon: string;
  dateSlider: string;
  play: string;
  pause: string;
  speed: string;
  speeds: (perSecond: number) => string;
  previousDay: string;
  nextDay: string;
  previousChange: string;
  nextChange: string;
  changeDay: string;
  keysHelp: string;
  // Shares
  sharesHeading: string;
  neighbourhoodsCount: (count: number) => string;
  areaKm2: (km2: number) => string;
  regimeShare: (percent: string) => string;
  sharesChartLabel: string;
  // Districts
  searchLabel: string;
  searchPlaceholder: string;
  searchNone: string;
  searchResults: (count: number) => string;
  close: string;
  namesHeading: string;
  controlledSince: (controller: string, date: string) => string;
  beforeTimeline: string;
  historyHeading: string;
  periodRange: (from: string, until: string | null) => string;
  baselineLabel: string;
  flagged: string;
  quotesHeading: string;
  otherQuotesHeading: (count: number) => string;
  readArticle: string;
  unknownOutlet: string;
  unknownDate: string;
  noEvents: string;
  baselineSources: (date: string, confidence: string) => string;
  noBaselineSources: string;
  notOnMap: string;
  hoverHint: string;
  mapKeysHint: string;
  atCentre: (name: string, controller: string) => string;
  nothingAtCentre: string;
}

// The title stays "Aleppo front lines, 2016" in every language: it is the
// project's name. Only what is around it is translated.
export const strings: Record<Lang, Strings> = {
  fr: {
    langName: 'Français',
    title: 'Aleppo front lines, 2016',
    description:
      'Qui tenait chaque quartier d’Alep, jour après jour, pendant la bataille de 2016, d’après ce qu’en dit la presse. Chaque couleur renvoie à une citation.',
    mapLabel: 'Carte des quartiers d’Alep',
    languageLabel: 'Langue',
    menu: 'Menu',
    creditsHeading: 'Sources',
    creditsTexts: 'Textes',
    outletsFolded: 'Médias cités',
    weakLegend: 'teinte pâle : déduit ou état initial seulement, non rapporté pour le quartier lui-même',
    articleNamed: (name) => `article « ${name} »`,
    tableButton: 'Tableau',
    outletCount: (count) => plural('fr', count, { one: (n) => `${n} média`, other: (n) => `${n} médias` }),
    creditsPlaces: 'Lieux',
    creditsMap: 'Carte',
    creditsBaseline: 'État au 15 septembre',
    creditsBaselineText: 'relevé éditorial, sources par quartier dans sa fiche',
    loading: 'Chargement de la carte…',
    dataError: 'Les données des quartiers n’ont pas pu être chargées.',
    noTimeline: 'La chronologie n’est pas encore construite (timeline.json manque).',
    dataUnusable: 'La carte ne peut pas s’afficher : ses données manquent ou sont abîmées. Reconstruisez-les (npm run build) ou prévenez la rédaction.',
    dataPartial: 'Une partie des données est abîmée ; la carte montre le reste :',
    dataMissing: 'introuvable',
    dataMalformed: (problem) => `mal formé (${problem})`,
    control: {
      regime: 'régime',
      rebel: 'rebelles',
      kurdish: 'forces kurdes',
      contested: 'disputé',
      unknown: 'inconnu',
    },
    legendHeading: 'Qui tient le quartier',
    frontLine: 'ligne de front',
    changedToday: 'a changé ce jour-là',
    approximateNote: 'Formes approximatives : certains quartiers sont dessinés d’après leur centre et leur superficie, pas d’après un relevé.',
    timeHeading: 'Date',
    colon: ' : ',
    dateSlider: 'Date affichée',
    play: 'Lecture',
    pause: 'Pause',
    speed: 'Vitesse',
    speeds: (count) => plural('fr', count, { one: (n) => `${n} jour/s`, other: (n) => `${n} jours/s` }),
    previousDay: 'Jour précédent',
    nextDay: 'Jour suivant',
    previousChange: 'Changement précédent',
    nextChange: 'Changement suivant',
    changeDay: 'jour de changement',
    keysHelp: 'Clavier : , et . jour précédent/suivant ; [ et ] changement précédent/suivant ; espace lecture/pause.',
    sharesHeading: 'Ce jour-là',
    neighbourhoodsCount: (count) => plural('fr', count, { one: (n) => `${n} quartier`, other: (n) => `${n} quartiers` }),
    areaKm2: (km2) => `${km2.toLocaleString('fr', { maximumFractionDigits: 1 })} km²`,
    regimeShare: (p) => `Le régime tient ${p} de ce que les rebelles tenaient le 15 septembre.`,
    sharesChartLabel: 'Superficie tenue par chaque camp, du 15 septembre à la fin',
    searchLabel: 'Chercher un quartier',
    searchPlaceholder: 'Cheikh Saïd, Bustan al-Qasr, الشعار…',
    searchNone: 'Aucun quartier de ce nom.',
    searchResults: (count) => plural('fr', count, { one: (n) => `${n} quartier trouvé`, other: (n) => `${n} quartiers trouvés` }),
    close: 'Fermer',
    namesHeading: 'Noms',
    controlledSince: (who, date) => `${who} depuis le ${date}`,
    beforeTimeline: 'pas d’information à cette date',
    historyHeading: 'Historique',
    periodRange: (from, until) => (until ? `du ${from} au ${until}` : `depuis le ${from}`),
    baselineLabel: 'état initial',
    flagged: 'Sources en désaccord',
    quotesHeading: 'Ce que disent les sources',
    otherQuotesHeading: (c) => `Autres mentions du quartier (${c})`,
    readArticle: 'lire l’article',
    unknownOutlet: 'média non précisé',
    unknownDate: 'date inconnue',
    noEvents: 'Aucun article du corpus ne rapporte de changement pour ce quartier.',
    baselineSources: (date, confidence) => `Sa couleur vient de l’état initial au ${date} (confiance : ${confidence}) :`,
    noBaselineSources: 'Sa couleur vient de l’état initial au 15 septembre 2016.',
    notOnMap: 'Ce lieu n’a pas de position connue : il n’est pas sur la carte.',
    hoverHint: 'Cliquez pour voir les sources',
    mapKeysHint: 'Flèches : déplacer la carte ; Entrée : ouvrir le quartier au centre.',
    atCentre: (name, who) => `Au centre : ${name}, ${who}. Entrée pour ouvrir.`,
    nothingAtCentre: 'Aucun quartier au centre de la carte.',
  },
  en: {
    langName: 'English',
    title: 'Aleppo front lines, 2016',
    description:
      'Who held each neighbourhood of Aleppo, day by day, during the 2016 battle, according to the press. Every colour leads to a quote.',
    mapLabel: 'Map of the neighbourhoods of Aleppo',
    languageLabel: 'Language',
    menu: 'Menu',
    creditsHeading: 'Sources',
    creditsTexts: 'Texts',
    outletsFolded: 'Outlets quoted',
    weakLegend: 'pale fill: inferred or starting state only, not reported for the neighbourhood itself',
    articleNamed: (name) => `article “${name}”`,
    tableButton: 'Table',
    outletCount: (count) => plural('en', count, { one: (n) => `${n} outlet`, other: (n) => `${n} outlets` }),
    creditsPlaces: 'Places',
    creditsMap: 'Map',
    creditsBaseline: 'State on 15 September',
    creditsBaselineText: 'editorial survey, sources per neighbourhood in its panel',
    loading: 'Loading the map…',
    dataError: 'The neighbourhood data could not be loaded.',
    noTimeline: 'The timeline is not built yet (timeline.json is missing).',
    dataUnusable: 'The map cannot be shown: its data is missing or damaged. Rebuild it (npm run build) or tell the newsroom.',
    dataPartial: 'Part of the data is damaged; the map shows the rest:',
    dataMissing: 'not found',
    dataMalformed: (problem) => `malformed (${problem})`,
    control: {
      regime: 'regime',
      rebel: 'rebels',
      kurdish: 'Kurdish forces',
      contested: 'contested',
      unknown: 'unknown',
    },
    legendHeading: 'Who holds the neighbourhood',
    frontLine: 'front line',
    changedToday: 'changed on this day',
    approximateNote: 'Approximate shapes: some neighbourhoods are drawn from their centre and area, not from a survey.',
    timeHeading: 'Date',
    colon: ': ',
    dateSlider: 'Date shown',
    play: 'Play',
    pause: 'Pause',
    speed: 'Speed',
    speeds: (count) => plural('en', count, { one: (n) => `${n} day/s`, other: (n) => `${n} days/s` }),
    previousDay: 'Previous day',
    nextDay: 'Next day',
    previousChange: 'Previous change',
    nextChange: 'Next change',
    changeDay: 'change day',
    keysHelp: 'Keys: , and . previous/next day; [ and ] previous/next change; space play/pause.',
    sharesHeading: 'On this day',
    neighbourhoodsCount: (count) => plural('en', count, { one: (n) => `${n} neighbourhood`, other: (n) => `${n} neighbourhoods` }),
    areaKm2: (km2) => `${km2.toLocaleString('en', { maximumFractionDigits: 1 })} km²`,
    regimeShare: (p) => `The regime holds ${p} of what the rebels held on 15 September.`,
    sharesChartLabel: 'Area held by each side, from 15 September to the end',
    searchLabel: 'Find a neighbourhood',
    searchPlaceholder: 'Sheikh Saeed, Boustane al-Qasr, الشعار…',
    searchNone: 'No neighbourhood by that name.',
    searchResults: (count) => plural('en', count, { one: (n) => `${n} neighbourhood found`, other: (n) => `${n} neighbourhoods found` }),
    close: 'Close',
    namesHeading: 'Names',
    controlledSince: (who, date) => `${who} since ${date}`,
    beforeTimeline: 'nothing known on this date',
    historyHeading: 'History',
    periodRange: (from, until) => (until ? `${from} to ${until}` : `since ${from}`),
    baselineLabel: 'starting state',
    flagged: 'Sources disagree',
    quotesHeading: 'What the sources say',
    otherQuotesHeading: (c) => `Other mentions of the neighbourhood (${c})`,
    readArticle: 'read the article',
    unknownOutlet: 'outlet not given',
    unknownDate: 'date unknown',
    noEvents: 'No article in the corpus reports a change for this neighbourhood.',
    baselineSources: (date, confidence) => `Its colour comes from the starting state on ${date} (confidence: ${confidence}):`,
    noBaselineSources: 'Its colour comes from the starting state on 15 September 2016.',
    notOnMap: 'This place has no known position: it is not on the map.',
    hoverHint: 'Click to see the sources',
    mapKeysHint: 'Arrows: move the map; Enter: open the neighbourhood at the centre.',
    atCentre: (name, who) => `At the centre: ${name}, ${who}. Enter to open.`,
    nothingAtCentre: 'No neighbourhood at the centre of the map.',
  },
  ar: {
    langName: 'العربية',
    title: 'Aleppo front lines, 2016',
    description:
      'من كان يسيطر على كل حي من أحياء حلب، يومًا بيوم، خلال معركة عام ٢٠١٦، بحسب ما نشرته الصحافة. كل لون يقود إلى اقتباس.',
    mapLabel: 'خريطة أحياء حلب',
    languageLabel: 'اللغة',
    menu: 'القائمة',
    creditsHeading: 'المصادر',
    creditsTexts: 'النصوص',
    outletsFolded: 'وسائل الإعلام المقتبس منها',
    weakLegend: 'لون باهت: مستنتج أو من الوضع الأولي فقط، لم يُذكر الحي نفسه',
    articleNamed: (name) => `مقال «${name}»`,
    tableButton: 'جدول',
    outletCount: (count) =>
      plural('ar', count, {
        zero: () => 'لا وسائل إعلامية',
        one: () => 'وسيلة إعلامية واحدة',
        two: () => 'وسيلتان إعلاميتان',
        few: (n) => `${n} وسائل إعلامية`,
        other: (n) => `${n} وسيلة إعلامية`,
      }),
    creditsPlaces: 'الأماكن',
    creditsMap: 'الخريطة',
    creditsBaseline: 'الوضع في ١٥ أيلول',
    creditsBaselineText: 'مسح تحريري، ومصادر كل حي في بطاقته',
    loading: 'جارٍ تحميل الخريطة…',
    dataError: 'تعذّر تحميل بيانات الأحياء.',
    noTimeline: 'لم يُبنَ التسلسل الزمني بعد (timeline.json غير موجود).',
    dataUnusable: 'تعذّر عرض الخريطة: بياناتها مفقودة أو تالفة. أعيدوا بناءها (npm run build) أو أبلغوا غرفة الأخبار.',
    dataPartial: 'جزء من البيانات تالف؛ تعرض الخريطة الباقي:',
    dataMissing: 'غير موجود',
    dataMalformed: (problem) => `بصيغة غير صحيحة (${problem})`,
    control: {
      regime: 'النظام',
      rebel: 'المعارضة',
      kurdish: 'القوات الكردية',
      contested: 'متنازع عليه',
      unknown: 'غير معروف',
    },
    legendHeading: 'من يسيطر على الحي',
    frontLine: 'خط الجبهة',
    changedToday: 'تغيّر في هذا اليوم',
    approximateNote: 'أشكال تقريبية: بعض الأحياء مرسومة انطلاقًا من مركزها ومساحتها، لا من مسح ميداني.',
    timeHeading: 'التاريخ',
    colon: ': ',
    dateSlider: 'التاريخ المعروض',
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    speed: 'السرعة',
    speeds: (count) =>
      plural('ar', count, {
        one: () => 'يوم/ث',
        two: () => 'يومان/ث',
        few: (n) => `${n} أيام/ث`,
        many: (n) => `${n} يومًا/ث`,
        other: (n) => `${n} يوم/ث`,
      }),
    previousDay: 'اليوم السابق',
    nextDay: 'اليوم التالي',
    previousChange: 'التغيير السابق',
    nextChange: 'التغيير التالي',
    changeDay: 'يوم تغيير',
    keysHelp: 'لوحة المفاتيح: , و . اليوم السابق/التالي؛ [ و ] التغيير السابق/التالي؛ المسافة تشغيل/إيقاف.',
    sharesHeading: 'في هذا اليوم',
    neighbourhoodsCount: (count) =>
      plural('ar', count, {
        zero: () => 'لا أحياء',
        one: () => 'حي واحد',
        two: () => 'حيّان',
        few: (n) => `${n} أحياء`,
        many: (n) => `${n} حيًا`,
        other: (n) => `${n} حي`,
      }),
    areaKm2: (km2) => `${km2.toLocaleString('ar-SY', { maximumFractionDigits: 1 })} كم مربع`,
    regimeShare: (p) => `يسيطر النظام على ${p} مما كانت المعارضة تسيطر عليه في ١٥ أيلول.`,
    sharesChartLabel: 'المساحة التي يسيطر عليها كل طرف، من ١٥ أيلول حتى النهاية',
    searchLabel: 'البحث عن حي',
    searchPlaceholder: 'الشيخ سعيد، بستان القصر، Cheikh Saïd…',
    searchNone: 'لا يوجد حي بهذا الاسم.',
    searchResults: (count) =>
      plural('ar', count, {
        zero: () => 'لا نتائج',
        one: () => 'نتيجة واحدة',
        two: () => 'نتيجتان',
        few: (n) => `${n} نتائج`,
        other: (n) => `${n} نتيجة`,
      }),
    close: 'إغلاق',
    namesHeading: 'الأسماء',
    controlledSince: (who, date) => `${who} منذ ${date}`,
    beforeTimeline: 'لا معلومات في هذا التاريخ',
    historyHeading: 'التسلسل',
    periodRange: (from, until) => (until ? `من ${from} إلى ${until}` : `منذ ${from}`),
    baselineLabel: 'الوضع الأولي',
    flagged: 'المصادر غير متفقة',
    quotesHeading: 'ماذا تقول المصادر',
    otherQuotesHeading: (c) => `إشارات أخرى إلى الحي (${c.toLocaleString('ar-SY')})`,
    readArticle: 'قراءة المقال',
    unknownOutlet: 'وسيلة غير محددة',
    unknownDate: 'تاريخ غير معروف',
    noEvents: 'لا يذكر أي مقال في المدونة تغييرًا في هذا الحي.',
    baselineSources: (date, confidence) => `لونه مأخوذ من الوضع الأولي في ${date} (درجة الثقة: ${confidence}):`,
    noBaselineSources: 'لونه مأخوذ من الوضع الأولي في ١٥ أيلول ٢٠١٦.',
    notOnMap: 'لا يُعرف موقع هذا المكان: ليس على الخريطة.',
    hoverHint: 'انقر لرؤية المصادر',
    mapKeysHint: 'الأسهم: تحريك الخريطة؛ Enter: فتح الحي في المركز.',
    atCentre: (name, who) => `في المركز: ${name}، ${who}. اضغط Enter للفتح.`,
    nothingAtCentre: 'لا حي في مركز الخريطة.',
  },
};

/** The locale for dates, numbers and lists: British English like the text, Syrian Arabic (كانون الأول). */
export function locale(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-SY' : lang;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function textDirection(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The language asked for in the page's `?lang=` parameter, or the default. */
export function langFromUrl(url: string): Lang {
  const asked = new URL(url).searchParams.get('lang');
  return isLang(asked) ? asked : DEFAULT_LANG;
}
