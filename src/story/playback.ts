// How playback moves: which day comes next and how long each day stays on screen. Quiet days
// pass at the chosen speed; a change day holds a moment so the new colours can be seen; a key
// day of the story holds long enough to read its caption. `step=change` skips quiet stretches.
import type { ControlIndex } from '../model/control';

export const STEPS = ['day', 'change'] as const;
export type Step = (typeof STEPS)[number];

/** At least this long on a day on which a neighbourhood changed hands. */
export const CHANGE_HOLD_MS = 1200;
/** At least this long on a key day of the story, with its caption. */
export const KEY_HOLD_MS = 4500;

export interface PlaybackPlan {
  /** The day after `day` that playback shows, or undefined at the end. */
  next: (day: number) => number | undefined;
  /** How long `day` stays on screen at `tickMs` per quiet day. */
  hold: (day: number, tickMs: number) => number;
  loop: boolean;
}

export function playbackPlan(index: ControlIndex, keyDays: readonly number[], step: Step, loop: boolean): PlaybackPlan {
  const keys = new Set(keyDays);
  const changes = new Set(index.changeDays);
  const stops = [...new Set([...index.changeDays, ...keyDays])].filter((d) => d > 0 && d <= index.lastDay).sort((a, b) => a - b);
  return {
    next: (day) => (step === 'change' ? stops.find((d) => d > day) : day < index.lastDay ? day + 1 : undefined),
    hold: (day, tickMs) => Math.max(tickMs, keys.has(day) ? KEY_HOLD_MS : changes.has(day) ? CHANGE_HOLD_MS : 0),
    loop,
  };
}

/** `step=` and `loop=` from the page's URL: a bad value is dropped (the default stands). */
export function playbackOptions(href: string): { step: Step; loop: boolean } {
  const params = new URL(href).searchParams;
  const step = params.get('step');
  return { step: (STEPS as readonly string[]).includes(step ?? '') ? (step as Step) : 'day', loop: params.get('loop') === '1' };
}
