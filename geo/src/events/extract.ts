/**
 * Sentences that name a place → events: what happened to the place, who holds it after,
 * when, how sure the reading is, and the quote it stands on.
 *
 * The reading is local and explainable: a verb (cue) from the lexicon, the place on the
 * side of the verb its voice puts it (after "s'emparer de", before "tomber aux mains de"),
 * the actor before the verb (or the last one named, for "ils ont perdu..."), and the
 * words around it that undo it (negation, future, conditional) or hedge it ("selon").
 */
import type { Article, Language } from '../articles/types';
import { foldKeepingOffsets } from '../places/normalise';
import { Sentences } from '../places/sentences';
import type { Mention, Span } from '../places/types';
import { eventDate } from './eventDate';
import { ACTORS, ANAPHORA, CUES, MODALITY, type CuePattern } from './lexicon';
import type { Actor, ControlEvent, Controller, EventKind } from './types';

/** How far (in characters) a place may stand from the verb that governs it. */
const REACH = { after: 160, before: 120 } as const;
const PARTIAL_REACH = 30;
const MODALITY_REACH = 45;

interface Found {
  start: number;
  end: number;
  text: string;
}
interface Cue extends Found {
  pattern: CuePattern;
}
interface ActorHit extends Found {
  actor: Actor;
}

export function extractEvents(article: Article, mentions: Mention[]): ControlEvent[] {
  const language = article.language;
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.unlocated && !m.neighbourhood) continue;
    const list = bySentence.get(m.sentence.start) ?? [];
    list.push(m);
    bySentence.set(m.sentence.start, list);
  }
  const foldedArticle = foldKeepingOffsets(article.text);
  addAnaphora(article, foldedArticle, mentions, bySentence);

  const events: ControlEvent[] = [];
  const actorsBefore = findActors(foldedArticle, language);
  for (const sentenceMentions of bySentence.values()) {
    const sentence = sentenceMentions[0]!.sentence;
    const folded = foldKeepingOffsets(sentence.text);
    const cues = findAll(folded, CUES[language]);
    const actors = findActors(folded, language);
    const context = lastActorBefore(actorsBefore, sentence.start);
    for (const mention of sentenceMentions) {
      events.push(...readMention(article, sentence, folded, mention, cues, actors, context));
    }
  }
  return events.sort((a, b) => a.quote.start - b.quote.start || a.id.localeCompare(b.id));
}

function readMention(
  article: Article,
  sentence: Span,
  folded: string,
  mention: Mention,
  cues: Cue[],
  actors: ActorHit[],
  context: Actor | undefined,
): ControlEvent[] {
  const language = article.language;
  const at = mention.start - sentence.start;
  const atEnd = mention.end - sentence.start;
  const out: ControlEvent[] = [];

  const governing = cues
    .filter((c) => c.pattern.direction && (c.pattern.kind === 'capture' || c.pattern.kind === 'withdrawal' || c.pattern.kind === 'statement'))
    .filter((c) => governs(c, at, atEnd, folded, cues))
    .sort((a, b) => rank(a) - rank(b) || distance(a, at) - distance(b, at));
  const control = governing.find((c) => c.pattern.kind !== 'statement');
  const statement = governing.find((c) => c.pattern.kind === 'statement');

  const make = (kind: EventKind, controller: Controller | null, cue: Cue | undefined, confidence: number, cueWords: string[]): ControlEvent | null => {
    const mood = cue ? modality(folded, cue, language) : 'plain';
    if (mood === 'unreal') return null;
    const c = confidence * (mood === 'conditional' ? 0.5 : mood === 'hedged' ? 0.85 : 1);
    const when = eventDate(sentence.text, cue ? cue.start : at, { published: article.published, language, future: false });
    const target = mention.neighbourhood ?? mention.group!;
    return {
      id: `${article.id}@${mention.start}:${kind}`,
      article: article.id,
      date: when.date,
      datePrecision: when.precision,
      neighbourhood: target,
      ...(mention.group ? { group: true as const } : {}),
      controller,
      kind,
      confidence: Math.round(c * 100) / 100,
      quote: sentence,
      origin: 'extracted',
      cues: [...cueWords, ...(when.cue ? [when.cue] : []), ...(mood !== 'plain' ? [mood] : [])],
    };
  };

  if (control) {
    const partial = partialHint(cues, control, at, atEnd);
    const side = actorOf(control, actors, folded, context);
    if (partial) {
      const e = make('partial', 'contested', control, 0.8, [control.text, partial.text]);
      if (e) out.push(e);
    } else if (side) {
      const kind = control.pattern.kind as EventKind;
      const controller = kind === 'withdrawal' ? opponent(side.actor, actors) : side.actor;
      const e = make(kind, controller, control, side.fromContext ? 0.7 : 0.85, [control.text, side.text]);
      if (e) out.push(e);
    }
  }
  if (!out.length && statement) {
    const partial = partialHint(cues, statement, at, atEnd);
    const side = statement.pattern.actor
      ? { actor: statement.pattern.actor, text: statement.text, fromContext: false }
      : nearestActorAfter(statement, actors) ?? undefined;
    if (partial && side) {
      const e = make('partial', 'contested', statement, 0.75, [statement.text, partial.text]);
      if (e) out.push(e);
    } else if (side) {
      const e = make('statement', side.actor, statement, 0.7, [statement.text]);
      if (e) out.push(e);
    }
  }
  if (!out.some((e) => e.kind !== 'statement')) {
    const context3 = cues
      .filter((c) => c.pattern.kind === 'fighting' || c.pattern.kind === 'bombardment' || c.pattern.kind === 'displacement')
      .sort((a, b) => distance(a, at) - distance(b, at))[0];
    if (context3) {
      const stated = out.find((e) => e.kind === 'statement')?.controller ?? null;
      const e = make(context3.pattern.kind as EventKind, stated, context3, 0.6, [context3.text]);
      if (e) out.push(e);
    }
  }
  return out;
}

/**
 * "six positions majeures dans le quartier de X", "la moitié de X", "40 percent of this
 * district": a part is held when the words of a part stand between the verb and the place,
 * or just before the place. "70 % de ce bastion" elsewhere in the sentence is about the whole.
 */
function partialHint(cues: Cue[], verb: Cue, at: number, atEnd: number): Cue | undefined {
  const [from, to] = verb.end <= at ? [verb.end, at] : [atEnd, verb.start];
  return cues.find(
    (c) => c.pattern.kind === 'partial-hint' && ((c.start >= from && c.end <= to) || (c.end <= at && at - c.end <= PARTIAL_REACH)),
  );
}

/**
 * Does the verb govern the place: the place on the verb's side, near enough, in the same
 * clause, with no other verb of the lexicon between them ("les déplacés ayant fui les
 * zones tombées aux mains de l'armée" does not say the army took al-Machad).
 */
function governs(cue: Cue, at: number, atEnd: number, folded: string, cues: Cue[]): boolean {
  const [from, to] = cue.pattern.direction === 'after' ? [cue.end, at] : [atEnd, cue.start];
  const reach = cue.pattern.direction === 'after' ? REACH.after : REACH.before;
  if (to < from || to - from > reach) return false;
  if (/[.;!?]/.test(folded.slice(from, to))) return false;
  return !cues.some((c) => c !== cue && c.pattern.kind !== 'partial-hint' && c.pattern.kind !== 'statement' && c.start >= from && c.end <= to);
}

const RANK: Record<string, number> = { capture: 0, withdrawal: 0, statement: 1 };
const rank = (c: Cue) => RANK[c.pattern.kind] ?? 2;
const distance = (c: Cue, at: number) => Math.min(Math.abs(c.start - at), Math.abs(c.end - at));

interface Side {
  actor: Actor;
  text: string;
  fromContext: boolean;
}

/**
 * Who did it: for "repris aux rebelles" the actor after the verb lost; otherwise the
 * actor before the verb (its subject), else after a passive "par"/"by", else the last
 * side the article named ("ils ont perdu").
 */
function actorOf(cue: Cue, actors: ActorHit[], folded: string, context: Actor | undefined): Side | undefined {
  if (cue.pattern.fromLoser) {
    const loser = actors.find((a) => a.start >= cue.end && a.start - cue.end <= 20);
    if (loser) {
      const winner = actors.filter((a) => a.end <= cue.start && a.actor !== loser.actor).pop();
      return { actor: winner?.actor ?? defaultOpponent(loser.actor), text: `${loser.text} (lost)`, fromContext: !winner };
    }
  }
  if (cue.pattern.direction === 'before') {
    const agent = nearestActorAfter(cue, actors);
    if (agent) return agent;
  }
  const subject = actors.filter((a) => a.end <= cue.start && !notSubject(folded, a)).pop();
  if (subject) return { actor: subject.actor, text: subject.text, fromContext: false };
  const after = actors.find((a) => a.start >= cue.end && /^\s*(?:par|by)\s/.test(folded.slice(cue.end, a.start + 1)));
  if (after) return { actor: after.actor, text: after.text, fromContext: false };
  return context ? { actor: context, text: `${context} (named earlier)`, fromContext: true } : undefined;
}

/** "repris aux rebelles", "les quartiers rebelles": the word names a side but not the one acting. */
function notSubject(folded: string, a: ActorHit): boolean {
  const before = folded.slice(Math.max(0, a.start - 12), a.start);
  return /(?:\baux?|\bdes|\bfrom|quartiers?|secteurs?|zones?|partie|bastion|fief|poche)\s*$/.test(before);
}

function nearestActorAfter(cue: Cue, actors: ActorHit[]): Side | null {
  const a = actors.find((x) => x.start >= cue.end && x.start - cue.end <= 40);
  return a ? { actor: a.actor, text: a.text, fromContext: false } : null;
}

/** The side that gains what `loser` loses: the other side the sentence names, else the usual enemy. */
function opponent(loser: Actor, actors: ActorHit[]): Actor {
  return actors.find((a) => a.actor !== loser)?.actor ?? defaultOpponent(loser);
}

function defaultOpponent(loser: Actor): Actor {
  return loser === 'rebel' ? 'regime' : 'rebel';
}

type Mood = 'plain' | 'hedged' | 'conditional' | 'unreal';

/** Negation or future near the verb undoes the event; a conditional halves it; "selon" hedges it. */
function modality(folded: string, cue: Cue, language: Language): Mood {
  const m = MODALITY[language];
  const near = folded.slice(Math.max(0, cue.start - MODALITY_REACH), cue.start);
  const around = folded.slice(Math.max(0, cue.start - MODALITY_REACH), Math.min(folded.length, cue.end + 10));
  if (test(m.negation, near) || test(m.unreal, near)) return 'unreal';
  if (test(m.conditional, around)) return 'conditional';
  if (test(m.hedge, folded)) return 'hedged';
  return 'plain';
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function findAll(folded: string, patterns: CuePattern[]): Cue[] {
  const cues: Cue[] = [];
  for (const pattern of patterns) {
    for (const m of folded.matchAll(pattern.re)) {
      const cue = { start: m.index, end: m.index + m[0].length, text: m[0], pattern };
      // A longer cue found first (tombé aux mains de) hides the shorter ones inside it.
      if (!cues.some((c) => c.pattern.kind !== 'partial-hint' && pattern.kind !== 'partial-hint' && c.start <= cue.start && cue.end <= c.end)) {
        cues.push(cue);
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

function findActors(folded: string, language: Language): ActorHit[] {
  const hits: ActorHit[] = [];
  for (const [actor, re] of ACTORS[language]) {
    for (const m of folded.matchAll(re)) {
      const hit = { start: m.index, end: m.index + m[0].length, text: m[0], actor };
      if (!hits.some((h) => h.start < hit.end && hit.start < h.end)) hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function lastActorBefore(actors: ActorHit[], offset: number): Actor | undefined {
  let last: Actor | undefined;
  for (const a of actors) {
    if (a.start >= offset) break;
    last = a.actor;
  }
  return last;
}

/** "Environ la moitié de ce quartier...": the place the previous sentence named. */
function addAnaphora(article: Article, folded: string, mentions: Mention[], bySentence: Map<number, Mention[]>): void {
  const re = ANAPHORA[article.language];
  const sentences = new Sentences(article.text, article.language);
  for (const m of folded.matchAll(re)) {
    const previous = mentions.filter((x) => x.end <= m.index && x.neighbourhood).pop();
    if (!previous) continue;
    const sentenceOf = mentions.find((x) => x.start >= m.index)?.sentence;
    const sentence = sentenceOf && sentenceOf.start <= m.index ? sentenceOf : sentences.at(m.index);
    if (sentence.start <= previous.start) continue; // the place is named in the same sentence
    if (m.index - previous.end > 600) continue;
    const list = bySentence.get(sentence.start) ?? [];
    list.push({ ...previous, start: m.index, end: m.index + m[0].length, surface: article.text.slice(m.index, m.index + m[0].length), sentence });
    bySentence.set(sentence.start, list);
  }
}
