// Words for embedding, images and downloads, in the map's three languages
// (kept apart from i18n.ts so each stage owns its own words).
import type { Lang } from '../i18n';

export interface EmbedStrings {
  /** MapLibre's cooperative-gesture help, shown over the map when the page scrolls past it. */
  coopWindows: string;
  coopMac: string;
  coopMobile: string;
  embedButton: string;
  embedHeading: string;
  embedIntro: string;
  embedCodeLabel: string;
  embedResizeNote: string;
  copy: string;
  copied: string;
  startLabel: string;
  endLabel: string;
  autoplayLabel: string;
  controlsLabel: string;
  controlNames: Record<'title' | 'legend' | 'slider' | 'play' | 'search' | 'shares' | 'link', string>;
  themeLabel: string;
  themeNames: Record<'auto' | 'light' | 'dark', string>;
  /** Under the day fields: the format and the days the timeline covers. */
  dayHint: (from: string, to: string) => string;
  dayFormatError: string;
  dayRangeError: string;
  idLabel: string;
  idHint: string;
  idError: string;
  previewLabel: string;
  previewTitle: string;
  /** Shown with the still when the interactive map cannot load (no data, no WebGL, a script error). */
  mapFailed: string;
  /** The page's own still (index.html), shown while the app has not drawn: true whether it is loading or failed. */
  stillNote: string;
  fullMap: string;
  /** The iframe's title: what a screen reader announces before entering it. */
  frameTitle: string;
  /** Alt text of the static image: the day, and how many districts each side held. */
  imageAlt: (date: string, counts: string) => string;
  imageCaption: (date: string) => string;
  downloadsHeading: string;
  png: string;
  dayGeojson: string;
  dayCsv: string;
  timelineGeojson: string;
  timelineCsv: string;
  eventsCsv: string;
  acledCsv: string;
  downloadNote: string;
  close: string;
}

export const embedStrings: Record<Lang, EmbedStrings> = {
  fr: {
    coopWindows: 'Ctrl + molette pour zoomer sur la carte',
    coopMac: '⌘ + molette pour zoomer sur la carte',
    coopMobile: 'Deux doigts pour déplacer la carte',
    embedButton: 'Intégrer',
    embedHeading: 'Intégrer cette carte dans un article',
    embedIntro:
      'Collez ce code dans votre article. La carte s’ouvre au jour et sur le quartier affichés ici, et prend la hauteur qu’il lui faut.',
    embedCodeLabel: 'Code à coller',
    embedResizeNote:
      'Le petit script règle la hauteur avec le message « datawrapper-height » : les pages qui affichent déjà des graphiques Datawrapper n’en ont pas besoin.',
    copy: 'Copier le code',
    copied: 'Copié',
    startLabel: 'Premier jour',
    endLabel: 'Dernier jour',
    autoplayLabel: 'Lecture automatique',
    controlsLabel: 'Éléments affichés',
    controlNames: {
      title: 'titre',
      legend: 'légende',
      slider: 'curseur de date',
      play: 'lecture',
      search: 'recherche',
      shares: 'bilan du jour',
      link: 'lien vers la carte complète',
    },
    themeLabel: 'Thème',
    themeNames: { auto: 'celui du lecteur', light: 'clair', dark: 'sombre' },
    dayHint: (from, to) => `AAAA-MM-JJ, du ${from} au ${to}.`,
    dayFormatError: 'Ce n’est pas une date AAAA-MM-JJ : la précédente reste.',
    dayRangeError: 'Hors de la chronologie : la précédente reste.',
    idLabel: 'Identifiant',
    idHint: 'Un par carte de la page : lettres, chiffres, - et _. Chaque ouverture de cette fenêtre en donne un nouveau.',
    idError: 'Lettres, chiffres, - et _ seulement (64 au plus) : le précédent reste.',
    previewLabel: 'Aperçu',
    previewTitle: 'Aperçu de la carte intégrée',
    mapFailed: 'La carte interactive n’a pas pu s’afficher ici. Voici la carte du jour en image.',
    stillNote: 'La carte interactive ne s’affiche pas ? La voici en image.',
    fullMap: 'Carte complète et sources',
    frameTitle: 'Carte : qui tenait chaque quartier d’Alep en 2016, jour par jour',
    imageAlt: (date, counts) => `Carte des quartiers d’Alep le ${date} : ${counts}.`,
    imageCaption: (date) => `Alep, ${date}. Carte interactive et sources :`,
    downloadsHeading: 'Télécharger',
    png: 'Image de la vue (PNG)',
    dayGeojson: 'Ce jour, quartiers (GeoJSON)',
    dayCsv: 'Ce jour, quartiers (CSV)',
    timelineGeojson: 'Toute la chronologie (GeoJSON)',
    timelineCsv: 'Toute la chronologie (CSV)',
    eventsCsv: 'Événements et citations (CSV)',
    acledCsv: 'Événements, colonnes ACLED (CSV)',
    downloadNote: 'Chaque fichier porte ses sources et ses crédits.',
    close: 'Fermer',
  },
  en: {
    coopWindows: 'Use Ctrl + scroll to zoom the map',
    coopMac: 'Use ⌘ + scroll to zoom the map',
    coopMobile: 'Use two fingers to move the map',
    embedButton: 'Embed',
    embedHeading: 'Embed this map in an article',
    embedIntro:
      'Paste this code into your article. The map opens on the day and district shown here and takes the height it needs.',
    embedCodeLabel: 'Code to paste',
    embedResizeNote:
      'The small script sets the height from the “datawrapper-height” message: pages that already show Datawrapper charts do not need it.',
    copy: 'Copy the code',
    copied: 'Copied',
    startLabel: 'First day',
    endLabel: 'Last day',
    autoplayLabel: 'Play on load',
    controlsLabel: 'What to show',
    controlNames: {
      title: 'title',
      legend: 'legend',
      slider: 'date slider',
      play: 'play',
      search: 'search',
      shares: 'day’s balance',
      link: 'link to the full map',
    },
    themeLabel: 'Theme',
    themeNames: { auto: 'the reader’s', light: 'light', dark: 'dark' },
    dayHint: (from, to) => `YYYY-MM-DD, ${from} to ${to}.`,
    dayFormatError: 'Not a YYYY-MM-DD date: the previous one stands.',
    dayRangeError: 'Outside the timeline: the previous one stands.',
    idLabel: 'Id',
    idHint: 'One per map on the page: letters, digits, - and _. Each time this window opens it gives a new one.',
    idError: 'Letters, digits, - and _ only (64 at most): the previous one stands.',
    previewLabel: 'Preview',
    previewTitle: 'Preview of the embedded map',
    mapFailed: 'The interactive map could not be shown here. This is the day’s map as a picture.',
    stillNote: 'Interactive map not showing? Here it is as a picture.',
    fullMap: 'Full map and sources',
    frameTitle: 'Map: who held each neighbourhood of Aleppo in 2016, day by day',
    imageAlt: (date, counts) => `Map of Aleppo’s neighbourhoods on ${date}: ${counts}.`,
    imageCaption: (date) => `Aleppo, ${date}. Interactive map and sources:`,
    downloadsHeading: 'Download',
    png: 'Image of this view (PNG)',
    dayGeojson: 'This day, neighbourhoods (GeoJSON)',
    dayCsv: 'This day, neighbourhoods (CSV)',
    timelineGeojson: 'Whole timeline (GeoJSON)',
    timelineCsv: 'Whole timeline (CSV)',
    eventsCsv: 'Events and quotes (CSV)',
    acledCsv: 'Events, ACLED columns (CSV)',
    downloadNote: 'Every file carries its sources and credits.',
    close: 'Close',
  },
  ar: {
    coopWindows: 'استخدم Ctrl مع عجلة الفأرة لتكبير الخريطة',
    coopMac: 'استخدم ⌘ مع عجلة الفأرة لتكبير الخريطة',
    coopMobile: 'استخدم إصبعين لتحريك الخريطة',
    embedButton: 'تضمين',
    embedHeading: 'تضمين هذه الخريطة في مقال',
    embedIntro: 'الصق هذه الشيفرة في مقالك. تُفتح الخريطة على اليوم والحي المعروضين هنا، وتأخذ الارتفاع الذي تحتاجه.',
    embedCodeLabel: 'الشيفرة',
    embedResizeNote:
      'يضبط السكربت الصغير الارتفاع عبر رسالة «datawrapper-height»، ولا تحتاجه الصفحات التي تعرض رسوم Datawrapper أصلاً.',
    copy: 'انسخ الشيفرة',
    copied: 'تم النسخ',
    startLabel: 'اليوم الأول',
    endLabel: 'اليوم الأخير',
    autoplayLabel: 'تشغيل تلقائي',
    controlsLabel: 'ما يُعرض',
    controlNames: {
      title: 'العنوان',
      legend: 'مفتاح الألوان',
      slider: 'شريط التاريخ',
      play: 'التشغيل',
      search: 'البحث',
      shares: 'حصيلة اليوم',
      link: 'رابط الخريطة الكاملة',
    },
    themeLabel: 'المظهر',
    themeNames: { auto: 'مظهر القارئ', light: 'فاتح', dark: 'داكن' },
    dayHint: (from, to) => `YYYY-MM-DD، من ${from} إلى ${to}.`,
    dayFormatError: 'ليس تاريخاً بصيغة YYYY-MM-DD: يبقى التاريخ السابق.',
    dayRangeError: 'خارج الجدول الزمني: يبقى التاريخ السابق.',
    idLabel: 'المعرّف',
    idHint: 'معرّف لكل خريطة في الصفحة: أحرف لاتينية وأرقام و- و_. كل فتح لهذه النافذة يعطي معرّفاً جديداً.',
    idError: 'أحرف لاتينية وأرقام و- و_ فقط (64 على الأكثر): يبقى المعرّف السابق.',
    previewLabel: 'معاينة',
    previewTitle: 'معاينة الخريطة المضمّنة',
    mapFailed: 'تعذّر عرض الخريطة التفاعلية هنا. هذه خريطة اليوم كصورة.',
    stillNote: 'لا تظهر الخريطة التفاعلية؟ إليكها كصورة.',
    fullMap: 'الخريطة الكاملة والمصادر',
    frameTitle: 'خريطة: من كان يسيطر على كل حي من أحياء حلب في 2016، يوماً بيوم',
    imageAlt: (date, counts) => `خريطة أحياء حلب في ${date}: ${counts}.`,
    imageCaption: (date) => `حلب، ${date}. الخريطة التفاعلية والمصادر:`,
    downloadsHeading: 'تنزيل',
    png: 'صورة هذا العرض (PNG)',
    dayGeojson: 'هذا اليوم، الأحياء (GeoJSON)',
    dayCsv: 'هذا اليوم، الأحياء (CSV)',
    timelineGeojson: 'الجدول الزمني كاملاً (GeoJSON)',
    timelineCsv: 'الجدول الزمني كاملاً (CSV)',
    eventsCsv: 'الأحداث والاقتباسات (CSV)',
    acledCsv: 'الأحداث بأعمدة ACLED ‏(CSV)',
    downloadNote: 'يحمل كل ملف مصادره وإشاراته.',
    close: 'إغلاق',
  },
};
