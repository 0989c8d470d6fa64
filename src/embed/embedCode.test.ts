import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { embedCode, escapeHtml, resizeScript } from './embedCode';

const input = {
  src: 'https://maps.example/aleppo/?embed=1&date=2016-12-13',
  fullMap: 'https://maps.example/aleppo/?date=2016-12-13',
  title: 'Carte : qui tenait "Alep" <2016>',
  id: 'aleppo-frontlines',
  height: 620,
  image: { src: 'https://maps.example/aleppo/snapshots/2016-12-12.png', alt: 'Alep & ses quartiers', width: 960, height: 720 },
  caption: 'Alep, 13 décembre 2016.',
};

/** Runs the host script against a fake page and returns what it did to the frame. */
function runScript(messages: { source: 'frame' | 'other'; data: unknown }[]) {
  const frame = { contentWindow: { name: 'frame' }, style: { height: '620px' } };
  let listener: ((event: { source: unknown; data: unknown }) => void) | null = null;
  const context = {
    document: { getElementById: (id: string) => (id === 'aleppo-frontlines-frame' ? frame : null) },
    window: { addEventListener: (_: string, fn: typeof listener) => (listener = fn) },
    Number,
    Math,
  };
  runInNewContext(resizeScript('aleppo-frontlines-frame'), context);
  for (const m of messages) listener!({ source: m.source === 'frame' ? frame.contentWindow : {}, data: m.data });
  return frame.style.height;
}

describe('the code to paste', () => {
  const code = embedCode(input);

  it('is a sandboxed, titled iframe, the resize script and a no-script image', () => {
    expect(code).toContain('<iframe id="aleppo-frontlines-frame" src="https://maps.example/aleppo/?embed=1&amp;date=2016-12-13"');
    expect(code).toContain('sandbox="allow-scripts allow-popups"');
    expect(code).toContain('title="Carte : qui tenait &quot;Alep&quot; &lt;2016&gt;"');
    expect(code).toContain('height:620px');
    expect(code).toMatch(/<noscript><p><a href="[^"]+"><img src="https:\/\/maps\.example\/aleppo\/snapshots\/2016-12-12\.png" alt="Alep &amp; ses quartiers"/);
  });

  it('escapes everything that could close an attribute or a tag', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
    const hostile = embedCode({ ...input, title: '"><script>alert(1)</script>', caption: '</noscript><script>x</script>' });
    expect(hostile.match(/<script>/g)?.length).toBe(1);
  });

  it('resizes only its own frame, and only to a sane height', () => {
    expect(runScript([{ source: 'frame', data: { 'datawrapper-height': { 'aleppo-frontlines': 702.4 } } }])).toBe('703px');
    expect(runScript([{ source: 'other', data: { 'datawrapper-height': { 'aleppo-frontlines': 900 } } }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: { 'datawrapper-height': { x: 99999 } } }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: { 'datawrapper-height': { x: 'calc(100%)' } } }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: 'datawrapper-height' }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: null }])).toBe('620px');
  });
});
