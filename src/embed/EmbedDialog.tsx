// "Embed": the code for the map as it is now (day, district, language), with
// the embed's own options and a live preview of what the code shows. A native
// modal dialog: it keeps focus inside and closes on Escape.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { strings, type Lang } from '../i18n';
import type { ControlIndex } from '../model/control';
import { longDate } from '../model/days';
import type { UrlState } from '../url/state';
import { readDayField, readIdField, type DayProblem } from './dialogFields';
import { embedCode } from './embedCode';
import { embedUrl, fullMapUrl } from './links';
import { readHeight } from './messages';
import { DEFAULT_EMBED_CONTROLS, EMBED_CONTROLS, THEMES, newEmbedId, type EmbedControl, type Theme } from './options';
import { stillFor } from './FailSafe';
import { SNAPSHOT_SIZE } from './snapshots';
import { TextField } from './TextField';
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
/** The preview waits for the typing to stop before it reloads its map. */
const PREVIEW_DELAY_MS = 500;
const ISO_PATTERN = '\\s*\\d{4}-\\d{2}-\\d{2}\\s*';

export function EmbedDialog({ lang, state, index, day, onClose }: EmbedDialogProps) {
  const t = strings[lang];
  const e = embedStrings[lang];
  const dialog = useRef<HTMLDialogElement>(null);
  const preview = useRef<HTMLIFrameElement>(null);
  const [startText, setStartText] = useState(index.start);
  const [endText, setEndText] = useState(index.end);
  // A new id each time the dialog opens: each copy of the code names its own map.
  const [firstId] = useState(() => newEmbedId(index.date(day)));
  const [idText, setIdText] = useState(firstId);
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

  // Each field keeps its last good value while what is typed is not one.
  const lastGood = useRef({ start: index.start, end: index.end, id: firstId });
  const startField = readDayField(startText, index.start, index.end, lastGood.current.start);
  const endField = readDayField(endText, startField.value, index.end, lastGood.current.end);
  const idField = readIdField(idText, lastGood.current.id);
  lastGood.current = { start: startField.value, end: endField.value, id: idField.value };
  const start = startField.value;
  const end = endField.value;
  const id = idField.value;

  const src = useMemo(() => {
    const options = {
      embed: true,
      start: start > index.start ? start : null,
      end: end < index.end ? end : null,
      autoplay,
      controls,
      theme,
      id,
    };
    return embedUrl(location.href, state, options);
  }, [start, end, autoplay, controls, theme, id, state, index]);

  const code = useMemo(() => {
    const still = stillFor(index, day, lang);
    return embedCode({
      src,
      fullMap: fullMapUrl(location.href, state),
      title: e.frameTitle,
      id,
      height: FIRST_HEIGHT,
      image: { src: new URL(still.path, document.baseURI).href, alt: still.alt, ...SNAPSHOT_SIZE },
      caption: e.imageCaption(longDate(index.date(day), lang)),
    });
  }, [src, id, state, index, day, lang]);

  // The preview: the code's very URL, reloaded once the options stop changing,
  // and as tall as the map says it is (as the code's script would make it).
  const [previewSrc, setPreviewSrc] = useState(src);
  const [previewHeight, setPreviewHeight] = useState(FIRST_HEIGHT);
  useEffect(() => {
    if (src === previewSrc) return;
    const timer = setTimeout(() => setPreviewSrc(src), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [src, previewSrc]);
  const previewId = new URL(previewSrc).searchParams.get('id') ?? '';
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (!preview.current || event.source !== preview.current.contentWindow) return;
      const height = readHeight(event.data, previewId);
      if (height !== null) setPreviewHeight(height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [previewId]);

  useEffect(() => setCopied(false), [code]);

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
  const dayError = (problem: DayProblem | null) =>
    problem === 'format' ? e.dayFormatError : problem === 'range' ? e.dayRangeError : null;
  const startError = dayError(startField.problem);
  const endError = dayError(endField.problem);

  return (
    <dialog ref={dialog} class="embed-dialog" aria-labelledby="embed-heading" onClose={onClose}>
      <h2 id="embed-heading">{e.embedHeading}</h2>
      <p>{e.embedIntro}</p>
      <div class="embed-layout">
        <div class="embed-settings">
          <div class="embed-options">
            {(
              [
                ['embed-start', e.startLabel, index.start, startText, setStartText, startError],
                ['embed-end', e.endLabel, index.end, endText, setEndText, endError],
              ] as const
            ).map(([fieldId, label, placeholder, value, onInput, error]) => (
              <TextField
                key={fieldId}
                id={fieldId}
                label={label}
                inputMode="numeric"
                pattern={ISO_PATTERN}
                placeholder={placeholder}
                value={value}
                onInput={onInput}
                error={error}
                describedBy="embed-dates-hint"
              />
            ))}
            <p id="embed-dates-hint" class="embed-hint">
              {e.dayHint(index.start, index.end)}
            </p>
            <TextField
              id="embed-id"
              class="embed-id"
              label={e.idLabel}
              spellcheck={false}
              autoComplete="off"
              maxLength={64}
              pattern="\s*[A-Za-z0-9_\-]+\s*"
              value={idText}
              onInput={setIdText}
              error={idField.valid ? null : e.idError}
              hint={e.idHint}
            />
            <label class="embed-check">
              <input type="checkbox" checked={autoplay} onChange={(ev) => setAutoplay(ev.currentTarget.checked)} />
              {e.autoplayLabel}
            </label>
            <div class="embed-field">
              <label for="embed-theme">{e.themeLabel}</label>
              <select id="embed-theme" value={theme} onChange={(ev) => setTheme(ev.currentTarget.value as Theme)}>
                {THEMES.map((name) => (
                  <option key={name} value={name}>
                    {e.themeNames[name]}
                  </option>
                ))}
              </select>
            </div>
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
          <textarea id="embed-code" readOnly rows={7} value={code} dir="ltr" spellcheck={false} />
          <p class="embed-note">{e.embedResizeNote}</p>
        </div>
        <figure class="embed-preview">
          <figcaption>{e.previewLabel}</figcaption>
          <iframe
            ref={preview}
            src={previewSrc}
            title={e.previewTitle}
            sandbox="allow-scripts allow-popups"
            referrerpolicy="no-referrer"
            style={{ height: `${previewHeight}px` }}
          />
        </figure>
      </div>
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
