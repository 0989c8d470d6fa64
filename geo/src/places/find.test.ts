import { beforeAll, describe, expect, it } from 'vitest';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { placeFinder, type PlaceFinder } from '../pipeline';
import { findPlaces } from './find';

let finder: PlaceFinder;
beforeAll(() => {
  finder = placeFinder(bundledGazetteerSources());
});

const find = (text: string, language = 'fr') => findPlaces({ id: 't', language, text }, finder.index, finder.unlocated);
const ids = (text: string, language = 'fr') => find(text, language).mentions.map((m) => m.neighbourhood ?? m.group);

describe('the seeds’ spellings', () => {
  it.each([
    ['Boustane al-Qasr', 'bustan-al-qaser'],
    ['Cheikh Saïd', 'sheikh-saeed'],
    ['al-Machad', 'al-ansari-mashhad'],
    ['Karam al Daadaa', 'karm-ad-daadaa'],
    ['Salahine', 'as-salheen'],
    ['Salhine', 'as-salheen'],
    ['Boustane al-Bacha', 'bustan-al-basha'],
    ['al-Halak', 'ayn-at-tal'],
    ['Al-Kallasé', 'al-kallaseh'],
    ['Vieille ville', 'old-city'],
    ['Alep-Est', 'east-aleppo'],
  ])('"%s" resolves to %s', (name, id) => {
    const found = find(`Les combats se poursuivent dans le quartier de ${name}, selon l'OSDH.`).mentions;
    expect(found).toHaveLength(1);
    expect(found[0]!.neighbourhood ?? found[0]!.group).toBe(id);
    expect(found[0]!.surface).toBe(name);
  });

  it('gives the mention its offsets, its sentence and the name the text used', () => {
    const text = "Premier point. L'armée a pris Tariq al-Bab lundi. Fin.";
    const [m] = find(text).mentions;
    expect(m).toMatchObject({ neighbourhood: 'ash-shaar', place: 'Tariq al-Bab', surface: 'Tariq al-Bab' });
    expect(text.slice(m!.start, m!.end)).toBe('Tariq al-Bab');
    expect(m!.sentence).toEqual({ start: 15, end: 49 });
    expect(text.slice(m!.sentence.start, m!.sentence.end)).toBe("L'armée a pris Tariq al-Bab lundi.");
  });

  it('knows Karam al Effendi but not where it is, and lists Al Chahidine for review', () => {
    const text = "les forces de Damas ont poursuivi lundi matin sur leur lancée en s'emparant des quartiers voisins d'Al Chahidine, Karam al Effendi, Karam al Daadaa et Salahine";
    const { mentions, candidates } = find(text);
    expect(mentions.map((m) => [m.surface, m.neighbourhood, m.unlocated ?? false])).toEqual([
      ['Karam al Effendi', 'karm-al-afandi', true],
      ['Karam al Daadaa', 'karm-ad-daadaa', false],
      ['Salahine', 'as-salheen', false],
    ]);
    expect(candidates.map((c) => c.surface)).toEqual(['Al Chahidine']);
  });

  it('knows al-Minyan, the western edge the press calls a village or a district, but not where it is', () => {
    for (const [text, language] of [
      ["le village de Minyan, à l'ouest d'Alep", 'fr'],
      ['the pro-government forces had completely retaken the al-Minian district', 'en'],
    ] as const) {
      expect(find(text, language).mentions.map((m) => [m.neighbourhood, m.unlocated ?? false])).toEqual([['al-minyan', true]]);
    }
  });

  it('lists for review only a name that follows its "quartier de" in the same clause, not a direction or an Arabic small word', () => {
    const surfaces = (text: string, language = 'fr') => find(text, language).candidates.map((c) => c.surface);
    expect(surfaces("Les habitants ont regagné le quartier de Bab Tourab Foqani.")).toEqual(['Bab Tourab Foqani']);
    expect(surfaces("Ils sont retournés dans leur quartier. L'agence Sana l'a confirmé.")).toEqual([]);
    expect(surfaces('Le secteur Est de la ville est assiégé.')).toEqual([]);
    expect(surfaces('Avant la bataille pour ces quartiers, le 22 septembre, rien.')).toEqual([]);
    // The city with a word beside it, and a headline in title case, where capitals name nothing.
    expect(surfaces('Heavy fighting raged in the eastern neighbourhoods of Aleppo City on Monday.', 'en')).toEqual([]);
    expect(surfaces('Government Troops Storm Key District Of Besieged Eastern Aleppo', 'en')).toEqual([]);
    expect(surfaces('Government troops stormed the district of Tell Wardan on Monday.', 'en')).toEqual(['Tell Wardan']);
    expect(surfaces('ويعتبر الحي من أكبر الأحياء في المدينة.', 'ar')).toEqual([]);
  });

  it('lists an Arabic name only where the grammar makes it one: the noun of a construct, not an adjective, predicate or relative clause', () => {
    const surfaces = (text: string) => find(text, 'ar').candidates.map((c) => c.surface);
    // An invented district name completes "حي"/"أحياء" without the article on the noun.
    expect(surfaces('عاد السكان إلى حي القرنفلة بعد الظهر.')).toEqual(['القرنفلة']);
    expect(surfaces('نزح الأهالي من أحياء الزيزفون القريبة.')).toEqual(['الزيزفون']);
    // After the definite noun: an adjective or a predicate.
    expect(surfaces('تعرضت الأحياء الغربية لقصف عنيف.')).toEqual([]);
    expect(surfaces('وللحي أهمية كبيرة، ويحتل الحي موقعا مهما.')).toEqual([]);
    // After the indefinite noun: a relative clause opened by a past verb, or the plural's adjective.
    expect(surfaces('كان ثاني حي دخلته القوات خلال الأسبوع.')).toEqual([]);
    expect(surfaces('انقسمت المدينة بين أحياء غربية وأخرى شرقية.')).toEqual([]);
  });
});

describe('Arabic and English', () => {
  it('reads Arabic names with and without the article and with prefixes', () => {
    expect(ids('شهد حي الشيخ سعيد معارك ضارية', 'ar')).toEqual(['sheikh-saeed']);
    expect(ids('تمكن الجيش من السيطرة على مساكن هنانو وبستان القصر', 'ar')).toEqual(['hanano', 'bustan-al-qaser']);
    expect(ids('قوات النظام في الأحياء الشرقية', 'ar')).toEqual(['east-aleppo']);
    expect(ids('أحياء شرقية وغربية', 'ar')).toEqual([]);
  });

  it('reads English transliterations', () => {
    expect(ids('The army took the Sheikh Saeed district and Bustan al-Qasr.', 'en')).toEqual(['sheikh-saeed', 'bustan-al-qaser']);
    expect(ids('fighting in the Hanano Youth Housing Complex', 'en')).toEqual(['hanano']);
  });
});

describe('no false places', () => {
  it.each([
    "Alep est devenu le principal front de la guerre en Syrie.",
    'Les troupes syriennes menaient des combats défensifs à Palmyre, à Raqa et dans la province d’Idleb.',
    'Des discussions se tiendront samedi à Genève entre Moscou et Damas.',
    'Bachar al-Assad et Rami Abdel Rahmane, directeur de l’OSDH, ont parlé.',
    'Le front Fateh al-Cham (Front al-Nosra) et Fatah Halab.',
    'Syrian troops and a Syrian soldier; the Al-Mayadeen channel reported.',
    'un tel accord, du sable, le président et la ville',
    'les quartiers du sud-ouest d’Alep',
    'في منتصف تشرين ثان/نوفمبر',
  ])('%s', (text) => expect(ids(text, /[\u0600-\u06FF]/.test(text) ? 'ar' : 'fr')).toEqual([]));
});

describe('sectors', () => {
  it('finds the north of East Aleppo as its sector, never as East Aleppo (compass parts are not the whole east)', () => {
    expect(ids('les quartiers du nord-est d’Alep et du sud-ouest d’Alep', 'fr')).toEqual(['north-east-aleppo']);
    expect(ids('Rebels lost the northern part of eastern Aleppo.', 'en')).toEqual(['north-east-aleppo']);
  });
});
