/** Editors' data: the control baseline and their decisions on events. */
import type { Controller, EventKind } from '../events/types';

/** A problem in an editorial file: the entry is skipped, everything else is used. */
export interface EditorialIssue {
  file: string;
  line: number;
  problem: string;
  /** 'file': the problem loses the whole file (unreadable, not YAML or CSV); otherwise one entry is skipped. */
  skipped?: 'file';
}

/** An editor's verdict on one extracted event, by its id. */
export interface Decision {
  file: string;
  line: number;
  event: string;
  action: 'confirm' | 'reject' | 'correct';
  /** For `correct`: the fields that replace the extracted ones. */
  date?: string;
  controller?: Controller;
  kind?: EventKind;
  note?: string;
}

/** An event an editor adds, sourced by a verbatim quote of a corpus article or by a URL. */
export interface AddedEvent {
  file: string;
  line: number;
  neighbourhood: string;
  date: string;
  kind: EventKind;
  controller: Controller | null;
  article?: string;
  quote?: string;
  url?: string;
  note?: string;
}

export interface Reviewed {
  decisions: Decision[];
  added: AddedEvent[];
  issues: EditorialIssue[];
}

/** How editorial data changed the extracted events, for the build report and the note. */
export interface EditorialCounts {
  extracted: number;
  asIs: number;
  confirmed: number;
  corrected: number;
  rejected: number;
  added: number;
}
