// The date: written out, a slider over every day with the change days
// marked, play/pause at a chosen speed, and day/change steps.
import { useEffect } from 'preact/hooks';
import { strings, type Lang } from '../i18n';
import type { ControlIndex } from '../model/control';
import { longDate, shortDate } from '../model/days';
import { Icon } from './icons';
import { SHORTCUTS, timeAction, type TimeAction } from './keys';
import { SPEEDS, usePlayer, type Speed } from './usePlayer';

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
}

export function TimeBar({ index, day, lang, onDay, summary, reducedMotion, showPlay = true, autoplay = false }: TimeBarProps) {
  const t = strings[lang];
  const player = usePlayer(day, index.lastDay, (d) => onDay(d, true));
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
        {canPlay && (
        <label class="speed">
          <span>{t.speed}</span>
          <select
            value={player.speed}
            onChange={(event) => player.setSpeed(Number((event.currentTarget as HTMLSelectElement).value) as Speed)}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {t.speeds(s)}
              </option>
            ))}
          </select>
        </label>
        )}
        <p class="keys-help">{t.keysHelp}</p>
      </div>
    </section>
  );
}
