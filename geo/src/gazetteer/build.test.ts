import { describe, expect, it } from 'vitest';
import { bundledGazetteerSources } from '../../../test/support/corpus';
import { buildGazetteer } from './build';
import { neighbourhoodPoints } from './geojson';
import { slug } from './slug';
import { parseFacts, parsePress } from './sources';

const sources = bundledGazetteerSources();
const gazetteer = buildGazetteer(sources);
const byId = new Map(gazetteer.neighbourhoods.map((n) => [n.id, n]));

describe('the gazetteer', () => {
  it('has one entry per facts name, named exactly as the facts name it', () => {
    const names = new Set(sources.facts.map((r) => r.name));
    const located = gazetteer.neighbourhoods.filter((n) => n.located);
    expect(located.map((n) => n.name_en).sort()).toEqual([...names].sort());
    expect(new Set(gazetteer.neighbourhoods.map((n) => n.id)).size).toBe(gazetteer.neighbourhoods.length);
    for (const n of located) expect(n.id).toBe(slug(n.name_en));
  });

  it('gives every located district its own Arabic name: numbered parts in Arabic digits, the shared name kept as an alias', () => {
    const located = gazetteer.neighbourhoods.filter((n) => n.located);
    for (const n of located) expect(n.name_ar, n.id).not.toBe('');
    const names = located.map((n) => n.name_ar);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    expect(byId.get('al-hamdaniyeh-iii')).toMatchObject({ name_ar: 'الحمدانية ٣', aliases: expect.arrayContaining(['الحمدانية']) });
    expect(byId.get('ad-ramouseh-industrial-district-iv')!.name_ar).toBe('الراموسة ٤');
    expect(gazetteer.warnings).toEqual([]);
    // Without the editor's names, what is left shared or missing is reported.
    const bare = buildGazetteer({ ...sources, press: { ...sources.press, neighbourhoods: {} } });
    expect(bare.warnings).toContain('Industrial Area Jibreen, Jibreen share the Arabic name "جبرين": give them distinct name_ar in press.yaml');
    expect(bare.warnings).toContain('al-Besel has no Arabic name: give it a name_ar in press.yaml');
  });

  it('marks the Citadel and the airport for the map, on their centre points only', () => {
    const marked = gazetteer.neighbourhoods.filter((n) => n.mark).map((n) => [n.id, n.mark]);
    expect(marked).toEqual([
      ['aleppo-citadel', 'citadel'],
      ['aleppo-international-airport', 'airport'],
    ]);
    const points = neighbourhoodPoints(gazetteer).features.filter((f) => f.properties.mark);
    expect(points.map((f) => f.properties.mark)).toEqual(['citadel', 'airport']);
  });

  it('merges the rows of a neighbourhood in parts: areas add up, the centre is weighted', () => {
    const rows = sources.facts.filter((r) => r.name === 'Tishreen');
    expect(rows).toHaveLength(3);
    const tishreen = byId.get('tishreen')!;
    const area = rows.reduce((s, r) => s + r.area_km2, 0);
    expect(tishreen.parts).toBe(3);
    expect(tishreen.area_km2).toBeCloseTo(area, 3);
    expect(tishreen.centre![1]).toBeCloseTo(rows.reduce((s, r) => s + r.lat * r.area_km2, 0) / area, 4);
  });

  it('gives French press spellings and kinds', () => {
    expect(byId.get('bustan-al-qaser')!.name_fr).toBe('Boustane al-Qasr');
    expect(byId.get('sheikh-saeed')!.name_fr).toBe('Cheikh Saïd');
    expect(byId.get('al-ansari-mashhad')!.name_fr).toBe('al-Machad');
    expect(byId.get('ash-sheikh-yusef-cemetery')!.name_fr).toBe('Cimetière Cheikh Yousef');
    expect(byId.get('maysaloon-cemetery')!.kind).toBe('cemetery');
    expect(byId.get('aleppo-international-airport')!.kind).toBe('airport');
    expect(byId.get('ad-ramouseh-industrial-district-i')!.kind).toBe('industrial');
  });

  it('knows unlocated places, sub-places and groups with their members', () => {
    for (const id of ['bab-al-nairab', 'sheikh-lutfi', 'karm-al-afandi', 'al-mashatiyeh', 'ard-al-hamra']) {
      expect(byId.get(id)).toMatchObject({ located: false, centre: null });
    }
    expect(gazetteer.places.find((p) => p.name === 'Tariq al-Bab')!.in).toBe('ash-shaar');
    const groups = new Map(gazetteer.groups.map((g) => [g.id, g]));
    expect(groups.get('old-city')!.members).toContain('aleppo-citadel');
    expect(groups.get('east-aleppo')!.members).toContain('bustan-al-qaser');
    expect(groups.get('west-aleppo')!.members).not.toContain('bustan-al-qaser');
    for (const g of groups.values()) for (const m of g.members) expect(byId.get(m)?.located).toBe(true);
  });

  it('builds without warnings from the bundled data', () => {
    expect(gazetteer.warnings).toEqual([]);
  });

  it('reports names that are not in the facts', () => {
    const press = parsePress('neighbourhoods: { Nowhere: { name_fr: Nulle part } }\nplaces: []\nunlocated: []\ngroups: [{ id: g, name_en: G, name_fr: G, name_ar: G, members: [Atlantis] }]\n');
    const g = buildGazetteer({ ...sources, press });
    // (Without the bundled press names, the shared and missing Arabic names are reported too: tested above.)
    expect(g.warnings.filter((w) => !w.includes('Arabic name'))).toEqual([
      'press.yaml neighbourhoods: "Nowhere" is not a neighbourhood of the facts',
      'press.yaml group g: "Atlantis" is not a neighbourhood of the facts',
    ]);
  });

  it('names the file and line of a bad facts row', () => {
    expect(() => parseFacts('csr_id,name,name_ar,lon,lat,area_km2,alt_en,alt_ar\n1,A,ا,37.1,36.2,0.1,,\n2,B,ب,east,36.2,0.1,,\n', 'f.csv')).toThrow(/^f\.csv:3: .*lon/s);
  });

  it('writes a point per located neighbourhood', () => {
    const points = neighbourhoodPoints(gazetteer);
    expect(points.features).toHaveLength(new Set(sources.facts.map((r) => r.name)).size);
    expect(points.features[0]!.properties).toHaveProperty('name_ar');
  });
});
