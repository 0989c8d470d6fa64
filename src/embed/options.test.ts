import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_CONTROLS, DEFAULT_EMBED_ID, embedParams, isEmbedId, newEmbedId, parseControls, parseEmbedOptions } from './options';

const at = (query: string) => parseEmbedOptions(`https://news.example/aleppo/?${query}`);

describe('embed options from a link', () => {
  it('reads every option', () => {
    const o = at('embed=1&start=2016-11-15&end=2016-12-22&autoplay=1&controls=slider,legend&theme=dark&id=alep-2');
    expect(o).toMatchObject({ embed: true, start: '2016-11-15', end: '2016-12-22', autoplay: true, theme: 'dark', id: 'alep-2' });
    expect([...o.controls]).toEqual(['slider', 'legend']);
  });

  it('is the full map with defaults when nothing is said', () => {
    const o = at('date=2016-12-13');
    expect(o).toMatchObject({ embed: false, start: null, end: null, autoplay: false, theme: 'auto', id: DEFAULT_EMBED_ID });
    expect([...o.controls]).toEqual([...DEFAULT_EMBED_CONTROLS]);
    expect(at('embed').embed).toBe(true);
    expect(at('embed=0').embed).toBe(false);
  });

  it('drops junk and keeps the defaults', () => {
    const o = at(
      'embed=<script>&start=2016-13-45&end=javascript:alert(1)&autoplay=%3Cimg%3E&theme=%22dark%22&id=%22%3E%3Cb%3E&controls=%3Cscript%3E',
    );
    expect(o).toMatchObject({ embed: false, start: null, end: null, autoplay: false, theme: 'auto', id: DEFAULT_EMBED_ID });
    expect([...o.controls]).toEqual([...DEFAULT_EMBED_CONTROLS]);
    expect(at('id=' + 'a'.repeat(65)).id).toBe(DEFAULT_EMBED_ID);
  });

  it('reads a range given the wrong way round the right way round', () => {
    expect(at('start=2016-12-22&end=2016-11-15')).toMatchObject({ start: '2016-11-15', end: '2016-12-22' });
  });

  it('knows "none" and ignores unknown control names among known ones', () => {
    expect([...parseControls('none')]).toEqual([]);
    expect([...parseControls('title, SLIDER,bogus')]).toEqual(['title', 'slider']);
  });

  it('writes back only what differs from the defaults, and reads back the same', () => {
    const o = at('embed=1&start=2016-11-15&controls=slider&theme=dark');
    const params = embedParams(o);
    expect(params).toEqual([
      ['embed', '1'],
      ['start', '2016-11-15'],
      ['controls', 'slider'],
      ['theme', 'dark'],
    ]);
    const again = parseEmbedOptions(`https://x.example/?${new URLSearchParams(params)}`);
    expect({ ...again, controls: [...again.controls] }).toEqual({ ...o, controls: [...o.controls] });
    expect(embedParams(at('embed=1'))).toEqual([['embed', '1']]);
    expect(embedParams({ ...at('embed=1'), controls: new Set() })).toContainEqual(['controls', 'none']);
  });
});

describe('an id for each copy of the code', () => {
  it('is the day and four random letters or digits, and a valid id', () => {
    const values = [0, 0.5, 0.999999, 0.1];
    let i = 0;
    const id = newEmbedId('2016-12-13', () => values[i++]!);
    expect(id).toBe('aleppo-2016-12-13-as9d');
    expect(isEmbedId(id)).toBe(true);
    expect(parseEmbedOptions(`https://x.example/?embed=1&id=${id}`).id).toBe(id);
  });

  it('differs from copy to copy', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newEmbedId('2016-12-13')));
    expect(ids.size).toBeGreaterThan(195);
    for (const id of ids) expect(id).toMatch(/^aleppo-2016-12-13-[a-z0-9]{4}$/);
  });
});
