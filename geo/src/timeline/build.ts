/**
 * Events → the control of every neighbourhood on every day.
 *
 * Rules, in the order they apply to one neighbourhood's events, day by day:
 * - the baseline gives the first period (unknown when the baseline does not list it);
 * - a capture or a withdrawal sets the controller from its date on; a partial makes it
 *   contested (until a later capture);
 * - on one day, editorial events silence extracted ones; each article's word is its most
 *   confident reading; articles that still disagree make the day contested, and all their
 *   events are kept;
 * - a later day's report beats an earlier one's;
 * - a statement never changes control: it confirms the period it falls in, or is flagged;
 * - events below `minConfidence`, without a date or without a controller change nothing
 *   and go to the review;
 * - an extracted event about a group (East Aleppo, the Old City...) changes nothing: the
 *   press says "Alep-Est" for the part of it at stake. An editor's group event applies to
 *   the members its side's opponent held or that were contested, unless the member's own
 *   events speak that day.
 */
import { CONTROL_KINDS, type ControlEvent, type Controller } from '../events/types';
import type { Gazetteer } from '../gazetteer/types';
import { addDays } from './days';
import type { BaselineEntry, Control, Period, Timeline } from './types';

export interface TimelineOptions {
  /** The baseline date: the timeline's first day. */
  start: string;
  /** Last day shown is the day before `end`; default: the day after the last applied event. */
  end?: string;
  /** Events dated after this day (the corpus period's end) change nothing, so one misdated article cannot stretch the timeline. */
  last?: string;
  /** Extracted events below this confidence change nothing. */
  minConfidence?: number;
}

export interface Conflict {
  neighbourhood: string;
  date: string;
  kind: 'sources disagree' | 'statement contradicts';
  /** What the period says, and each event with what it says. */
  holds: Control;
  events: { id: string; says: Controller | null }[];
}

export interface TimelineResult {
  timeline: Timeline;
  conflicts: Conflict[];
  /** Events that changed nothing, by reason, for the review. */
  unused: { lowConfidence: ControlEvent[]; undated: ControlEvent[]; noController: ControlEvent[]; group: ControlEvent[]; outside: ControlEvent[] };
}

export const MIN_CONFIDENCE = 0.5;

export function buildTimeline(
  events: readonly ControlEvent[],
  baseline: ReadonlyMap<string, BaselineEntry>,
  gazetteer: Gazetteer,
  options: TimelineOptions,
): TimelineResult {
  const minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  const unused: TimelineResult['unused'] = { lowConfidence: [], undated: [], noController: [], group: [], outside: [] };
  const members = new Map(gazetteer.groups.map((g) => [g.id, g.members]));
  const mine = new Map<string, ControlEvent[]>();
  const add = (id: string, e: ControlEvent) => {
    const list = mine.get(id);
    if (list) list.push(e);
    else mine.set(id, [e]);
  };

  for (const e of events) {
    if (!CONTROL_KINDS.has(e.kind) && e.kind !== 'statement') continue;
    if (!e.date) unused.undated.push(e);
    else if (e.date < options.start || (options.end && e.date >= options.end) || (options.last && e.date > options.last)) unused.outside.push(e);
    else if (e.origin === 'extracted' && !e.review && e.confidence < minConfidence) unused.lowConfidence.push(e);
    else if (e.kind !== 'partial' && !e.controller) unused.noController.push(e);
    else if (e.group || members.has(e.neighbourhood)) {
      if (!e.review) unused.group.push(e);
      else for (const m of members.get(e.neighbourhood) ?? []) add(m, e);
    } else add(e.neighbourhood, e);
  }

  const lastDate = [...mine.values()].flat().reduce((max, e) => (e.date! > max ? e.date! : max), options.start);
  const end = options.end ?? addDays(lastDate, 1);
  const conflicts: Conflict[] = [];
  const neighbourhoods: Record<string, Period[]> = {};
  for (const n of [...gazetteer.neighbourhoods].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    neighbourhoods[n.id] = periodsOf(n.id, baseline.get(n.id), mine.get(n.id) ?? [], options.start, conflicts);
  }
  const changeDates = new Set<string>([options.start]);
  for (const periods of Object.values(neighbourhoods)) for (const p of periods) changeDates.add(p.from);
  return {
    timeline: { start: options.start, end, neighbourhoods, changeDates: [...changeDates].sort() },
    conflicts,
    unused,
  };
}

function periodsOf(id: string, base: BaselineEntry | undefined, events: ControlEvent[], start: string, conflicts: Conflict[]): Period[] {
  const periods: Period[] = [{ from: start, controller: base?.controller ?? 'unknown', events: [], baseline: true }];
  const byDay = new Map<string, ControlEvent[]>();
  for (const e of events) {
    const list = byDay.get(e.date!);
    if (list) list.push(e);
    else byDay.set(e.date!, [e]);
  }
  for (const day of [...byDay.keys()].sort()) {
    const today = byDay.get(day)!;
    const viaGroup = (e: ControlEvent) => e.neighbourhood !== id;
    const own = authoritative(today.filter((e) => CONTROL_KINDS.has(e.kind) && !viaGroup(e)));
    const held = periods.at(-1)!.controller;
    const changes = own.length ? own : today.filter((e) => CONTROL_KINDS.has(e.kind) && viaGroup(e) && groupReaches(e, held));
    if (changes.length) {
      const outcomes = new Set(verdicts(changes));
      const next: Control = outcomes.size === 1 ? [...outcomes][0]! : 'contested';
      const current = periods.at(-1)!;
      const ids = changes.map((e) => e.id);
      if (outcomes.size > 1) {
        conflicts.push({ neighbourhood: id, date: day, kind: 'sources disagree', holds: next, events: changes.map((e) => ({ id: e.id, says: outcome(e) })) });
      }
      if (next === current.controller) current.events.push(...ids);
      else periods.push({ from: day, controller: next, events: ids, ...(outcomes.size > 1 ? { flags: ['sources disagree on this day'] } : {}) });
    }
    const current = periods.at(-1)!;
    for (const s of today.filter((e) => e.kind === 'statement')) {
      if (s.controller === current.controller) {
        current.events.push(s.id);
        continue;
      }
      if (viaGroup(s)) continue; // "East Aleppo is the rebels'" says nothing of its Kurdish part
      current.flags = [...(current.flags ?? []), `${s.id} says ${s.controller} on ${day}`];
      conflicts.push({ neighbourhood: id, date: day, kind: 'statement contradicts', holds: current.controller, events: [{ id: s.id, says: s.controller }] });
    }
  }
  return periods;
}

/**
 * What each source says about one day. A source is an article (or an editor's entry): when
 * one article seems to say two things, its reading with the most confidence behind it is
 * the article's word, so one misread sentence does not make a day contested on its own.
 */
function verdicts(events: readonly ControlEvent[]): Controller[] {
  const bySource = new Map<string, Map<Controller, number>>();
  for (const e of events) {
    const source = e.review ? e.review.at : e.article;
    const weights = bySource.get(source) ?? new Map<Controller, number>();
    weights.set(outcome(e), (weights.get(outcome(e)) ?? 0) + e.confidence);
    bySource.set(source, weights);
  }
  return [...bySource.values()].map((weights) => [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
}

/**
 * A side that takes a whole area (an editor's group event) takes what its opponent or
 * nobody clearly held there: "the regime took East Aleppo" leaves the Kurdish-held
 * part Kurdish. A share of an area (partial) says nothing of any one member.
 */
function groupReaches(e: ControlEvent, held: Control): boolean {
  if (e.kind === 'partial' || !e.controller) return false;
  const opponent: Record<string, Control> = { regime: 'rebel', rebel: 'regime', kurdish: 'rebel' };
  return held === 'contested' || held === opponent[e.controller];
}

/** An editor's word on a day silences the machine's. */
function authoritative(events: ControlEvent[]): ControlEvent[] {
  const reviewed = events.filter((e) => e.review);
  return reviewed.length ? reviewed : events;
}

function outcome(e: ControlEvent): Controller {
  return e.kind === 'partial' ? 'contested' : e.controller!;
}
