import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledGazetteerSources, root } from '../../../test/support/corpus';
import { buildGazetteer } from '../gazetteer/build';
import { parseBaseline } from './baseline';

const gazetteer = buildGazetteer(bundledGazetteerSources());

describe('parseBaseline', () => {
  it('gives every located neighbourhood of the bundled gazetteer its 2016-09-15 control and sources', () => {
    const file = 'baseline-2016-09-15.csv';
    const b = parseBaseline(readFileSync(join(root, 'geo/editorial', file), 'utf8'), file, gazetteer);
    expect(b.issues).toEqual([]);
    expect(b.date).toBe('2016-09-15');
    const located = gazetteer.neighbourhoods.filter((n) => n.located).map((n) => n.id);
    expect(located.filter((id) => !b.entries.has(id))).toEqual([]);
    expect(b.entries.get('sheikh-saeed')).toMatchObject({ controller: 'rebel' });
    expect(b.entries.get('ash-sheikh-maqsoud')?.controller).toBe('kurdish');
    expect([...b.entries.values()].filter((e) => e.sources.length > 0).length).toBeGreaterThan(100);
  });

  it('names the line of an unknown neighbourhood, a bad control and parts that disagree', () => {
    const csv = ['name,name_ar,control,confidence,sources', 'Atlantis,,rebel,low,', 'Sheikh Sa’eed,,rebels,low,', 'al-Kallaseh,,rebel,low,', 'al-Kallaseh,,regime,low,', 'Bustan al-Qaser,,regime,high,https://example.org/a http://x.org/b not-a-url'].join('\n');
    const b = parseBaseline(csv, 'baseline-2016-09-15.csv', gazetteer);
    expect(b.issues.map((i) => `${i.line}: ${i.problem}`)).toEqual([
      '2: "Atlantis" is no neighbourhood of the gazetteer (the name must be its name_en)',
      '3: control "rebels" must be one of regime, rebel, kurdish, contested',
      '5: "al-Kallaseh" is rebel on an earlier row and regime here',
    ]);
    expect(b.entries.get('bustan-al-qaser')?.sources).toEqual(['https://example.org/a', 'http://x.org/b']);
    expect(b.entries.get('al-kallaseh')?.controller).toBe('rebel');
  });

  it('needs the date in the file name', () => {
    expect(parseBaseline('name,name_ar,control,confidence,sources\n', 'control.csv', gazetteer).issues[0]?.problem).toMatch(/baseline-YYYY-MM-DD/);
  });
});
