import type { Span } from '../text/spans';

export type Controller = 'regime' | 'rebel' | 'kurdish' | 'contested';
export type Actor = Exclude<Controller, 'contested'>;

export type EventKind =
  | 'capture' // a side takes it
  | 'withdrawal' // a side leaves or loses it: the other side gains it
  | 'partial' // a side holds part of it: contested
  | 'fighting'
  | 'bombardment'
  | 'displacement'
  | 'statement'; // the text states who holds it

export const CONTROLLERS = ['regime', 'rebel', 'kurdish', 'contested'] as const satisfies readonly Controller[];
export const EVENT_KINDS = ['capture', 'withdrawal', 'partial', 'fighting', 'bombardment', 'displacement', 'statement'] as const satisfies readonly EventKind[];

/** Kinds that change who holds a neighbourhood. */
export const CONTROL_KINDS: ReadonlySet<EventKind> = new Set(['capture', 'withdrawal', 'partial']);

/**
 * day: the sentence dates it; publication: no date in the sentence, the article's date is
 * used; unknown: neither the sentence nor the article gives one.
 */
export type DatePrecision = 'day' | 'publication' | 'unknown';

export interface ControlEvent {
  /** Stable across runs: article id and the mention's offset. */
  id: string;
  article: string;
  date: string | null;
  datePrecision: DatePrecision;
  /** A gazetteer neighbourhood id, or a group id when `group` is set. */
  neighbourhood: string;
  group?: true;
  /** Who holds it after (or, for a statement, according to) the event; null when the text does not say. */
  controller: Controller | null;
  kind: EventKind;
  /** 0..1: lowered by hedges ("selon"), conditionals, distance from the verb. */
  confidence: number;
  quote: Span;
  origin: 'extracted' | 'editorial';
  /** The words that made the reading, for the review. */
  cues: string[];
  /**
   * For an extracted capture or withdrawal, what the sentence names: the side that takes the
   * place (`taker`), only the side that loses it (`loser`), or neither, the side being read
   * from context (`guess`). The timeline takes the side of a guess from the state it changes.
   */
  basis?: 'taker' | 'loser' | 'guess';
  /** The side the sentence names as losing the place. */
  loser?: Actor;
  /** For a partial hold, the side the sentence names as taking the part ("the army seized parts of X"). */
  gainer?: Actor;
  /**
   * The sentence looks back over weeks ("retaken X, Y and Z in recent weeks"): the change happened
   * no later than `date` (the publication date), on a day it does not give.
   */
  bounded?: true;
  /** Set when an editor confirmed, corrected or added the event (geo/editorial/events.yaml). */
  review?: EventReview;
}

export interface EventReview {
  action: 'confirmed' | 'corrected' | 'added';
  /** Where the decision is written, as "file:line". */
  at: string;
  note?: string;
  /** An added event's source when no corpus article says it. */
  url?: string;
}
