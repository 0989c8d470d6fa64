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

  it('skips the whole file, said so, when the date in its name is not a real day or lies outside the period', () => {
    const csv = 'name,name_ar,control,confidence,sources\nal-Kallaseh,,rebel,low,\n';
    for (const [file, problem] of [
      ['baseline-2016-02-30.csv', 'the date in the file name, 2016-02-30, is not a real date'],
      ['baseline-2015-09-15.csv', 'the date in the file name, 2015-09-15, is outside the corpus period 2016-09-01..2016-12-31'],
    ]) {
      const b = parseBaseline(csv, file!, gazetteer);
      expect(b.issues).toEqual([{ file, line: 1, problem, skipped: 'file' }]);
      expect(b.entries.size).toBe(0);
    }
    expect(parseBaseline(csv, 'baseline-2016-09-15.csv', gazetteer).entries.get('al-kallaseh')?.controller).toBe('rebel');
  });
});
