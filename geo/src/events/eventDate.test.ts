import { describe, expect, it } from 'vitest';
import { eventDate, mayHoldDate } from './eventDate';

const fr = (sentence: string, published = '2016-12-14', future = false) =>
  eventDate(sentence, 0, { published, language: 'fr', future });

describe('event dates', () => {
  it.each([
    ["Lundi, ils ont perdu l'important quartier de Cheikh Saïd", '2016-12-12'],
    ['les forces de Damas ont poursuivi lundi matin', '2016-12-12'],
    ['jeudi soir, les civils ont fui', '2016-12-08'],
    ['Les rebelles se sont retirés hier de six quartiers', '2016-12-13'],
    ["L'armée s'est emparée dans la nuit de vendredi à samedi d'un quartier", '2016-12-10'],
    ['10.724 personnes ont quitté ces dernières 24 heures les quartiers', '2016-12-14'],
    ['Les forces ont repris le 15 novembre le quartier', '2016-11-15'],
    ['Le déluge de feu se poursuit samedi 24 septembre', '2016-09-24'],
    ['mercredi, le jour même', '2016-12-14'],
    ['La Russie a affirmé ce vendredi 9 que...', '2016-12-09'],
    ["L'armée était arrivée la veille", '2016-12-13'],
    ['Il y a encore cinq jours, le quartier était aux mains des rebelles', '2016-12-09'],
    ['des combats acharnés il y a seulement une semaine', '2016-12-07'],
  ])('%s → %s', (sentence, date) => {
    expect(fr(sentence)).toMatchObject({ date, precision: 'day' });
  });

  it('reads English dates', () => {
    const en = (s: string) => eventDate(s, 0, { published: '2016-12-14', language: 'en' });
    expect(en('fled on Dec. 13 to the west')).toMatchObject({ date: '2016-12-13' });
    expect(en('The army took Hanano on Saturday (November 26).')).toMatchObject({ date: '2016-11-26' });
    expect(en('Rebels withdrew yesterday')).toMatchObject({ date: '2016-12-13' });
    expect(en('Rebels withdrew three days ago')).toMatchObject({ date: '2016-12-11' });
  });

  it('puts a weekday in the future tense after publication', () => {
    expect(fr('des discussions se tiendront samedi à Genève', '2016-12-09', true)).toMatchObject({ date: '2016-12-10' });
  });

  it('does not date an event by the start of a state ("depuis", "since")', () => {
    expect(fr('Depuis le 15 novembre, une offensive fait rage')).toEqual({ date: '2016-12-14', precision: 'publication' });
    expect(fr("Depuis le début le 22 septembre d'une offensive, les forces progressent")).toEqual({ date: '2016-12-14', precision: 'publication' });
    expect(eventDate('held by rebels since November 15', 0, { published: '2016-12-14', language: 'en' })).toMatchObject({ precision: 'publication' });
    expect(fr("Depuis le début de leur offensive il y a deux semaines, l'armée a progressé")).toMatchObject({ precision: 'publication' });
  });

  it('falls back on the publication date, and says so', () => {
    expect(fr("L'armée a pris le quartier.")).toEqual({ date: '2016-12-14', precision: 'publication' });
    expect(eventDate("L'armée a pris le quartier.", 0, { published: null, language: 'fr' })).toEqual({ date: null, precision: 'unknown' });
  });

  it('takes the date nearest the verb when a sentence has several', () => {
    const s = 'Après la prise samedi de Hanano, l’armée a repris lundi le quartier de Sakhour';
    expect(eventDate(s, s.indexOf('repris'), { published: '2016-11-28', language: 'fr' })).toMatchObject({ date: '2016-11-28' });
    expect(eventDate(s, s.indexOf('prise'), { published: '2016-11-28', language: 'fr' })).toMatchObject({ date: '2016-11-26' });
  });
});

describe('a sentence dated once for all its places', () => {
  it('gives each place the date nearest to it, and forgets the sentence when the next comes', () => {
    const sentence = "Hier, l'armée a repris Hanano; le 15 novembre, elle avait pris Jabal Badro";
    const context = { published: '2016-12-14', language: 'fr' as const };
    expect(eventDate(sentence, sentence.indexOf("l'armée"), context).date).toBe('2016-12-13');
    expect(eventDate(sentence, sentence.indexOf('Jabal'), context).date).toBe('2016-11-15');
    // Same words, another publication day: not the dates of the sentence read before.
    expect(eventDate(sentence, sentence.indexOf("l'armée"), { ...context, published: '2016-11-20' }).date).toBe('2016-11-19');
    expect(eventDate('Sans date ici', 0, context)).toEqual({ date: '2016-12-14', precision: 'publication' });
  });

  it('breaks a tie of distance by the earlier date words, as written', () => {
    const sentence = 'lundi X     mardi'; // both 6 units from X
    expect(eventDate(sentence, sentence.indexOf('X'), { published: '2016-12-14', language: 'fr' })).toMatchObject({ date: '2016-12-12', cue: 'lundi' });
  });
});

describe('the quick test for a date (mayHoldDate)', () => {
  it('passes every sentence of the bundled corpus in which a date expression is found, in each language', async () => {
    const { loadCorpus } = await import('../articles/load');
    const { bundledArticleFiles } = await import('../../../test/support/corpus');
    const { findDateExpressions } = await import('../text/dateExpressions');
    const { Sentences } = await import('../text/sentences');
    let dated = 0;
    for (const a of loadCorpus(bundledArticleFiles()).articles) {
      const sentences = new Sentences(a.text, a.language);
      for (let at = 0; at < a.text.length; ) {
        const s = sentences.at(at);
        const text = a.text.slice(s.start, s.end);
        for (const language of ['fr', 'en', 'ar'] as const) {
          if (findDateExpressions(text, language).length) {
            dated++;
            expect(mayHoldDate(text, language), text).toBe(true);
          }
        }
        at = Math.max(s.end, at + 1);
      }
    }
    expect(dated).toBeGreaterThan(50);
  });

  it('passes the relative words, nights and "ago" of each language, and fails a sentence with none', () => {
    for (const s of ['avant-hier', 'Hier', 'la veille', "aujourd’hui", 'ce matin', 'ces dernières vingt-quatre heures', 'dans la journée', 'dans la nuit de vendredi à samedi', 'il y a cinq jours']) expect(mayHoldDate(s, 'fr'), s).toBe(true);
    for (const s of ['Yesterday', 'today', 'this morning', 'the past 24 hours', 'night of Friday into Saturday', 'three days ago']) expect(mayHoldDate(s, 'en'), s).toBe(true);
    for (const s of ['أمس', 'امس', 'اليوم', 'الإثنين']) expect(mayHoldDate(s, 'ar'), s).toBe(true);
    expect(mayHoldDate("L'armée a repris le quartier de Hanano", 'fr')).toBe(false);
    expect(fr("L'armée a repris le quartier de Hanano")).toEqual({ date: '2016-12-14', precision: 'publication' });
  });
});

describe('"N days after ...": that long before the sentence\'s own day, for the words of the phrase only', () => {
  const at = (sentence: string, word: string, language: 'fr' | 'en' | 'ar') => eventDate(sentence, sentence.indexOf(word), { published: '2016-12-14', language });

  it('dates the event inside the phrase back from the sentence\'s day, or the article\'s', () => {
    const en = 'Rebels recaptured the camp on Tuesday, three days after the army took it.';
    expect(at(en, 'took', 'en')).toMatchObject({ date: '2016-12-10', precision: 'day' });
    expect(at(en, 'recaptured', 'en')).toMatchObject({ date: '2016-12-13' });
    const ar = 'وتأتي هذه التطورات بعد أسبوع من خسارة الفصائل الأحياء الشمالية، ومنها الحي';
    expect(at(ar, 'خسارة', 'ar')).toMatchObject({ date: '2016-12-07', precision: 'day' });
    expect(at('Une semaine après la chute du quartier, l\'armée a pris le suivant mardi.', 'chute', 'fr')).toMatchObject({ date: '2016-12-06' });
  });

  it('leaves the main clause to its own words, and vague spans undated', () => {
    expect(at('Two days after the start of the offensive, the army took the district.', 'took', 'en')).toMatchObject({ precision: 'publication' });
    expect(at('Quelques jours après la chute du quartier, les civils ont fui.', 'chute', 'fr')).toMatchObject({ precision: 'publication' });
  });
});
