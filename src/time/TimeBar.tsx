// The date: written out, a slider over every day with the change days
// marked, play/pause at a chosen speed, and day/change steps.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../../geo/src/contract';
import { strings, type Lang } from '../i18n';
import type { ControlIndex } from '../model/control';
import { longDate, shortDate } from '../model/days';
import { Icon } from './icons';
import { SHORTCUTS, timeAction, type TimeAction } from './keys';
import { SPEEDS, usePlayer, type Speed } from './usePlayer';
import type { KeyDay } from '../story/data';
import { Histogram } from '../story/Histogram';
import { changesPerDay } from '../story/opening';
import { playbackPlan, STEPS, type Step } from '../story/playback';
import { StoryCaption, StoryNav } from '../story/StoryCaption';
import { storyStrings } from '../story/strings';

export interface TimeBarProps {
  index: ControlIndex;
  day: number;
  lang: Lang;
  /** `playing`: the day moves by itself (the URL is replaced, not pushed). */
  onDay: (day: number, playing: boolean) => void;
  /** What changed on the day, without the date (written here). */
  summary: string;
  /** No play: the map never animates by itself for readers who ask for less motion. */
  reducedMotion: boolean;
  /** An embed may leave out play and its speed. */
  showPlay?: boolean;
  /** Start playing once, when the bar first shows (an embed's `autoplay`); never under reduced motion. */
  autoplay?: boolean;
  /** The story's key days in the window: captions, and holds in playback. */
  keys?: readonly KeyDay[];
  /** Articles by id, for the captions' sources. */
  articles?: ReadonlyMap<string, Article>;
  /** Playback's first step and loop (the URL's `step=` and `loop=`). */
  playback?: { step: Step; loop: boolean };
}

const NO_KEYS: readonly KeyDay[] = [];

export function TimeBar({ index, day, lang, onDay, summary, reducedMotion, showPlay = true, autoplay = false, keys = NO_KEYS, articles, playback }: TimeBarProps) {
  const t = strings[lang];
  const s = storyStrings[lang];
  const [stepMode, setStepMode] = useState<Step>(playback?.step ?? 'day');
  const [loop, setLoop] = useState(playback?.loop ?? false);
  const keyDayNumbers = useMemo(() => keys.map((k) => k.day), [keys]);
  const plan = useMemo(() => playbackPlan(index, keyDayNumbers, stepMode, loop), [index, keyDayNumbers, stepMode, loop]);
  const counts = useMemo(() => changesPerDay(index), [index]);
  const player = usePlayer(day, index.lastDay, (d) => onDay(d, true), plan);
  const canPlay = showPlay && !reducedMotion;
  useEffect(() => {
    // Only with its pause button on screen: moving content must be stoppable.
    if (autoplay && canPlay) player.toggle();
    // Once, on mount: a later change of mind is the reader's, through the button.
  }, []);
  const go = (target: number | undefined) => {
    if (target === undefined) return;
    player.stop();
    onDay(index.clamp(target), false);
  };
  /** A day or change step: an icon, its name for screen readers, its key. */
  const step = (action: Exclude<TimeAction, 'togglePlay'>) => (
    <button type="button" onClick={actions[action]} aria-keyshortcuts={SHORTCUTS[action]} title={t[action]}>
      <Icon name={action} flip />
      <span class="sr-only">{t[action]}</span>
    </button>
  );
  const actions: Record<TimeAction, () => void> = {
    previousDay: () => go(day - 1),
    nextDay: () => go(day + 1),
    previousChange: () => go(index.previousChange(day)),
    nextChange: () => go(index.nextChange(day)),
    togglePlay: () => {
      if (canPlay) player.toggle();
    },
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = timeAction(event);
      if (!action) return;
      event.preventDefault();
      actions[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const date = index.date(day);
  const dateText = longDate(date, lang);
  const percent = (d: number) => (index.lastDay === 0 ? 0 : (d / index.lastDay) * 100);
  const changeSet = new Set(index.changeDays);

  return (
    <section class="timebar" aria-labelledby="timebar-date">
      <h2 id="timebar-date" class="sr-only">
        {t.timeHeading}
      </h2>
      <StoryCaption keys={keys} day={day} lang={lang} articles={articles ?? new Map()} />
      {/* Announced when the reader moves the date, not at every tick of play. */}
      <p class="day-line" aria-live={player.playing ? 'off' : 'polite'}>
        <time class="timebar-date" dateTime={date}>
          {dateText}
        </time>
        {t.colon}
        <span class="day-summary">{summary}</span>
      </p>
      <div class="slider-wrap">
        <input
          type="range"
          class="slider"
          min={0}
          max={index.lastDay}
          step={1}
          value={day}
          aria-label={t.dateSlider}
          aria-valuetext={changeSet.has(day) ? `${dateText} (${t.changeDay})` : dateText}
          onInput={(event) => {
            player.stop();
            onDay(Number((event.currentTarget as HTMLInputElement).value), false);
          }}
          onKeyDown={(event) => {
            // Page keys jump between change days rather than by a tenth of the range.
            if (event.key === 'PageUp' || event.key === 'PageDown') {
              event.preventDefault();
              const forward = event.key === 'PageUp';
              go(forward ? index.nextChange(day) : index.previousChange(day));
            }
          }}
        />
        <div class="slider-marks" aria-hidden="true">
          {index.changeDays.map((d) => (
            <span key={d} class={d === day ? 'mark current' : 'mark'} style={{ insetInlineStart: `${percent(d)}%` }} />
          ))}
        </div>
        <Histogram index={index} counts={counts} keyDays={keyDayNumbers} day={day} />
        <div class="slider-ends" aria-hidden="true">
          <span>{shortDate(index.start, lang)}</span>
          <span>{shortDate(index.date(index.lastDay), lang)}</span>
        </div>
      </div>
      <div class="time-controls">
        {step('previousChange')}
        {step('previousDay')}
        {canPlay && (
        <button
          type="button"
          class="play"
          onClick={player.toggle}
          aria-pressed={player.playing}
          aria-keyshortcuts={SHORTCUTS.togglePlay}
        >
          <Icon name={player.playing ? 'pause' : 'play'} /> {player.playing ? t.pause : t.play}
        </button>
        )}
        {step('nextDay')}
        {step('nextChange')}
        <StoryNav keys={keys} day={day} lang={lang} onDay={(d) => go(d)} />
        {/* Speed, step and loop are folded: on a phone the time bar must leave room for the map. */}
        {canPlay && (
        <details class="play-options">
        <summary>{s.playOptions}</summary>
        <label class="speed">
          <span>{t.speed}</span>
          <select
            value={player.speed}
            onChange={(event) => player.setSpeed(Number((event.currentTarget as HTMLSelectElement).value) as Speed)}
          >
            {SPEEDS.map((n) => (
              <option key={n} value={n}>
                {t.speeds(n)}
              </option>
            ))}
          </select>
        </label>
          <label class="step">
            <span>{s.step}</span>
            <select value={stepMode} onChange={(event) => setStepMode((event.currentTarget as HTMLSelectElement).value as Step)}>
              {STEPS.map((m) => (
                <option key={m} value={m}>
                  {s.steps[m]}
                </option>
              ))}
            </select>
          </label>
          <label class="loop">
            <input type="checkbox" checked={loop} onChange={(event) => setLoop((event.currentTarget as HTMLInputElement).checked)} />
            <span>{s.loop}</span>
          </label>
        </details>
        )}
        <p class="keys-help">{t.keysHelp}</p>
      </div>
    </section>
  );
}
