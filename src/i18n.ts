// UI strings, one table per language. Adding a language = adding a key to
// `strings` (and, for map labels, a `name_<lang>` property in the data).

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
  creditsHeading: string;
  creditsTexts: string;
  /** Summary of the outlet list, e.g. "29 médias". */
  outletCount: (count: number) => string;
  creditsPlaces: string;
  creditsMap: string;
  loading: string;
  dataError: string;
}

// The title stays "Aleppo front lines, 2016" in every language: it is the
// project's name. Only what is around it is translated.
export const strings: Record<Lang, Strings> = {
  fr: {
    langName: 'Français',
    title: 'Aleppo front lines, 2016',
    description:
      'Les quartiers d’Alep nommés par la presse pendant la bataille de 2016. Chaque cercle est un quartier, à la taille de sa superficie.',
    mapLabel: 'Carte des quartiers d’Alep',
    languageLabel: 'Langue',
    creditsHeading: 'Sources',
    creditsTexts: 'Textes',
    outletCount: (count) => `${count} médias`,
    creditsPlaces: 'Lieux',
    creditsMap: 'Carte',
    loading: 'Chargement de la carte…',
    dataError: 'Les données des quartiers n’ont pas pu être chargées.',
  },
  en: {
    langName: 'English',
    title: 'Aleppo front lines, 2016',
    description:
      'The neighbourhoods of Aleppo named by the press during the 2016 battle. Each circle is a neighbourhood, sized by its area.',
    mapLabel: 'Map of the neighbourhoods of Aleppo',
    languageLabel: 'Language',
    creditsHeading: 'Sources',
    creditsTexts: 'Texts',
    outletCount: (count) => `${count} outlets`,
    creditsPlaces: 'Places',
    creditsMap: 'Map',
    loading: 'Loading the map…',
    dataError: 'The neighbourhood data could not be loaded.',
  },
  ar: {
    langName: 'العربية',
    title: 'Aleppo front lines, 2016',
    description:
      'أحياء حلب التي ذكرتها الصحافة خلال معركة عام 2016. كل دائرة حيّ، وحجمها بحسب مساحته.',
    mapLabel: 'خريطة أحياء حلب',
    languageLabel: 'اللغة',
    creditsHeading: 'المصادر',
    creditsTexts: 'النصوص',
    outletCount: (count) => `${count.toLocaleString('ar')} وسيلة إعلامية`,
    creditsPlaces: 'الأماكن',
    creditsMap: 'الخريطة',
    loading: 'جارٍ تحميل الخريطة…',
    dataError: 'تعذّر تحميل بيانات الأحياء.',
  },
};

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
