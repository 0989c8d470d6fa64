// Puts a day on the map without re-uploading anything: the controller of
// only the neighbourhoods that differ from the day shown before goes into
// feature-state, the "changed that day" ring moves, and the day goes into
// global state for the front-line filter.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ControlIndex } from '../model/control';
import { DAY_STATE, NEIGHBOURHOODS_SOURCE, STATE } from './style';

export class DayPainter {
  private shown: number | null = null;
  private changed: string[] = [];
  /** The weak flags last written (confidence on the map), in the index's `ids` order. */
  private weak: readonly boolean[] | null = null;

  /** The front lines' days are the index's own (src/map/fronts.ts), so the day goes to the map as it is. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly index: ControlIndex,
  ) {}

  /** Feature-state is dropped when a source reloads its data: call to paint everything again. */
  reset(): void {
    this.shown = null;
    this.changed = [];
    this.weak = null;
  }

  /** Returns how many feature states were written (for the bench). */
  show(day: number): number {
    const { map, index } = this;
    let writes = 0;
    const target = (id: string) => ({ source: NEIGHBOURHOODS_SOURCE, id });
    if (this.shown === null) {
      const controllers = index.controllersOn(day);
      index.ids.forEach((id, i) => map.setFeatureState(target(id), { [STATE.controller]: controllers[i] }));
      writes += index.ids.length;
    } else if (this.shown !== day) {
      for (const change of index.diff(this.shown, day)) {
        map.setFeatureState(target(change.id), { [STATE.controller]: change.after });
        writes++;
      }
    }
    if (this.shown !== day) {
      for (const id of this.changed) map.setFeatureState(target(id), { [STATE.changed]: false });
      writes += this.changed.length;
      this.changed = index.changes(day).map((c) => c.id);
      for (const id of this.changed) map.setFeatureState(target(id), { [STATE.changed]: true });
      writes += this.changed.length;
      // A weaker fill where the colour rests on an inference or the baseline alone: only flags that flip are written.
      const weak = index.weakOn(day);
      index.ids.forEach((id, i) => {
        if (this.weak && this.weak[i] === weak[i]) return;
        map.setFeatureState(target(id), { [STATE.weak]: weak[i] });
        writes++;
      });
      this.weak = weak;
      map.setGlobalStateProperty(DAY_STATE, day);
      this.shown = day;
    }
    return writes;
  }
}
