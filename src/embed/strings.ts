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
