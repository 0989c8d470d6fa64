// A small histogram of changes per day under the slider (as kepler.gl's playback has): where
// the battle moved, at a glance. Key days of the story are marked above their bar. It adds no
// information a screen reader lacks (the slider says change days, the table the state), so it
// is hidden from one.
import type { ControlIndex } from '../model/control';

const HEIGHT = 24;

export function Histogram({ index, counts, keyDays, day }: { index: ControlIndex; counts: readonly number[]; keyDays: readonly number[]; day: number }) {
  const most = Math.max(1, ...counts);
  const width = index.lastDay + 1;
  // A square-root scale: a day of 35 changes must not flatten the days of one or two.
  const h = (n: number) => (n === 0 ? 0 : Math.max(3, Math.sqrt(n / most) * (HEIGHT - 5)));
  return (
    <svg class="histogram" viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {counts.map((n, d) =>
        n > 0 ? <rect key={d} class={d === day ? 'bar current' : 'bar'} x={d + 0.1} width={0.8} y={HEIGHT - h(n)} height={h(n)} /> : null,
      )}
      {keyDays.map((d) => (
        <rect key={`k${d}`} class={d === day ? 'key current' : 'key'} x={d + 0.1} width={0.8} y={0} height={2.5} />
      ))}
    </svg>
  );
}
