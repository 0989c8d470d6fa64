/**
 * Events → the control of every neighbourhood on every day, from the weight of the evidence.
 *
 * The rules, in the order they apply to one neighbourhood, day by day:
 * 1. The baseline gives the first period (unknown where it says nothing).
 * 2. Editors' events are absolute: on their day they silence the machine's readings.
 * 3. The direction of a change comes from the state it changes. A capture whose sentence names
 *    its taker gives the place to that side; one that names only the loser, or neither, moves
 *    the place away from whoever held it the day before, to that side's opponent (TAKER_FROM:
 *    the rebels lose to the regime, the regime and the Kurdish forces to the rebels). A named
 *    taker that already held the place, or a named loser that did not, contradicts the state:
 *    not applied, listed in the review — unless it repeats a change made in the last days.
 * 4. Each day's readings are weighed (evidence.ts): confidence, the outlet's leaning, and
 *    independent sources combined. The side with the most weight wins if it reaches
 *    MIN_CONFIDENCE; sides that disagree lower the tier and go to the review, they never make
 *    a day contested. Contested comes only from reports of a partial hold or fighting inside.
 * 5. A lone report under STRONG cannot overturn a state that two independent sources confirmed.
 * 6. Statements ("the rebel-held district of X") confirm the period they fall in; statements
 *    that contradict it from two independent sources correct it from the day the second says it.
 * 7. Events without a date, dated outside the timeline, without a side, or under MIN_CONFIDENCE
 *    change nothing and go to the review. An extracted event about a whole area (East Aleppo)
 *    changes nothing; an editor's applies to the members its side's opponent held or that
 *    were contested, unless a member's own events speak that day.
 * 8. Every period gets a tier: confirmed (two independent sources, or an editor), single (one
 *    source), inferred (from an area, or from sentences that look back over weeks: a change no later
 *    than their article's date), baseline (the reference alone).
 */
import { CONTROL_KINDS, type Actor, type ControlEvent, type Controller } from '../events/types';
import type { Gazetteer } from '../gazetteer/types';
import { addDays, daysBetween } from '../text/isoDay';
import { bySource, combined, NO_LEANINGS, sourceIds, weightOf, type Leanings, type ShingleCache, type SourceInfo } from './evidence';
import type { BaselineEntry, Control, Period, Tier, Timeline } from './types';

export interface TimelineOptions {
  /** The baseline date: the timeline's first day. */
  start: string;
  /** Last day shown is the day before `end`; default: the day after the last applied event. */
  end?: string;
  /** Events dated after this day (the corpus period's end) change nothing, so one misdated article cannot stretch the timeline. */
  last?: string;
  /** Extracted events below this confidence change nothing. */
  minConfidence?: number;
  /** Each article's source (outlet or agency) and leaning; absent: every article is its own source. */
  sources?: ReadonlyMap<string, SourceInfo>;
  leanings?: Leanings;
}

export type ConflictKind =
  | 'sources disagree'
  | 'statement contradicts'
  | 'taker already held it'
  | 'loser did not hold it'
  | 'no side named and no state before'
  | 'a lone report against a confirmed state'
  | 'corrected by statements';

export interface Conflict {
  neighbourhood: string;
  date: string;
  kind: ConflictKind;
  /** What the period says, and each event with what it says. */
  holds: Control;
  events: { id: string; says: Controller | null }[];
}

/** How the timeline read one event: the side it supports (after rule 3) and what became of it. */
export interface Reading {
  says: Controller;
  /**
   * applied: it set the period; corroborates: it repeats the period's change or state; late: it
   * names a taker that already held the place (an old change, reported late); outweighed, blocked
   * (a lone report against a confirmed state), weak, contradicts (a loser that did not hold it).
   */
  status: 'applied' | 'corroborates' | 'late' | 'outweighed' | 'contradicts' | 'blocked' | 'weak';
  /** Set when the side comes from the state before, not from the sentence. */
  fromState?: Control;
}

export interface TimelineResult {
  timeline: Timeline;
  conflicts: Conflict[];
  /** Events that changed nothing, by reason, for the review. */
  unused: { lowConfidence: ControlEvent[]; undated: ControlEvent[]; noController: ControlEvent[]; group: ControlEvent[]; outside: ControlEvent[] };
  /** Every control event or statement the timeline weighed, by id. */
  readings: Record<string, Reading>;
}

export const MIN_CONFIDENCE = 0.5;
/** A lone source at least this sure may overturn a confirmed state. */
export const STRONG = 0.8;
/** A report of a change this many days after the same change is a repeat of it, not a contradiction. */
const REPEAT_DAYS = 4;

/**
 * Who takes a place when the text names only the side that loses it (or no side): the
 * loser's main opponent in Aleppo in 2016. The rebels fought both the regime and the Kurdish
 * forces of Sheikh Maqsoud; the regime and the Kurdish forces did not fight each other there.
 */
export const TAKER_FROM: Record<Actor, Actor> = { rebel: 'regime', regime: 'rebel', kurdish: 'rebel' };

const SIDES = new Set<Control>(['regime', 'rebel', 'kurdish']);

export function buildTimeline(
  events: readonly ControlEvent[],
  baseline: ReadonlyMap<string, BaselineEntry>,
  gazetteer: Gazetteer,
  options: TimelineOptions,
): TimelineResult {
  const minConfidence = options.minConfidence ?? MIN_CONFIDENCE;
  const unused: TimelineResult['unused'] = { lowConfidence: [], undated: [], noController: [], group: [], outside: [] };
  const members = new Map(gazetteer.groups.map((g) => [g.id, g.members]));
  const sectors = new Set(gazetteer.groups.filter((g) => g.sector).map((g) => g.id));
  const sectorEvents = new Map<string, ControlEvent[]>();
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
    // A change with no side named ("X est tombé") is read against the state it changes: only
    // a reading that is not a change of hands, or says nothing of the side, waits here.
    else if (e.kind !== 'partial' && !e.controller && e.basis !== 'guess') unused.noController.push(e);
    else if (e.group || members.has(e.neighbourhood)) {
      if (e.review) for (const m of members.get(e.neighbourhood) ?? []) add(m, e);
      else if (sectors.has(e.neighbourhood) && e.kind !== 'partial' && (e.basis === 'taker' || e.basis === 'loser')) {
        const list = sectorEvents.get(e.neighbourhood) ?? [];
        list.push(e);
        sectorEvents.set(e.neighbourhood, list);
      } else unused.group.push(e);
    } else add(e.neighbourhood, e);
  }
  // A sector's change, confirmed by two independent sources within two days, reaches its members (tier inferred).
  for (const [group, list] of sectorEvents) {
    const confirmed = confirmedSectorChanges(list, options.sources ?? new Map());
    for (const e of list) if (!confirmed.has(e)) unused.group.push(e);
    for (const e of confirmed) for (const m of members.get(group) ?? []) add(m, e);
  }

  const context: Context = {
    sources: options.sources ?? new Map(),
    leanings: options.leanings ?? NO_LEANINGS,
    minConfidence,
    conflicts: [],
    readings: {},
    start: options.start,
    shingles: new WeakMap(),
  };
  const lastDate = [...mine.values()].flat().reduce((max, e) => (e.date! > max ? e.date! : max), options.start);
  const end = options.end ?? addDays(lastDate, 1);
  const neighbourhoods: Record<string, Period[]> = {};
  for (const n of [...gazetteer.neighbourhoods].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    neighbourhoods[n.id] = periodsOf(n.id, baseline.get(n.id), mine.get(n.id) ?? [], context);
  }
  const changeDates = new Set<string>([options.start]);
  for (const periods of Object.values(neighbourhoods)) for (const p of periods) changeDates.add(p.from);
  return {
    timeline: { start: options.start, end, neighbourhoods, changeDates: [...changeDates].sort() },
    conflicts: context.conflicts,
    unused,
    readings: context.readings,
  };
}


interface Context {
  sources: ReadonlyMap<string, SourceInfo>;
  leanings: Leanings;
  minConfidence: number;
  conflicts: Conflict[];
  readings: Record<string, Reading>;
  start: string;
  /** Sentences' 4-grams, computed once for all the places a sentence names. */
  shingles: ShingleCache;
}

/** A period being built, with the evidence behind it. */
interface Open {
  period: Period;
  /** Readings that support the period (its change, repeats, statements that agree). */
  support: ControlEvent[];
  /** Their sources (sourceIds), and those of its changes alone: kept as readings are added. */
  sources: Set<number>;
  changeSources: Set<number>;
  editor: boolean;
  /** Statements that say otherwise, by the side they give. */
  against: Map<Controller, ControlEvent[]>;
  /** The state it replaced (for statements that still describe it). */
  before: Control | null;
  viaArea: boolean;
}

function periodsOf(id: string, base: BaselineEntry | undefined, events: ControlEvent[], cx: Context): Period[] {
  const open: Open[] = [
    { period: { from: cx.start, controller: base?.controller ?? 'unknown', events: [], baseline: true, tier: 'baseline' }, support: [], sources: new Set(), changeSources: new Set(), editor: false, against: new Map(), before: null, viaArea: false },
  ];
  const byDay = new Map<string, ControlEvent[]>();
  for (const e of events) {
    const list = byDay.get(e.date!);
    if (list) list.push(e);
    else byDay.set(e.date!, [e]);
  }
  const weight = (side: Controller) => (e: ControlEvent) => weightOf(e, side, cx.sources, cx.leanings);
  // Which readings are one source is worked out once for the place's readings.
  const ids = sourceIds(events, cx.sources, cx.shingles);
  const sourcesOf = (list: readonly ControlEvent[]) => bySource(list, ids);

  for (const day of [...byDay.keys()].sort()) {
    const today = byDay.get(day)!;
    const current = () => open.at(-1)!;
    const held = current().period.controller;
    const viaGroup = (e: ControlEvent) => e.neighbourhood !== id;

    const own = today.filter((e) => CONTROL_KINDS.has(e.kind) && !viaGroup(e));
    const before: StateBefore = { held, heldByChange: !current().period.baseline, lastSide: lastSide(), justLost: repeats(current(), day) ? current().before : null };
    const edited = own.filter((e) => e.review);
    if (edited.length) {
      const sides = new Set(edited.map((e) => outcome(e)));
      const next: Control = sides.size === 1 ? [...sides][0]! : 'contested';
      for (const e of edited) cx.readings[e.id] = { says: outcome(e), status: 'applied' };
      if (sides.size > 1) cx.conflicts.push({ neighbourhood: id, date: day, kind: 'sources disagree', holds: next, events: edited.map((e) => ({ id: e.id, says: outcome(e) })) });
      for (const e of own.filter((x) => !x.review)) cx.readings[e.id] = { says: sideFor(e, before).side ?? outcome(e), status: 'outweighed' };
      change(day, next, edited, false, sides.size > 1);
      continue;
    }
    const candidates = new Map<Controller, ControlEvent[]>();
    for (const e of own) {
      const { side, fromState } = sideFor(e, before);
      if (side === null) {
        cx.readings[e.id] = { says: outcome(e), status: 'contradicts' };
        const kind = e.controller || e.loser ? 'loser did not hold it' : 'no side named and no state before';
        cx.conflicts.push({ neighbourhood: id, date: day, kind, holds: held, events: [{ id: e.id, says: e.loser ?? null }] });
        continue;
      }
      cx.readings[e.id] = { says: side, status: 'applied', ...(fromState ? { fromState } : {}) };
      if (side === held) {
        // Another report of the change that set the period (or of a partial hold) supports it;
        // a taker named for a place it held from the baseline is a late report or a misreading.
        if (!current().period.baseline || side === 'contested') {
          cx.readings[e.id]!.status = 'corroborates';
          supportAdd(current(), e);
          current().period.events.push(e.id);
          current().period.lastReported = day;
        } else {
          // A late report of an old change, or a misreading: the map stays as it is either way,
          // and the review lists it. It is not counted as support: a misreading must not confirm.
          cx.readings[e.id]!.status = 'late';
          cx.conflicts.push({ neighbourhood: id, date: day, kind: 'taker already held it', holds: held, events: [{ id: e.id, says: side }] });
        }
        continue;
      }
      const list = candidates.get(side) ?? [];
      list.push(e);
      candidates.set(side, list);
    }
    if (candidates.size) {
      // A side's full capture outranks a report of a partial hold the same day: the day ends with the fuller news.
      const full = (side: Controller, w: number) => (side !== 'contested' && w >= cx.minConfidence ? 1 : 0);
      const ranked = [...candidates]
        .map(([side, list]) => ({ side, list, weight: combined(sourcesOf(list), weight(side)) }))
        .sort((a, b) => full(b.side, b.weight) - full(a.side, a.weight) || b.weight - a.weight || (a.side < b.side ? -1 : 1));
      const best = ranked[0]!;
      const disagree = ranked.length > 1;
      if (disagree) {
        cx.conflicts.push({ neighbourhood: id, date: day, kind: 'sources disagree', holds: best.weight >= cx.minConfidence ? best.side : held, events: ranked.flatMap((r) => r.list.map((e) => ({ id: e.id, says: r.side }))) });
        for (const r of ranked.slice(1)) for (const e of r.list) cx.readings[e.id]!.status = 'outweighed';
      }
      const lone = sourcesOf(best.list).length === 1 && best.weight < STRONG;
      if (best.weight < cx.minConfidence) for (const e of best.list) cx.readings[e.id]!.status = 'weak';
      else if (lone && confirmed(current())) {
        for (const e of best.list) cx.readings[e.id]!.status = 'blocked';
        cx.conflicts.push({ neighbourhood: id, date: day, kind: 'a lone report against a confirmed state', holds: held, events: best.list.map((e) => ({ id: e.id, says: best.side })) });
      } else change(day, best.side, best.list, false, disagree);
    } else {
      // An editor's event, or a confirmed sector change, about an area that holds this place.
      const area = today.filter((e) => CONTROL_KINDS.has(e.kind) && viaGroup(e) && groupReaches(e, held));
      if (area.length) {
        const sides = new Set(area.map((e) => outcome(e)));
        if (sides.size === 1) change(day, [...sides][0]!, area, true, false);
      }
    }
    // Statements after the day's change: one that gives the old holder describes the state the change ended.
    for (const s of today.filter((e) => e.kind === 'statement' && !viaGroup(e))) statement(s, day);
    for (const s of today.filter((e) => e.kind === 'statement' && viaGroup(e))) {
      if (s.controller === current().period.controller) note(current(), s, day);
    }
  }
  return open.map(finish);

  /** The last side that held the place whole (before it became contested). */
  function lastSide(): Control {
    for (let i = open.length - 1; i >= 0; i--) if (SIDES.has(open[i]!.period.controller)) return open[i]!.period.controller;
    return 'unknown';
  }

  function change(day: string, next: Control, list: ControlEvent[], viaArea: boolean, disputed: boolean) {
    const current = open.at(-1)!;
    const ids = list.map((e) => e.id);
    if (next === current.period.controller) {
      current.period.events.push(...ids);
      supportAdd(current, ...list);
      current.period.lastReported = day;
      return;
    }
    const period: Period = { from: day, controller: next, events: ids, tier: 'single', lastReported: day, ...(disputed ? { flags: ['sources disagree on this day'] } : {}) };
    if (current.period.from === day) {
      // Two changes on one day (a statement's correction, then a change): the later wins the day.
      open.pop();
    }
    const opened: Open = { period, support: [], sources: new Set(), changeSources: new Set(), editor: false, against: new Map(), before: current.period.controller, viaArea };
    supportAdd(opened, ...list);
    open.push(opened);
  }

  function statement(s: ControlEvent, day: string) {
    const current = open.at(-1)!;
    const says = s.controller!;
    if (says === current.period.controller) {
      cx.readings[s.id] = { says, status: 'corroborates' };
      note(current, s, day);
      return;
    }
    // Right after a change, the old state is how the sentence describes the place ("the capture of X, until then rebel-held").
    if (says === current.before && daysBetween(current.period.from, day) <= REPEAT_DAYS) {
      cx.readings[s.id] = { says, status: 'outweighed' };
      return;
    }
    const list = current.against.get(says) ?? [];
    list.push(s);
    current.against.set(says, list);
    const sources = sourcesOf(list);
    const w = combined(sources, weight(says));
    // Where nothing was known, one source is enough to say who holds it.
    const needed = current.period.controller === 'unknown' ? 1 : 2;
    if (sources.length >= needed && w >= cx.minConfidence && !confirmedByChange(current)) {
      for (const e of list) cx.readings[e.id] = { says, status: 'applied' };
      cx.conflicts.push({ neighbourhood: id, date: day, kind: 'corrected by statements', holds: says, events: list.map((e) => ({ id: e.id, says })) });
      change(day, says, list, false, false);
      open.at(-1)!.period.flags = [...(open.at(-1)!.period.flags ?? []), `corrected by statements from ${sources.length} sources`];
      return;
    }
    cx.readings[s.id] = { says, status: 'outweighed' };
    current.period.flags = [...(current.period.flags ?? []), `${s.id} says ${says} on ${day}`];
    cx.conflicts.push({ neighbourhood: id, date: day, kind: 'statement contradicts', holds: current.period.controller, events: [{ id: s.id, says }] });
  }

  function note(current: Open, s: ControlEvent, day: string) {
    supportAdd(current, s);
    current.period.events.push(s.id);
    current.period.lastReported = day;
  }

  function supportAdd(o: Open, ...list: ControlEvent[]) {
    for (const e of list) {
      o.support.push(e);
      const source = ids.get(e) ?? -1 - o.support.length;
      o.sources.add(source);
      if (e.kind !== 'statement') o.changeSources.add(source);
      if (e.review) o.editor = true;
    }
  }

  /** A period is confirmed by an editor or two independent sources. */
  function confirmed(o: Open): boolean {
    return o.editor || o.sources.size >= 2;
  }

  /** Statements may not overturn a change that two sources or an editor reported. */
  function confirmedByChange(o: Open): boolean {
    return o.support.some((e) => e.review && e.kind !== 'statement') || o.changeSources.size >= 2;
  }

  function finish(o: Open): Period {
    // A change known only from sentences that look back ("in recent weeks") is dated by a bound.
    const changes = o.support.filter((e) => e.kind !== 'statement');
    const bounded = !o.period.baseline && !o.viaArea && changes.length > 0 && changes.every((e) => e.bounded);
    const tier: Tier = o.viaArea || bounded ? 'inferred' : confirmed(o) ? 'confirmed' : o.period.baseline && !o.support.length ? 'baseline' : 'single';
    const p: Period = { ...o.period, tier, ...(o.viaArea ? { basis: 'area' as const } : bounded ? { basis: 'bounded' as const } : {}) };
    if (!p.lastReported) delete p.lastReported;
    return p;
  }
}

/**
 * The readings of a sector's change that two independent sources confirm: for each reading,
 * the readings of the same side within two days before it, from at least two sources. The
 * confirmed change is dated by the later report (the day it was confirmed).
 */
function confirmedSectorChanges(list: readonly ControlEvent[], sources: ReadonlyMap<string, SourceInfo>): Set<ControlEvent> {
  const ids = sourceIds(list, sources);
  const out = new Set<ControlEvent>();
  // Per side, day by day: the day's readings and those of the two days before, their sources counted as the window slides.
  for (const side of new Set(list.map((e) => e.controller))) {
    const byDay = new Map<string, ControlEvent[]>();
    for (const e of list) if (e.controller === side) (byDay.get(e.date!) ?? byDay.set(e.date!, []).get(e.date!)!).push(e);
    const days = [...byDay.keys()].sort();
    const count = new Map<number, number>();
    let from = 0;
    for (const day of days) {
      for (const e of byDay.get(day)!) count.set(ids.get(e)!, (count.get(ids.get(e)!) ?? 0) + 1);
      while (daysBetween(days[from]!, day) > 2) {
        for (const e of byDay.get(days[from]!)!) {
          const left = count.get(ids.get(e)!)! - 1;
          if (left) count.set(ids.get(e)!, left);
          else count.delete(ids.get(e)!);
        }
        from++;
      }
      if (count.size >= 2) for (const e of byDay.get(day)!) out.add(e);
    }
  }
  return out;
}

/** The previous change was made within REPEAT_DAYS: a report of the same change is a repeat. */
function repeats(o: Open, day: string): boolean {
  return !o.period.baseline && daysBetween(o.period.from, day) <= REPEAT_DAYS;
}

/**
 * The side an event gives the place, from the state before when the sentence does not name
 * the taker (rule 3); null when it names a loser that did not hold the place.
 */
/** What a day's reading is read against: the state it would change. */
interface StateBefore {
  held: Control;
  /** The current period began with a reported change (not the baseline). */
  heldByChange: boolean;
  /** The last side that held the place whole. */
  lastSide: Control;
  /** The side that lost the place in a change of the last REPEAT_DAYS days, if any. */
  justLost: Control | null;
}

function sideFor(e: ControlEvent, { held, heldByChange, lastSide, justLost }: StateBefore): { side: Controller | null; fromState: Control | null } {
  if (e.kind === 'partial' && !e.review && SIDES.has(held)) {
    // A part taken by the side that holds the place whole, or a part taken with no side named in
    // the days after a full capture, is that capture's earlier stage reported late: it supports
    // the state (or, against the baseline, is listed as a late report). A part taken by the
    // other side makes it contested.
    if (e.gainer === held || (!e.gainer && justLost !== null)) return { side: held as Controller, fromState: null };
  }
  if (e.kind === 'partial' || e.review || !e.basis || e.basis === 'taker') return { side: outcome(e), fromState: null };
  if (e.basis === 'loser') {
    // A loser that did not hold the place contradicts the state, unless it lost it in the
    // change of the last days: then the sentence repeats that change.
    if (SIDES.has(held) && e.loser && held !== e.loser) return justLost === e.loser ? { side: held as Controller, fromState: null } : { side: null, fromState: null };
    return { side: e.controller!, fromState: null };
  }
  // A guess: the place goes to the opponent of the side that held it whole (TAKER_FROM).
  // Days after a change, the state a report changes is the one before that change: the
  // report is most likely of that change.
  if (justLost && SIDES.has(justLost)) return { side: TAKER_FROM[justLost as Actor], fromState: justLost };
  if (held === 'contested' && SIDES.has(lastSide)) return { side: TAKER_FROM[lastSide as Actor], fromState: lastSide };
  if (!SIDES.has(held)) return { side: e.controller ? outcome(e) : null, fromState: null };
  if (e.controller === held && heldByChange) return { side: held as Controller, fromState: null };
  return { side: TAKER_FROM[held as Actor], fromState: held };
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

function outcome(e: ControlEvent): Controller {
  return e.kind === 'partial' ? 'contested' : e.controller!;
}
