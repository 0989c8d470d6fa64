import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { bundledArticleFiles } from '../../../test/support/corpus';
import { simpleFields, splitFrontMatter } from './frontMatter';

/** What the YAML parser makes of the same text (the slow path). */
const viaYaml = (yamlText: string) => parseDocument(yamlText, { uniqueKeys: true }).toJS() as Record<string, unknown>;

describe('simpleFields (front matter read without the YAML parser)', () => {
  const values = [
    'seed-001', 'fr', '2016-12-13', 'Le Monde', "L'Orient-Le Jour", 'Al-Masdar News', 'Alep (AFP)', 'a, b, c',
    'https://example.org/a', 'x.y_z', 'élan', 'حلب', '12', '0x1F', '1e5', '3.14', 'true', 'False', 'NULL', 'no', 'yes', 'on',
    '- item', '"quoted"', "'single'", 'a: b', 'a #b', 'trailing ', '[list]', '{map}', '&anchor', '*alias', '!tag', '|', '>', '%d', '@x', '`x`', '~',
  ];
  it('gives exactly what YAML gives whenever it reads a front matter, and leaves the rest to YAML', () => {
    let fast = 0;
    for (const v of values) {
      const text = `id: x\nlanguage: fr\ntitle: ${v}\n`;
      const simple = simpleFields(text);
      if (simple) {
        fast++;
        expect(simple, v).toEqual(viaYaml(text));
      }
    }
    // The plain strings go the fast way; the rest (numbers, booleans, null, indicators) to YAML.
    expect(fast).toBeGreaterThan(10);
    for (const v of ['12', '0x1F', '1e5', '3.14', 'true', 'False', 'NULL', '- item', '"quoted"', 'a: b', 'a #b', 'trailing ', '~']) {
      expect(simpleFields(`title: ${v}\n`), v).toBeNull();
    }
  });

  it('leaves duplicate keys, comments, blank lines and nesting to YAML (which reports them)', () => {
    for (const text of ['id: a\nid: b\n', 'id: a\n# note\n', 'id: a\n\nlanguage: fr\n', 'outlet:\n  name: x\n', 'id: a\r\n', 'true: x\n']) {
      expect(simpleFields(text), text).toBeNull();
    }
    expect(() => splitFrontMatter('---\nid: a\nid: b\n---\ntext\n')).toThrow(/YAML/);
  });

  it('splits every bundled article as the YAML parser does', () => {
    const decoder = new TextDecoder();
    for (const f of bundledArticleFiles()) {
      const source = decoder.decode(f.bytes);
      const split = splitFrontMatter(source);
      const yamlText = source.slice(source.indexOf('\n') + 1, source.indexOf('\n---', 3) + 1);
      expect(split.data, f.name).toEqual(viaYaml(yamlText));
      expect(source.slice(0, source.length - split.body.length).split('\n').length, f.name).toBe(split.bodyLine);
    }
  });
});
