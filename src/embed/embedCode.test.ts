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

interface FakeFrame {
  id: string;
  contentWindow: object;
  style: { height: string };
}

function fakeFrame(id: string): FakeFrame {
  return { id, contentWindow: { name: id }, style: { height: '620px' } };
}

/**
 * A fake article page holding `frames`, each followed by its script (or, with
 * `moved`, the scripts gathered at the end of the page as some CMSs do). Runs
 * every script, and returns a way to post a message as if from a frame.
 */
function fakePage(frames: FakeFrame[], scripts: { frameId: string; messageId: string; after: FakeFrame | null }[]) {
  const listeners: ((event: { source: unknown; data: unknown }) => void)[] = [];
  for (const script of scripts) {
    const context = {
      document: {
        currentScript: { previousElementSibling: script.after },
        // The first element with that id, as a browser does.
        getElementById: (id: string) => frames.find((f) => f.id === id) ?? null,
      },
      window: { addEventListener: (_: string, fn: (typeof listeners)[number]) => listeners.push(fn) },
      Number,
      Math,
    };
    runInNewContext(resizeScript(script.frameId, script.messageId), context);
  }
  return (from: FakeFrame | object, data: unknown) => {
    for (const listener of listeners) listener({ source: 'contentWindow' in from ? from.contentWindow : from, data });
  };
}

const height = (id: string, h: unknown) => ({ 'datawrapper-height': { [id]: h } });

/** Runs one frame's script against a fake page and returns the frame's height after `messages`. */
function runScript(messages: { source: 'frame' | 'other'; data: unknown }[]) {
  const frame = fakeFrame('aleppo-frontlines-frame');
  const post = fakePage([frame], [{ frameId: frame.id, messageId: 'aleppo-frontlines', after: frame }]);
  for (const m of messages) post(m.source === 'frame' ? frame : {}, m.data);
  return frame.style.height;
}

describe('the code to paste', () => {
  const code = embedCode(input);

  it('is a sandboxed, titled iframe, the resize script and a no-script image', () => {
    expect(code).toContain('<iframe id="aleppo-frontlines-frame" src="https://maps.example/aleppo/?embed=1&amp;date=2016-12-13"');
    expect(code).toContain('sandbox="allow-scripts allow-popups"');
    expect(code).toContain('title="Carte : qui tenait &quot;Alep&quot; &lt;2016&gt;"');
    expect(code).toContain('height:620px');
    expect(code).toMatch(/<noscript><style>[^<]*<\/style><p><a href="[^"]+"><img src="https:\/\/maps\.example\/aleppo\/snapshots\/2016-12-12\.png" alt="Alep &amp; ses quartiers"/);
  });

  it('escapes everything that could close an attribute or a tag', () => {
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
    const hostile = embedCode({ ...input, title: '"><script>alert(1)</script>', caption: '</noscript><script>x</script>' });
    expect(hostile.match(/<script>/g)?.length).toBe(1);
  });

  it('resizes only its own frame, under its own id, and only to a sane height', () => {
    expect(runScript([{ source: 'frame', data: height('aleppo-frontlines', 702.4) }])).toBe('703px');
    expect(runScript([{ source: 'other', data: height('aleppo-frontlines', 900) }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: height('aleppo-frontlines', 99999) }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: height('aleppo-frontlines', 'calc(100%)') }])).toBe('620px');
    // Another map's id, even from this frame, is not this map's height.
    expect(runScript([{ source: 'frame', data: height('other-map', 700) }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: 'datawrapper-height' }])).toBe('620px');
    expect(runScript([{ source: 'frame', data: null }])).toBe('620px');
  });

  it('hides the frame when the host page runs no script, so the still is not under an empty box', () => {
    expect(code).toContain('<noscript><style>iframe[id="aleppo-frontlines-frame"]{display:none!important}</style>');
  });

  it('refuses an id that could break out of the script, the selector or the attribute', () => {
    for (const id of ['', 'a b', 'x"]{}', '</script>', 'a'.repeat(65)]) expect(() => embedCode({ ...input, id })).toThrow(/not an embed id/);
  });
});

describe('several maps in one article', () => {
  it('sizes each frame from its own messages when every copy has its own id', () => {
    const frames = ['aleppo-a', 'aleppo-b', 'aleppo-c'].map((id) => fakeFrame(`${id}-frame`));
    const post = fakePage(
      frames,
      frames.map((f) => ({ frameId: f.id, messageId: f.id.replace(/-frame$/, ''), after: f })),
    );
    post(frames[1]!, height('aleppo-b', 700));
    post(frames[2]!, height('aleppo-c', 810));
    expect(frames.map((f) => f.style.height)).toEqual(['620px', '700px', '810px']);
    // A frame claiming another's id moves nothing.
    post(frames[0]!, height('aleppo-b', 900));
    expect(frames.map((f) => f.style.height)).toEqual(['620px', '700px', '810px']);
  });

  it('sizes each frame even when the same code was pasted twice (the script takes the frame just before it)', () => {
    const frames = [fakeFrame('aleppo-frontlines-frame'), fakeFrame('aleppo-frontlines-frame')];
    const post = fakePage(
      frames,
      frames.map((f) => ({ frameId: f.id, messageId: 'aleppo-frontlines', after: f })),
    );
    post(frames[1]!, height('aleppo-frontlines', 678));
    expect(frames.map((f) => f.style.height)).toEqual(['620px', '678px']);
  });

  it('finds its frame by id when a CMS moved the scripts away from the frames', () => {
    const frames = [fakeFrame('aleppo-a-frame'), fakeFrame('aleppo-b-frame')];
    const post = fakePage(frames, [
      { frameId: 'aleppo-a-frame', messageId: 'aleppo-a', after: null },
      { frameId: 'aleppo-b-frame', messageId: 'aleppo-b', after: frames[0]! },
    ]);
    post(frames[0]!, height('aleppo-a', 640));
    post(frames[1]!, height('aleppo-b', 660));
    expect(frames.map((f) => f.style.height)).toEqual(['640px', '660px']);
  });
});
