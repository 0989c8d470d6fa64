// "Embed": the code for the map as it is now (day, district, language), with
// the embed's own options. A native modal dialog: it keeps focus inside and
// closes on Escape.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { strings, type Lang } from '../i18n';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import type { UrlState } from '../url/state';
import { embedCode } from './embedCode';
import { embedUrl, fullMapUrl } from './links';
import { DEFAULT_EMBED_CONTROLS, DEFAULT_EMBED_ID, EMBED_CONTROLS, THEMES, type EmbedControl, type Theme } from './options';
import { SNAPSHOT_SIZE, controlCounts, snapshotDay, snapshotPath } from './snapshots';
import { embedStrings } from './strings';

export interface EmbedDialogProps {
  lang: Lang;
  state: UrlState;
  index: ControlIndex;
  day: number;
  onClose: () => void;
}

/** A first height for the frame, before the map reports its own. */
const FIRST_HEIGHT = 620;

export function EmbedDialog({ lang, state, index, day, onClose }: EmbedDialogProps) {
  const t = strings[lang];
  const e = embedStrings[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const [start, setStart] = useState(index.start);
  const [end, setEnd] = useState(index.end);
  const [autoplay, setAutoplay] = useState(false);
  const [controls, setControls] = useState<Set<EmbedControl>>(new Set(DEFAULT_EMBED_CONTROLS));
  const [theme, setTheme] = useState<Theme>('auto');
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    element.showModal();
    return () => element.close();
  }, []);

  const code = useMemo(() => {
    const options = {
      embed: true,
      start: start > index.start ? start : null,
      end: end < index.end ? end : null,
      autoplay,
      controls,
      theme,
      id: DEFAULT_EMBED_ID,
    };
    const base = location.href;
    const imageDay = snapshotDay(index, day);
    return embedCode({
      src: embedUrl(base, state, options),
      fullMap: fullMapUrl(base, state),
      title: e.frameTitle,
      id: DEFAULT_EMBED_ID,
      height: FIRST_HEIGHT,
      image: {
        src: new URL(snapshotPath(index, day), document.baseURI).href,
        alt: e.imageAlt(longDate(index.date(imageDay), lang), controlCounts(index, imageDay, lang)),
        ...SNAPSHOT_SIZE,
      },
      caption: e.imageCaption(longDate(index.date(day), lang)),
    });
  }, [start, end, autoplay, controls, theme, state, index, day, lang]);

  const toggle = (control: EmbedControl) => {
    const next = new Set(controls);
    if (next.has(control)) next.delete(control);
    else next.add(control);
    setControls(next);
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page, a refusal): select it for Ctrl+C.
      document.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
    }
  };

  return (
    <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-heading" onClose={onClose}>
      <h2 id="embed-heading">{e.embedHeading}</h2>
      <p>{e.embedIntro}</p>
      <div class="embed-options">
        <label>
          {e.startLabel}
          <input type="date" value={start} min={index.start} max={end} onInput={(ev) => setStart(ev.currentTarget.value || index.start)} />
        </label>
        <label>
          {e.endLabel}
          <input type="date" value={end} min={start} max={index.end} onInput={(ev) => setEnd(ev.currentTarget.value || index.end)} />
        </label>
        <label>
          <input type="checkbox" checked={autoplay} onChange={(ev) => setAutoplay(ev.currentTarget.checked)} />
          {e.autoplayLabel}
        </label>
        <label>
          {e.themeLabel}
          <select value={theme} onChange={(ev) => setTheme(ev.currentTarget.value as Theme)}>
            {THEMES.map((name) => (
              <option key={name} value={name}>
                {e.themeNames[name]}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{e.controlsLabel}</legend>
          {EMBED_CONTROLS.map((control) => (
            <label key={control}>
              <input type="checkbox" checked={controls.has(control)} onChange={() => toggle(control)} />
              {e.controlNames[control]}
            </label>
          ))}
        </fieldset>
      </div>
      <label for="embed-code" class="embed-code-label">
        {e.embedCodeLabel}
      </label>
      <textarea id="embed-code" readOnly rows={8} value={code} dir="ltr" spellcheck={false} />
      <p class="embed-note">{e.embedResizeNote}</p>
      <div class="embed-actions">
        <button type="button" onClick={copy}>
          {copied ? e.copied : e.copy}
        </button>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
