// Who held what on which day, as day numbers: built once from timeline.json so
// a date change is a few array reads, and so the map only touches the
// neighbourhoods whose controller differs between two days.
import type { Control, Period, Timeline } from '../../geo/src/contract';
import { dateAt, dayIndex } from './days';
import { isWeak, tierOf, type IsAreaEvent } from './tier';

export interface DayPeriod extends Period {
  /** First day of the period, counted from the timeline's start. */
  fromDay: number;
  /** Day after its last day (the next period's fromDay, or lastDay + 1). */
  untilDay: number;
}

export interface Change {
  id: string;
  before: Control;
  after: Control;
}

export class ControlIndex {
  readonly start: string;
  readonly end: string;
  /** The slider's last day: the timeline's end. */
  readonly lastDay: number;
  readonly ids: readonly string[];
  /** Days on which any neighbourhood's controller changes (not the start), ascending. */
  readonly changeDays: readonly number[];
  private readonly periods = new Map<string, DayPeriod[]>();
  /** controllerByDay[day][i] is the controller of ids[i] on `day`. */
  private readonly byDay: Control[][];
  /** weakByDay[day][i]: the colour of ids[i] on `day` rests on an inference or the baseline alone. */
  private readonly weakByDay: boolean[][];

  /** `isArea`: which events are about a whole area, for periods the pipeline gave no tier (model/tier.ts). */
  constructor(timeline: Timeline, readonly isArea?: IsAreaEvent) {
    this.start = timeline.start;
    this.end = timeline.end;
    this.lastDay = Math.max(0, dayIndex(timeline.start, timeline.end));
    this.ids = Object.keys(timeline.neighbourhoods).sort();
    for (const id of this.ids) {
      const list = [...(timeline.neighbourhoods[id] ?? [])].sort((a, b) => a.from.localeCompare(b.from));
      const withDays = list.map((period, i): DayPeriod => {
        const next = list[i + 1];
        return {
          ...period,
          fromDay: dayIndex(this.start, period.from),
          untilDay: next ? dayIndex(this.start, next.from) : this.lastDay + 1,
        };
      });
      this.periods.set(id, withDays);
    }
    this.byDay = [];
    this.weakByDay = [];
    for (let day = 0; day <= this.lastDay; day++) {
      const on = this.ids.map((id) => periodOn(this.periods.get(id)!, day));
      this.byDay.push(on.map((p) => p?.controller ?? 'unknown'));
      this.weakByDay.push(on.map((p) => isWeak(tierOf(p, isArea))));
    }
    const days = new Set<number>();
    for (const date of timeline.changeDates) {
      const day = dayIndex(this.start, date);
      if (day > 0 && day <= this.lastDay) days.add(day);
    }
    // changeDates is the contract's list; periods are the truth, so add any day they change on.
    for (let day = 1; day <= this.lastDay; day++) if (this.changes(day).length > 0) days.add(day);
    this.changeDays = [...days].sort((a, b) => a - b);
  }

  date(day: number): string {
    return dateAt(this.start, day);
  }

  day(date: string): number {
    return dayIndex(this.start, date);
  }

  clamp(day: number): number {
    return Math.min(this.lastDay, Math.max(0, Math.round(day)));
  }

  has(id: string): boolean {
    return this.periods.has(id);
  }

  periodsOf(id: string): readonly DayPeriod[] {
    return this.periods.get(id) ?? [];
  }

  /** The period holding on `day`, or undefined before the first one. */
  periodOn(id: string, day: number): DayPeriod | undefined {
    return periodOn(this.periodsOf(id), day);
  }

  controllerOn(id: string, day: number): Control {
    return this.periodOn(id, day)?.controller ?? 'unknown';
  }

  /** Every neighbourhood's controller on `day`, in `ids` order. */
  controllersOn(day: number): readonly Control[] {
    return this.byDay[this.clamp(day)]!;
  }

  /** Whether each neighbourhood's colour on `day` is weak (inferred or baseline only), in `ids` order. */
  weakOn(day: number): readonly boolean[] {
    return this.weakByDay[this.clamp(day)]!;
  }

  /** Neighbourhoods whose controller differs between two days (any two, not only neighbours). */
  diff(fromDay: number, toDay: number): Change[] {
    const before = this.controllersOn(fromDay);
    const after = this.controllersOn(toDay);
    const out: Change[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      if (before[i] !== after[i]) out.push({ id: this.ids[i]!, before: before[i]!, after: after[i]! });
    }
    return out;
  }

  /** What changed on `day` itself (against the day before). */
  changes(day: number): Change[] {
    return day <= 0 ? [] : this.diff(day - 1, day);
  }

  previousChange(day: number): number | undefined {
    for (let i = this.changeDays.length - 1; i >= 0; i--) if (this.changeDays[i]! < day) return this.changeDays[i];
    return day > 0 ? 0 : undefined;
  }

  nextChange(day: number): number | undefined {
    return this.changeDays.find((d) => d > day);
  }
}

function periodOn(periods: readonly DayPeriod[], day: number): DayPeriod | undefined {
  // Few periods per neighbourhood: a backwards scan beats a binary search here.
  for (let i = periods.length - 1; i >= 0; i--) if (periods[i]!.fromDay <= day) return periods[i];
  return undefined;
}
