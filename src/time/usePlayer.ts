// Play: steps through the days at the chosen speed. A plan (src/story/playback.ts) may say which
// day comes next (every day, or change to change) and how long each day holds (longer on change
// days and on the story's key days); with `loop` it starts again from the first day.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlaybackPlan } from '../story/playback';

export const SPEEDS = [2, 5, 10] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Player {
  playing: boolean;
  speed: Speed;
  setSpeed: (speed: Speed) => void;
  toggle: () => void;
  stop: () => void;
}

/** One day at a time to the last, each held one tick: playback without a story. */
function everyDay(lastDay: number): PlaybackPlan {
  return { next: (day) => (day < lastDay ? day + 1 : undefined), hold: (_day, tick) => tick, loop: false };
}

export function usePlayer(day: number, lastDay: number, step: (day: number) => void, plan: PlaybackPlan = everyDay(lastDay)): Player {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(5);
  const dayRef = useRef(day);
  dayRef.current = day;
  const stepRef = useRef(step);
  stepRef.current = step;
  const planRef = useRef(plan);
  planRef.current = plan;
  // The day play was pressed on moves on after one tick, not after its whole hold.
  const fresh = useRef(false);

  // Re-armed on every day shown: each day gets its own hold.
  useEffect(() => {
    if (!playing) return;
    const tick = 1000 / speed;
    const wait = fresh.current ? tick : planRef.current.hold(day, tick);
    fresh.current = false;
    const timer = setTimeout(() => {
      const p = planRef.current;
      const next = p.next(dayRef.current) ?? (p.loop ? 0 : undefined);
      if (next === undefined) {
        setPlaying(false);
        return;
      }
      stepRef.current(next);
      if (!p.loop && p.next(next) === undefined) setPlaying(false);
    }, wait);
    return () => clearTimeout(timer);
  }, [playing, speed, day, lastDay]);

  return {
    playing,
    speed,
    setSpeed,
    toggle: () => {
      if (!playing && planRef.current.next(dayRef.current) === undefined) stepRef.current(0); // from the start again
      fresh.current = true;
      setPlaying(!playing);
    },
    stop: () => setPlaying(false),
  };
}
