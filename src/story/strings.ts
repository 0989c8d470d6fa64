// Strings of the story (captions' frame, playback options, histogram), apart from src/i18n.ts.
import type { Lang } from '../i18n';
import type { Step } from './playback';

export interface StoryStrings {
  heading: string;
  /** "Key day 3 of 9". */
  position: (n: number, of: number) => string;
  previousKey: string;
  nextKey: string;
  /** On the key-day buttons, short. */
  keyShort: string;
  sources: string;
  step: string;
  steps: Record<Step, string>;
  loop: string;
  /** The fold that holds speed, step and loop. */
  playOptions: string;
  histogramLabel: string;
}

export const storyStrings: Record<Lang, StoryStrings> = {
  fr: {
    heading: 'Le récit',
    position: (n, of) => `Jour clé ${n} sur ${of}`,
    previousKey: 'Jour clé précédent',
    nextKey: 'Jour clé suivant',
    keyShort: 'jour clé',
    sources: 'Sources',
    step: 'Pas',
    steps: { day: 'jour par jour', change: 'changements seuls' },
    loop: 'En boucle',
    playOptions: 'Options de lecture',
    histogramLabel: 'Nombre de quartiers ayant changé de mains chaque jour',
  },
  en: {
    heading: 'The story',
    position: (n, of) => `Key day ${n} of ${of}`,
    previousKey: 'Previous key day',
    nextKey: 'Next key day',
    keyShort: 'key day',
    sources: 'Sources',
    step: 'Step',
    steps: { day: 'day by day', change: 'changes only' },
    loop: 'Loop',
    playOptions: 'Playback options',
    histogramLabel: 'Neighbourhoods that changed hands each day',
  },
  ar: {
    heading: 'الحكاية',
    position: (n, of) => `اليوم المفصلي ${n.toLocaleString('ar-SY')} من ${of.toLocaleString('ar-SY')}`,
    previousKey: 'اليوم المفصلي السابق',
    nextKey: 'اليوم المفصلي التالي',
    keyShort: 'اليوم المفصلي',
    sources: 'المصادر',
    step: 'الخطوة',
    steps: { day: 'يومًا بيوم', change: 'التغييرات فقط' },
    loop: 'تكرار',
    playOptions: 'خيارات التشغيل',
    histogramLabel: 'عدد الأحياء التي تغيّرت السيطرة عليها كل يوم',
  },
};
