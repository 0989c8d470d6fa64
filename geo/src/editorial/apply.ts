/**
 * Editorial decisions beat extraction: confirmed events are kept with full confidence,
 * rejected ones dropped, corrected ones rewritten, added ones joined to the rest. Every entry
 * is checked against the corpus; a bad entry is reported and skipped, the rest applies.
 */
import type { Article, CorpusPeriod } from '../articles/types';
import { CONTROL_KINDS, type ControlEvent } from '../events/types';
import type { Gazetteer } from '../gazetteer/types';
import { findQuote } from './findQuote';
import type { AddedEvent, Decision, EditorialCounts, EditorialIssue, Reviewed } from './types';

export interface EditorialContext {
  articles: readonly Article[];
  gazetteer: Gazetteer;
  period: CorpusPeriod;
  /** Ids of articles that are in the corpus folder but could not be read. */
  rejectedArticles?: ReadonlySet<string>;
}

export interface EditedEvents {
  events: ControlEvent[];
  counts: EditorialCounts;
  issues: EditorialIssue[];
}

export function applyEditorial(extracted: readonly ControlEvent[], reviewed: Reviewed, context: EditorialContext): EditedEvents {
  const issues: EditorialIssue[] = [...reviewed.issues];
  const byId = new Map(extracted.map((e) => [e.id, e]));
  const decisions = soleDecisions(reviewed.decisions, issues);
  const counts: EditorialCounts = { extracted: extracted.length, asIs: 0, confirmed: 0, corrected: 0, rejected: 0, added: 0 };

  const verdicts = new Map<string, Decision>();
  for (const d of decisions) {
    if (!byId.has(d.event)) {
      issues.push({ file: d.file, line: d.line, problem: `no extracted event "${d.event}" (ids are listed in events.json; an extractor change may have renamed it)` });
      continue;
    }
    const outside = d.date && outsidePeriod(d.date, context.period);
    if (outside) {
      issues.push({ file: d.file, line: d.line, problem: outside });
      continue;
    }
    verdicts.set(d.event, d);
  }

  const events: ControlEvent[] = [];
  for (const event of extracted) {
    const d = verdicts.get(event.id);
    if (!d) {
      counts.asIs++;
      events.push(event);
    } else if (d.action === 'reject') {
      counts.rejected++;
    } else if (d.action === 'confirm') {
      counts.confirmed++;
      events.push({ ...event, confidence: 1, review: review('confirmed', d) });
    } else {
      counts.corrected++;
      events.push({
        ...event,
        date: d.date ?? event.date,
        datePrecision: d.date ? 'day' : event.datePrecision,
        controller: d.controller ?? event.controller,
        kind: d.kind ?? event.kind,
        confidence: 1,
        origin: 'editorial',
        review: review('corrected', d),
      });
    }
  }

  const articles = new Map(context.articles.map((a) => [a.id, a]));
  const places = new Set(context.gazetteer.neighbourhoods.map((n) => n.id));
  const groups = new Set(context.gazetteer.groups.map((g) => g.id));
  const ids = new Set<string>();
  const valid: { add: AddedEvent; event: ControlEvent }[] = [];
  for (const add of reviewed.added) {
    const event = addedEvent(add, articles, places, groups, context, issues);
    if (event) valid.push({ add, event });
  }
  for (const { event } of agreeing(valid, issues)) {
    let id = event.id;
    for (let n = 2; ids.has(id); n++) id = `${event.id}#${n}`;
    ids.add(id);
    counts.added++;
    events.push({ ...event, id });
  }
  return { events, counts, issues };
}

/** Two decisions on one event that disagree cancel out: neither is applied, both are reported. */
function soleDecisions(decisions: readonly Decision[], issues: EditorialIssue[]): Decision[] {
  const byEvent = new Map<string, Decision[]>();
  for (const d of decisions) {
    const list = byEvent.get(d.event);
    if (list) list.push(d);
    else byEvent.set(d.event, [d]);
  }
  const kept: Decision[] = [];
  for (const group of byEvent.values()) {
    const first = group[0]!;
    const differ = group.some((d) => d.action !== first.action || d.date !== first.date || d.controller !== first.controller || d.kind !== first.kind);
    if (!differ) {
      kept.push(first);
      continue;
    }
    const lines = where(group);
    for (const d of group) {
      issues.push({ file: d.file, line: d.line, problem: `decisions on ${lines} contradict each other about "${d.event}": none applied` });
    }
  }
  return kept;
}

/**
 * Added events that change control of one place on one day must agree (two editors' entries
 * giving Cheikh Saïd to the regime and to the rebels on 12 December): when they do not, none
 * is applied and each is reported, as for decisions.
 */
function agreeing(added: { add: AddedEvent; event: ControlEvent }[], issues: EditorialIssue[]): { add: AddedEvent; event: ControlEvent }[] {
  const byDay = new Map<string, { add: AddedEvent; event: ControlEvent }[]>();
  for (const a of added) {
    if (!CONTROL_KINDS.has(a.event.kind)) continue;
    const key = `${a.event.neighbourhood} ${a.event.date}`;
    byDay.set(key, [...(byDay.get(key) ?? []), a]);
  }
  const dropped = new Set<AddedEvent>();
  for (const group of byDay.values()) {
    const outcomes = new Set(group.map((a) => a.event.controller));
    if (outcomes.size < 2) continue;
    const lines = where(group.map((a) => a.add));
    const { neighbourhood, date } = group[0]!.event;
    for (const { add } of group) {
      dropped.add(add);
      issues.push({ file: add.file, line: add.line, problem: `added events on ${lines} contradict each other about ${neighbourhood} on ${date}: none applied` });
    }
  }
  return added.filter((a) => !dropped.has(a.add));
}

/** "lines 3, 4" within one file; "events.yaml:3, more.yaml:9" across files. */
function where(entries: readonly { file: string; line: number }[]): string {
  const oneFile = entries.every((e) => e.file === entries[0]!.file);
  return oneFile ? `lines ${entries.map((e) => e.line).join(', ')}` : entries.map((e) => `${e.file}:${e.line}`).join(', ');
}

function addedEvent(
  add: AddedEvent,
  articles: ReadonlyMap<string, Article>,
  places: ReadonlySet<string>,
  groups: ReadonlySet<string>,
  context: EditorialContext,
  issues: EditorialIssue[],
): ControlEvent | null {
  const fail = (problem: string) => (issues.push({ file: add.file, line: add.line, problem }), null);
  const group = groups.has(add.neighbourhood);
  if (!places.has(add.neighbourhood) && !group) return fail(`"${add.neighbourhood}" is no neighbourhood or group id of the gazetteer (see gazetteer.json)`);
  const outside = outsidePeriod(add.date, context.period);
  if (outside) return fail(outside);
  if ((add.kind === 'capture' || add.kind === 'withdrawal' || add.kind === 'statement') && !add.controller) {
    return fail(`a ${add.kind} needs a controller`);
  }
  let quote = { text: '', start: 0, end: 0 };
  let article = '';
  if (add.article) {
    const source = articles.get(add.article);
    if (!source) {
      const why = context.rejectedArticles?.has(add.article) ? 'could not be read (see the build errors)' : 'is not in the corpus';
      return fail(`article "${add.article}" ${why}`);
    }
    const at = findQuote(source.text, add.quote ?? '');
    if (!at) return fail(`the quote is not in article "${add.article}" (${source.file}) word for word`);
    quote = { text: source.text.slice(at.start, at.end), ...at };
    article = add.article;
  }
  return {
    id: `editorial:${add.neighbourhood}:${add.date}:${add.kind}`,
    article,
    date: add.date,
    datePrecision: 'day',
    neighbourhood: add.neighbourhood,
    ...(group ? { group: true as const } : {}),
    controller: add.kind === 'partial' ? 'contested' : add.controller,
    kind: add.kind,
    confidence: 1,
    quote,
    origin: 'editorial',
    cues: [],
    review: { action: 'added', at: `${add.file}:${add.line}`, ...(add.note ? { note: add.note } : {}), ...(add.url ? { url: add.url } : {}) },
  };
}

function review(action: 'confirmed' | 'corrected', d: Decision) {
  return { action, at: `${d.file}:${d.line}`, ...(d.note ? { note: d.note } : {}) };
}

function outsidePeriod(date: string, period: CorpusPeriod): string | null {
  return date < period.start || date > period.end ? `date ${date} is outside the corpus period ${period.start}..${period.end}` : null;
}
