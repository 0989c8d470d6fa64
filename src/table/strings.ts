// Strings of the table view, apart from src/i18n.ts.
import type { Lang } from '../i18n';

export interface TableStrings {
  caption: (date: string) => string;
  name: string;
  holder: string;
  since: string;
  confidence: string;
  source: string;
  changedToday: string;
  startingState: (date: string) => string;
  notOnMap: string;
  close: string;
  /** The day's count per side, read out on a day change while the table is open. */
  tally: (parts: string[]) => string;
}

export const tableStrings: Record<Lang, TableStrings> = {
  fr: {
    caption: (date) => `Les quartiers d’Alep le ${date}`,
    name: 'Quartier',
    holder: 'Tenu par',
    since: 'Depuis',
    confidence: 'Confiance',
    source: 'Source',
    changedToday: 'changé ce jour',
    startingState: (date) => `état initial au ${date}`,
    notOnMap: 'hors carte',
    close: 'Revenir à la carte',
    tally: (parts) => parts.join(', '),
  },
  en: {
    caption: (date) => `The neighbourhoods of Aleppo on ${date}`,
    name: 'Neighbourhood',
    holder: 'Held by',
    since: 'Since',
    confidence: 'Confidence',
    source: 'Source',
    changedToday: 'changed this day',
    startingState: (date) => `starting state on ${date}`,
    notOnMap: 'not on the map',
    close: 'Back to the map',
    tally: (parts) => parts.join(', '),
  },
  ar: {
    caption: (date) => `أحياء حلب في ${date}`,
    name: 'الحي',
    holder: 'تحت سيطرة',
    since: 'منذ',
    confidence: 'درجة الثقة',
    source: 'المصدر',
    changedToday: 'تغيّر في هذا اليوم',
    startingState: (date) => `الوضع الأولي في ${date}`,
    notOnMap: 'خارج الخريطة',
    close: 'العودة إلى الخريطة',
    tally: (parts) => parts.join('، '),
  },
};
