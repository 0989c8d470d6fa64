// Play: one day per tick at the chosen speed, stopping on the last day.
import { useEffect, useRef, useState } from 'preact/hooks';

export const SPEEDS = [2, 5, 10] as const;
export type Speed = (typeof SPEEDS)[number];

export interface Player {
  playing: boolean;
  speed: Speed;
  setSpeed: (speed: Speed) => void;
  toggle: () => void;
  stop: () => void;
}

export function usePlayer(day: number, lastDay: number, step: (day: number) => void): Player {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(5);
  const dayRef = useRef(day);
  dayRef.current = day;
  const stepRef = useRef(step);
  stepRef.current = step;

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      const next = dayRef.current + 1;
      if (next > lastDay) {
        setPlaying(false);
        return;
      }
      stepRef.current(next);
      if (next === lastDay) setPlaying(false);
    }, 1000 / speed);
    return () => clearInterval(timer);
  }, [playing, speed, lastDay]);

  return {
    playing,
    speed,
    setSpeed,
    toggle: () => {
      if (!playing && dayRef.current >= lastDay) stepRef.current(0); // from the start again
      setPlaying(!playing);
    },
    stop: () => setPlaying(false),
  };
}
