/**
 * Sentences that name a place → events: what happened to the place, who holds it after,
 * when, how sure the reading is, and the quote it stands on.
 *
 * The reading is local and explainable: a verb (cue) from the lexicon, the place on the
 * side of the verb its voice puts it (after "s'emparer de", before "tomber aux mains de"),
 * the actor that does it (actors.ts), what the place is doing in the sentence besides
 * (roles.ts: a landmark, a group's location or part), and the words around the verb
 * that undo it (negation, future, conditional, history) or hedge it ("selon").
 */
import type { Article } from '../articles/types';
import type { Language } from '../text/language';
import { foldKeepingOffsets, type Span } from '../text/spans';
import { Sentences } from '../text/sentences';
import type { Mention } from '../places/types';
import {
  actorOf,
  defaultOpponent,
  dominantCapturer,
  findActors,
  findCues,
  isNominal,
  lastActorBefore,
  leavingSide,
  nearestActorAfter,
  opponent,
  subjectOf,
  type ActorContext,
  type ActorHit,
  type Cue,
  type Found,
  type Side,
} from './actors';
import { enclosingQuote } from '../text/quotes';
import { eventDate } from './eventDate';
import { eachMatch, someMatch } from './matcher';
import { AIR_POWER, ANAPHORA, CLAUSE_BREAK, CUES, HOLDER_RELATIVE, INSIDE, LEAVE_FROM, LEAVE_PREPOSITION, OPPORTUNITY, THING_AFTER_PLACE, THING_IN_PLACE, TOWARDS_PLACE, UNOPPOSED, WITHDRAWAL_NOUN, LOCATIVE, MODALITY, OBJECT_ENDS, OBJECT_GOES_ON, OBJECT_RELATIVE, OTHER_HEAD, PASSIVE_AUX, RESUMPTIVE, SUBJECT_RELATIVE, PAST_STATE, PAST_YEAR, RETROSPECTIVE, SHARE_OF_AREA, STILL_FIGHTING_INSIDE, STREET_FIGHTING } from './lexicon';
import { clauseBefore, groupRole, isLandmark, listBefore, type GroupRole } from './roles';
import { sentenceLanguage, sentenceLanguages } from '../text/language';
import type { Actor, Controller, ControlEvent, EventKind } from './types';

/** How far (in characters) a place may stand from the verb that governs it. */
const REACH = { after: 160, before: 120 } as const;
const PARTIAL_REACH = 30;
const MODALITY_REACH = 45;
const SHOT_REACH = 60;

/** One sentence, read once for all the places it names. */
interface Reading {
  article: Article;
  language: Language;
  sentence: Span;
  folded: string;
  cues: Cue[];
  actors: ActorHit[];
  mentions: Mention[];
  context: ActorContext;
  /** The sentence, and the day after an abbreviated month the segmenter cut at ("on Dec. | 13"). */
  dateText: string;
  /** The sentence gives a day of its own. */
  dated: boolean;
  /** Each verb's mood, read once for all the places it governs. */
  moods: Map<Cue, Mood>;
  /** The sentence hedges ("selon"): asked by each verb's mood, read once. */
  hedged?: boolean;
  /** Its verbs of taking or losing with the place after them, listed once when a mention first asks. */
  verbsAfter?: Cue[];
}

export function extractEvents(article: Article, mentions: Mention[]): ControlEvent[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.unlocated && !m.neighbourhood) continue;
    const list = bySentence.get(m.sentence.start) ?? [];
    list.push(m);
    bySentence.set(m.sentence.start, list);
  }
  const foldedArticle = foldKeepingOffsets(article.text);
  addAnaphora(article, foldedArticle, mentions, bySentence);

  const languageOf = (text: string) => sentenceLanguage(text, article.language);
  // Few sentences need the article's context (a fall or a noun with no side of its own, a
  // pronoun): it is worked out when first asked for, once per article.
  let capturer: { side: Actor | undefined } | undefined;
  let actorsBefore: ActorHit[] | undefined;
  const articleCapturer = () => (capturer ??= { side: dominantCapturer(foldedArticle, languageOf, sentenceLanguages(article.language)) }).side;
  const articleActors = () => (actorsBefore ??= findActors(foldedArticle, article.language));
  const events: ControlEvent[] = [];
  for (const sentenceMentions of bySentence.values()) {
    const { start, end } = sentenceMentions[0]!.sentence;
    const sentence: Span = { start, end, text: article.text.slice(start, end) }; // mentions keep offsets only
    const folded = maskPlaces(foldedArticle.slice(start, end), sentenceMentions, sentence.start); // the fold of a slice is the slice of the fold
    const language = languageOf(sentence.text);
    // Every reading of a place stands on a cue of the lexicon (a verb, a statement, fighting,
    // a hint of a share): a sentence with none yields nothing, and is not read further.
    const cues = findCues(folded, CUES[language]);
    if (!cues.length) continue;
    const datable = dateText(article.text, sentence);
    const reading: Reading = {
      article,
      language,
      sentence,
      folded,
      cues: passives(cues, folded, language),
      actors: findActors(folded, language),
      mentions: [...sentenceMentions].sort((a, b) => a.start - b.start),
      context: {
        get previous() {
          return lastActorBefore(articleActors(), start);
        },
        get capturer() {
          return articleCapturer();
        },
      },
      dateText: datable,
      // Asked only by statements: a sentence with no statement is not dated for it.
      get dated() {
        return eventDate(datable, 0, { published: article.published, language }).precision === 'day';
      },
      moods: new Map(),
    };
    for (const mention of reading.mentions) events.push(...readMention(reading, mention));
  }
  return dedupe(events).sort((a, b) => a.quote.start - b.quote.start || a.id.localeCompare(b.id));
}

/**
 * Voice: a verb of taking or losing after a passive auxiliary ("Cheikh Saïd a été conquis lundi par
 * les rebelles", "X was liberated by the army") has the place before it, as "tombé aux mains de" has,
 * and its agent after "par"/"by". A participle already read with its agent ("pris par") stays as it is.
 */
function passives(cues: Cue[], folded: string, language: Language): Cue[] {
  return cues.map((c) =>
    // "were driven out of X": a participle with its own preposition keeps the place after it.
    (c.pattern.kind === 'capture' || c.pattern.kind === 'withdrawal') && c.pattern.direction === 'after' && !c.pattern.entry && !/(?:\bof|\bfrom|\bde|\bdu|\bdes|d'|\bleave|\babandon|\bquit)$/u.test(c.text) && PASSIVE_AUX[language].test(folded.slice(Math.max(0, c.start - 40), c.start))
      ? { ...c, pattern: { ...c.pattern, direction: 'before' as const, passive: true as const } }
      : c,
  );
}

/** "on Dec." closing a sentence: the segmenter took the abbreviation's dot for a full stop. */
const CUT_MONTH = /(?<![\p{L}])(?:jan|janv|feb|f[eé]v|f[eé]vr|mar|apr|avr|jun|jul|juil|aug|sept?|oct|nov|dec|d[eé]c)\.$/iu;

function dateText(text: string, sentence: Span): string {
  if (!CUT_MONTH.test(sentence.text)) return sentence.text;
  const rest = /^\s*\d{1,2}(?:,? \d{4})?/.exec(text.slice(sentence.end));
  return rest ? sentence.text + rest[0] : sentence.text;
}

/** Place names hide cue words ("Sheikh Said" is not "said"): blank them, keeping offsets. */
function maskPlaces(folded: string, mentions: Mention[], offset: number): string {
  let out = folded;
  for (const m of mentions) {
    const [s, e] = [m.start - offset, m.end - offset];
    out = out.slice(0, s) + 'x'.repeat(e - s) + out.slice(e);
  }
  return out;
}

/** Two names of one place in one sentence ("Chaar ... Karm al-Beik", both in ash-Sha'ar) say one thing. */
function dedupe(events: ControlEvent[]): ControlEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.article}@${e.quote.start}|${e.neighbourhood}|${e.kind}|${e.controller}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const CONTROL_CUE = new Set<string>(['capture', 'withdrawal']);
const CONTEXT_KINDS = new Set<string>(['fighting', 'bombardment', 'displacement']);

function readMention(r: Reading, mention: Mention): ControlEvent[] {
  const at = mention.start - r.sentence.start;
  const atEnd = mention.end - r.sentence.start;
  const role: GroupRole = mention.group ? groupRole(r.folded, mention, r.sentence.start, r.mentions, r.language) : { part: false, aside: false };
  // A landmark or a group that only locates another place takes no control change.
  const landmark = isLandmark(r.folded, at, r.language, (r.verbsAfter ??= r.cues.filter((c) => CONTROL_CUE.has(c.pattern.kind) && c.pattern.direction === 'after')));
  const canChange = !role.aside && !landmark;

  const governing = r.cues
    .filter((c) => c.pattern.direction && (CONTROL_CUE.has(c.pattern.kind) || c.pattern.kind === 'statement'))
    .filter((c) => governs(r, c, mention, at, atEnd))
    .sort((a, b) => rank(a) - rank(b) || distance(a, at) - distance(b, at));
  const control = canChange ? governing.find((c) => c.pattern.kind !== 'statement') : undefined;
  const statements = governing.filter((c) => c.pattern.kind === 'statement');

  const out: ControlEvent[] = [];
  const push = (e: ControlEvent | null) => e && out.push(e);
  if (control) push(controlEvent(r, mention, control, role, at, atEnd));
  // "Handarat, que les troupes avaient conquis samedi", "X ... after the army took it": a relative
  // clause or a pronoun later in the sentence tells a change of its own.
  const relative = canChange ? (objectRelative(r, mention, atEnd) ?? pronounObject(r, mention, atEnd)) : undefined;
  if (relative) {
    const e = controlEvent(r, mention, relative, role, at, atEnd);
    // Two changes of one place told in one sentence are on two days: one the clause does not
    // date ("three days after the army took it") is the state before the other, not news...
    const sameDay = e ? out.findIndex((o) => o.date === e.date) : -1;
    if (e && sameDay < 0) push(Object.assign(e, { id: `${e.id}:relative` }));
    // ...unless it completes it: "entered X and took full control of it", "دخلت ... وسيطرت عليه"
    // is a whole take, of which going in was the first stage.
    else if (e && out[sameDay]!.kind === 'partial' && e.kind !== 'partial') out[sameDay] = e;
  }
  if (!out.length) {
    for (const statement of statements) {
      const e = statementEvent(r, mention, statement, at, atEnd);
      if (e) {
        out.push(e);
        break;
      }
    }
  }
  if (!out.length && canChange) push(locativeRelative(r, mention, atEnd));
  if (!out.length && mention.group && canChange) push(shareOfArea(r, mention));
  if (!out.length && canChange) push(fightingInside(r, mention, at));
  if (!out.some((e) => e.kind !== 'statement')) {
    const leave = canChange ? leaving(r, mention, at) : null;
    if (leave) push(leave);
    else push(contextEvent(r, mention, at, out.find((e) => e.kind === 'statement')?.controller ?? null, landmark));
  }
  return out;
}

function controlEvent(r: Reading, mention: Mention, control: Cue, role: GroupRole, at: number, atEnd: number): ControlEvent | null {
  const stillFighting = control.pattern.kind === 'capture' && STILL_FIGHTING_INSIDE[r.language].test(r.folded.slice(control.end));
  const partial = partialHint(r, control, at, atEnd) ?? thingInPlace(r, control, at, atEnd) ?? (stillFighting ? { ...control, text: 'fighting goes on inside' } : undefined);
  // Going in ("entered", "pénétré dans") takes at most a part: the rest is fought over. Only
  // the place it goes into, right after it ("advanced into X", not "advanced into ... and X").
  if (control.pattern.entry && (at < control.end || at - control.end > ENTRY_REACH)) return null;
  // "Troops entered X after rebels withdrew": going in where the other side left takes the whole place.
  // So is going in unopposed ("entered X without a fight", "sans résistance", "دون مقاومة").
  const entryTakesAll = control.pattern.entry && !partial && !role.part && (leftByOther(r, control, mention, atEnd) || UNOPPOSED[r.language].test(r.folded.slice(atEnd, atEnd + UNOPPOSED_REACH)));
  if (partial || role.part || (control.pattern.entry && !entryTakesAll)) {
    const e = make(r, mention, 'partial', 'contested', control, 0.8, [control.text, partial?.text ?? (control.pattern.entry ? 'entered' : 'some of its districts')]);
    // Who took the part, when the sentence names it: the timeline reads a part taken by the side
    // that already held the place whole as a late report, not as the place becoming contested.
    const side = control.pattern.kind === 'capture' ? actorOf(control, r.actors, r.folded, r.language, r.context, atEnd) : undefined;
    return e && side?.named && !side.fromContext ? Object.assign(e, { gainer: side.actor }) : e;
  }
  // Words that describe the holder before ("the rebel-held district", "tenu par les rebelles")
  // name the side that loses the place, never the one that takes it (issue 12, rule 1).
  // "se replient à X", "withdrew to X", "انسحبوا إلى": where the leavers go, which they still hold.
  if (control.pattern.kind === 'withdrawal' && at >= control.end && (DESTINATION[r.language].test(r.folded.slice(control.end, at)) || towards(r, control, at))) return null;
  // "taken by bus", "pris par surprise": a passive whose agent is no side is no capture.
  if (/(?:\bby|\bpar)$/u.test(control.text) && !nearestActorAfter(control, r.actors)) return null;
  const holder = holderDescribed(r, mention, control, at, atEnd);
  const actors = holder ? r.actors.filter((a) => !holder.words.some((w) => a.start < w.end + 20 && w.start < a.end)) : r.actors;
  let side = actorOf(control, actors, r.folded, r.language, r.context, atEnd);
  // With no taker named, the holder described is the loser: the place goes to its opponent.
  if (holder && control.pattern.kind === 'capture' && (!side || !side.named)) {
    side = { actor: defaultOpponent(holder.actor), text: `${holder.text} (the holder before)`, fromContext: false, loser: holder.actor };
  }
  const kind = control.pattern.kind as EventKind;
  // No side named and none in the article ("c'est al-Sakhour qui est tombé"): still a change of
  // hands, whose side the timeline reads from the state it changes (issue 12, rule 1).
  if (!side) {
    const e = make(r, mention, kind, null, control, 0.7, [control.text, 'no side named']);
    return e && Object.assign(background(r, control, e), { basis: 'guess' as const });
  }
  const controller = kind === 'withdrawal' ? opponent(side.actor, r.actors) : side.actor;
  const e = make(r, mention, kind, controller, control, side.fromContext ? 0.7 : 0.85, [control.text, side.text]);
  if (!e) return null;
  // Who the sentence names: the taker, the loser, or neither (a guess the timeline replaces by the state it changes).
  const loser = kind === 'withdrawal' ? (side.named ? side.actor : undefined) : side.loser;
  const taker = kind === 'capture' && side.named;
  return Object.assign(background(r, control, e), { basis: taker ? 'taker' : loser ? 'loser' : 'guess', ...(loser ? { loser } : {}) } as const);
}

/**
 * A change the sentence does not date, told looking back: over "recent weeks" (RETROSPECTIVE), or
 * in the pluperfect ("elle avait pris X", "had captured X") which tells what came before the news.
 * It changed hands no later than the article's day; a pluperfect weighs below the news itself.
 * Completed in place, as the other fields are (a spread copy gives each event a hidden class of its own).
 */
function background(r: Reading, control: Cue, e: ControlEvent): ControlEvent {
  if (e.datePrecision !== 'publication') return e;
  const pluperfect = PLUPERFECT[r.language].test(r.folded.slice(Math.max(0, control.start - 30), control.end));
  if (!pluperfect && !RETROSPECTIVE[r.language].test(r.folded)) return e;
  const confidence = pluperfect ? Math.round(e.confidence * PLUPERFECT_FACTOR * 100) / 100 : e.confidence;
  return Object.assign(e, { confidence, bounded: true as const, cues: [...e.cues, 'no later than this day'] });
}

function statementEvent(r: Reading, mention: Mention, statement: Cue, at: number, atEnd: number): ControlEvent | null {
  const side = statementSide(r, statement);
  if (!side) return null;
  // "était tenu par les rebelles" with no day: how things were, not news.
  const said = statement.pattern.direction === 'before' ? r.folded.slice(atEnd, statement.end) : clauseBefore(r.folded, statement.end);
  if (!r.dated && PAST_STATE[r.language].test(said)) return null;
  const partial = partialHint(r, statement, at, atEnd, false);
  if (partial) return make(r, mention, 'partial', 'contested', statement, 0.75, [statement.text, partial.text]);
  return make(r, mention, 'statement', side.actor, statement, 0.7, [statement.text, side.text]);
}

/** "captured the hospital in X": a facility or spot inside the place is the verb's object, so X is taken in part. */
function thingInPlace(r: Reading, control: Cue, at: number, atEnd: number): Cue | undefined {
  if (control.pattern.kind !== 'capture' || control.pattern.direction !== 'after' || at < control.end || at - control.end > THING_REACH) return undefined;
  // ...or named after it: "the Sakhour roundabout", "Sakhour's main hospital".
  const m = THING_IN_PLACE[r.language].exec(r.folded.slice(control.end, at)) ?? THING_AFTER_PLACE[r.language].exec(r.folded.slice(atEnd, atEnd + 30));
  return m ? { ...control, text: m[0].trim() } : undefined;
}
const THING_REACH = 70;

/** "X, until then the largest rebel-held district, ...": a description set after the place, between commas. */
function apposition(r: Reading, c: Cue, atEnd: number): boolean {
  const between = r.folded.slice(atEnd, c.start);
  return c.start >= atEnd && between.length <= APPOSITION_REACH && /^\s*[,(—–]/.test(between) && !/[,;.)]/.test(between.slice(between.search(/[,(—–]/) + 1)) && !placeBetween(r, atEnd, c.start);
}
const APPOSITION_REACH = 60;
/** The words that send a withdrawal towards the place after them rather than out of it. */
const DESTINATION: Record<Language, RegExp> = {
  fr: /(?:^|\s)(?:a|au|aux|vers|sur|jusqu'a|en direction (?:de|du|des|d'))\s+(?:\S+\s+){0,4}$/u,
  en: /(?:^|\s)(?:to|towards?|into)\s+(?:\S+\s+){0,4}$/u,
  ar: /(?:^|\s)(?:إلى|الى|نحو|باتجاه)\s+(?:\S+\s+){0,4}$/u,
};
/**
 * The leavers' own preposition, the first after the verb, says whence or whither: "se sont repliés vers le
 * sud, dans les quartiers d'al-Chaar" go *to* al-Chaar; "se sont retirés dans la nuit de X" leave X.
 */
function towards(r: Reading, control: Cue, at: number): boolean {
  if (LEAVE_FROM[r.language].test(control.text)) return false;
  const first = LEAVE_PREPOSITION[r.language].exec(r.folded.slice(control.end, at));
  return !!first && first[1] === undefined;
}
const ENTRY_REACH = 45;
const UNOPPOSED_REACH = 60;

/** The side a holder-describing statement of this place names ("the rebel-held district of X"), with its words. */
function holderDescribed(r: Reading, mention: Mention, control: Cue, at: number, atEnd: number): { actor: Actor; text: string; words: Found[] } | undefined {
  for (const c of r.cues) {
    if (c.pattern.kind !== 'statement' || c.pattern.verbal || c.pattern.pronoun) continue;
    // "passé sous le contrôle de l'armée": words of the change itself, not of the state before it.
    if (c.start < control.end && control.start < c.end) continue;
    if (!governs(r, c, mention, at, atEnd) && !(c.pattern.actor && apposition(r, c, atEnd))) continue;
    const side = statementSide(r, c);
    if (!side) continue;
    const named = r.actors.filter((a) => a.actor === side.actor && a.start < c.end + 20 && c.start < a.end);
    return { actor: side.actor, text: c.text, words: [c, ...named] };
  }
  return holderRelative(r, atEnd);
}

/**
 * "la chute de X, que les insurgés tenaient depuis 2012", "X, which rebels had held", "X الذي كانت
 * تسيطر عليه الفصائل": a relative clause on the place whose verb is one of holding, in any tense,
 * describes who held it; its subject is that holder. Only right after the place (an apposition
 * may stand between), with no other place between.
 */
function holderRelative(r: Reading, atEnd: number): { actor: Actor; text: string; words: Found[] } | undefined {
  const after = r.folded.slice(atEnd, atEnd + HOLDER_RELATIVE_REACH);
  const m = HOLDER_RELATIVE[r.language].exec(after);
  if (!m) return undefined;
  const start = atEnd + m.index;
  const end = start + m[0].length;
  if (/[.;!?]/.test(r.folded.slice(atEnd, start)) || placeBetween(r, atEnd, start)) return undefined;
  // Its subject: between the pronoun and the verb (fr, en), or just after the verb (ar).
  const subject = r.actors.find((a) => a.start >= start && a.start < end + (r.language === 'ar' ? 25 : 0));
  if (!subject) return undefined;
  return { actor: subject.actor, text: m[0], words: [{ start, end: Math.max(end, subject.end), text: m[0] }, subject] };
}
const HOLDER_RELATIVE_REACH = 90;

function statementSide(r: Reading, statement: Cue): Side | undefined {
  if (statement.pattern.actor) return { actor: statement.pattern.actor, text: statement.text, fromContext: false };
  if (statement.pattern.verbal) return subjectOf(statement, r.actors, r.folded, r.language);
  if (statement.pattern.pronoun) {
    const named = lastActorBefore(r.actors, statement.start) ?? r.context.previous;
    return named ? { actor: named, text: `${named} (son/leur)`, fromContext: true } : undefined;
  }
  return nearestActorAfter(statement, r.actors);
}

/**
 * "...presence in eastern Aleppo after the army took over 99 per cent of the rebel-held
 * areas": a capture of a share of the zone is a partial capture of the one group the
 * sentence names.
 */
function shareOfArea(r: Reading, mention: Mention): ControlEvent | null {
  if (r.mentions.some((m) => m.group && m.group !== mention.group)) return null;
  for (const hint of r.cues.filter((c) => c.pattern.kind === 'partial-hint')) {
    if (!SHARE_OF_AREA[r.language].test(r.folded.slice(hint.end, hint.end + 40))) continue;
    const verb = r.cues.find((c) => (CONTROL_CUE.has(c.pattern.kind) || c.pattern.verbal) && c.end <= hint.start && hint.start - c.end <= 15);
    if (verb && verb.pattern.kind !== 'withdrawal') return make(r, mention, 'partial', 'contested', verb, 0.7, [verb.text, hint.text]);
  }
  return null;
}

/** Fighters leaving a place: "le dernier convoi de rebelles a quitté Alep-Est" (the other side has it). */
function leaving(r: Reading, mention: Mention, at: number): ControlEvent | null {
  const cue = r.cues
    .filter((c) => c.pattern.kind === 'displacement' && c.end <= at && at - c.end <= 40 && !/[,;.]/.test(r.folded.slice(c.end, at)))
    .pop();
  const leaver = cue && leavingSide(cue, r.actors, r.folded, r.language);
  if (!cue || !leaver) return null;
  const e = make(r, mention, 'withdrawal', opponent(leaver.actor, r.actors), cue, 0.7, [cue.text, leaver.text]);
  return e && Object.assign(e, { basis: 'loser' as const, loser: leaver.actor });
}

/**
 * "De violents combats à l'intérieur du quartier de X", "street fighting in X": fighting inside a
 * place, which makes it contested (issue 12, rule 2), whoever the sentence names.
 */
function fightingInside(r: Reading, mention: Mention, at: number): ControlEvent | null {
  const fight = r.cues.find((c) => c.pattern.kind === 'fighting' && Math.abs(c.start - at) <= INSIDE_REACH && !/[.;]/.test(r.folded.slice(Math.min(c.end, at), Math.max(c.start, at))));
  if (!fight) return null;
  const before = r.folded.slice(Math.max(0, at - 45), at);
  const inside = INSIDE[r.language].test(before);
  const street = STREET_FIGHTING[r.language].test(r.folded.slice(Math.max(0, at - INSIDE_REACH), at)) && /(?:\b(?:a|au|dans|in|at)|في)\s+(?:\S+\s+){0,3}$/u.test(before);
  if (!inside && !street) return null;
  return make(r, mention, 'partial', 'contested', fight, 0.7, [fight.text, 'fighting inside']);
}
const INSIDE_REACH = 90;

/** Fighting, shelling or flight near the place: no change of hands, but worth quoting. */
function contextEvent(r: Reading, mention: Mention, at: number, stated: Controller | null, landmark: boolean): ControlEvent | null {
  // Fighting "near" or "towards" a place is not fighting in it; people fleeing towards it still arrive there.
  const kinds = landmark ? new Set(['displacement']) : CONTEXT_KINDS;
  const cue = r.cues.filter((c) => kinds.has(c.pattern.kind)).sort((a, b) => distance(a, at) - distance(b, at))[0];
  if (!cue) return null;
  // Only a shot that lands near the name says who holds the place.
  const shooter = cue.pattern.kind === 'bombardment' && !stated && distance(cue, at) <= SHOT_REACH ? shooterOf(r, cue) : undefined;
  const controller = stated ?? (shooter ? defaultOpponent(shooter.actor) : null);
  return make(r, mention, cue.pattern.kind as EventKind, controller, cue, 0.6, [cue.text, ...(shooter ? [`${shooter.text} (shelling)`] : [])]);
}

/**
 * Who fires: the side named with the weapon ("tirs de roquettes des forces
 * gouvernementales", "roquettes rebelles") or its subject; air power is the government's.
 * Shelling by one side says the other holds the place.
 */
function shooterOf(r: Reading, cue: Cue): Side | undefined {
  const near = r.actors.find((a) => (a.start >= cue.end && a.start - cue.end <= 30) || (a.end <= cue.start && cue.start - a.end <= 40));
  if (near && !/[,;]/.test(r.folded.slice(Math.min(near.end, cue.end), Math.max(near.start, cue.start)))) {
    return { actor: near.actor, text: near.text, fromContext: false };
  }
  if (AIR_POWER[r.language].test(clauseBefore(r.folded, cue.start) + r.folded.slice(cue.start, cue.end + 20))) return { actor: 'regime', text: 'air power', fromContext: false };
  return undefined;
}

function make(r: Reading, mention: Mention, kind: EventKind, controller: Controller | null, cue: Cue, confidence: number, cueWords: string[]): ControlEvent | null {
  let mood = r.moods.get(cue);
  if (mood === undefined) r.moods.set(cue, (mood = modality(r, cue)));
  if (mood === 'unreal') return null;
  const c = confidence * (mood === 'reported' ? 0.6 : mood === 'hedged' ? 0.85 : 1);
  const when = eventDate(r.dateText, cue.start, { published: r.article.published, language: r.language, future: false });
  return {
    id: `${r.article.id}@${mention.start}:${kind}`,
    article: r.article.id,
    date: when.date,
    datePrecision: when.precision,
    neighbourhood: mention.neighbourhood ?? mention.group!,
    ...(mention.group ? { group: true as const } : {}),
    controller,
    kind,
    confidence: Math.round(c * 100) / 100,
    quote: r.sentence,
    origin: 'extracted',
    cues: [...new Set([...cueWords, ...(when.cue ? [when.cue] : []), ...(mood !== 'plain' ? [mood] : [])])],
  };
}

/**
 * "six positions majeures dans le quartier de X", "la moitié de X", "40 percent of this
 * district": a part is held when the words of a part stand between the verb and the place,
 * or just before the place. "70 % de ce bastion" elsewhere in the sentence is about the whole.
 */
function partialHint(r: Reading, verb: Cue, at: number, atEnd: number, taking = true): Cue | undefined {
  const cues = r.cues;
  const placeFirst = verb.end > at;
  // "X, dont l'armée contrôle la moitié": the share follows the verb of the relative.
  const relative = placeFirst && whoseRelative(r, atEnd, verb.start);
  const [from, to] = placeFirst ? (relative ? [atEnd, verb.end + 25] : [atEnd, verb.start]) : [verb.end, at];
  return cues.find((c) => {
    if (c.pattern.kind !== 'partial-hint' || (c.pattern.within && !taking)) return false;
    // A share with another place between it and this one is that place's share ("نصف الأحياء الشرقية، بينها X").
    if (!c.pattern.within && c.end <= at && c.start >= verb.end && placeBetween(r, c.end, at)) return false;
    // Things taken inside a place are the verb's object, after it: "dans le quartier de X,
    // repris lundi" names where X is, not a part of it.
    if (c.pattern.within && c.start < verb.end) return false;
    // A share of a noun ("une partie du quartier de X", "parts of the city such as X") is a
    // share of the place only with small words between them: not of another noun.
    const ofNoun = GENITIVE_END.test(c.text) || SHARE_OF.test(r.folded.slice(c.end, c.end + 6));
    if (ofNoun && c.end <= at && c.end >= (placeFirst ? from : verb.end) - SHARE_REACH) {
      return at - c.end <= SHARE_REACH && SHARE_GAP.test(r.folded.slice(c.end, at).replace(SMALL_WORDS, ' '));
    }
    // An adverb of share ("a partiellement repris", "partially recaptured", "سيطرت جزئيا على")
    // stands by its verb: between it and the place, or just before it, or just after the place
    // ("repris X en grande partie", "X's eastern half", "بشكل شبه كامل").
    if (!ofNoun && !c.pattern.within && c.end <= verb.start && verb.start - c.end <= 15) return true;
    // Not a hint that names things somewhere ("storming rebel positions in the district"): a share of another noun.
    // Nor one coordinated with the place ("a pris X et plusieurs positions alentour"): another object.
    if (!ofNoun && !c.pattern.within && !placeFirst && !/(?:\bin|\bat|\binside|\bwithin|\bdans)$/u.test(c.text) && c.start >= atEnd && c.start - atEnd <= 25 && SHARE_GAP.test(r.folded.slice(atEnd, c.start).replace(/['’]s(?![\p{L}])/gu, ' ').replace(SMALL_WORDS, ' ')) && !OBJECT_GOES_ON[r.language].test(r.folded.slice(atEnd, c.start))) return true;
    // A share word that holds the verb itself ("a pris pied à X", "prendre pied"): a part.
    if (!c.pattern.within && c.start <= verb.start && c.end >= verb.end && !placeFirst) return true;
    // "Heluk, dans la partie d'Alep tenue par...": a part of something else, named after the place.
    return c.start >= from && c.end <= to && !(placeFirst && !relative && ofNoun);
  });
}

const SMALL_WORDS = /(?<![\p{L}])(?:de|du|des|d'|la|le|les|l'|of|the|in|inside|within|dans|a|au|aux|en|its|ses|son|sa|leur|quartiers?|secteurs?|districts?|neighbou?rhoods?|areas?|localites?|towns?|villages?|camps?|strategiques?|strategic|cles?|key|residential|residentiel(?:le)?s?|populaires?|nord|sud|est|ouest|(?:north|south|east|west|central)(?:ern)?(?:-(?:north|south|east|west)(?:ern)?)?|centre|center|aleppo's|large|vast|wide|big|significant|important|grandes?|vastes?|larges?|importantes?|واسعة|كبيرة|كبير|شاسعة|عدة|بعض|main|old|grande?s?|vieux|vieille|de l'|من|في|حي|أحياء|احياء|منطقة|داخل)(?![\p{L}])/gu;
const SHARE_GAP = /^[\s,'’-]*$/u;
/** How far a share may stand before its place when only small words come between. */
const SHARE_REACH = 50;
const GENITIVE_END = /(?:\bde|\bdu|\bdes|\bd'|\bof)\s*$/;
/** What follows a share that is a noun of another: "une partie de", "la moitié du", "أجزاء من". */
const SHARE_OF = /^\s*(?:de\b|du\b|des\b|d'|of\b|من(?![\p{L}]))/u;

/**
 * Does the verb govern the place: the place on the verb's side, near enough, in the same
 * clause, with no other verb of the lexicon between them ("les déplacés ayant fui les
 * zones tombées aux mains de l'armée" does not say the army took al-Machad). A statement
 * set after places speaks only of the nearest and those listed with it.
 */
function governs(r: Reading, cue: Cue, mention: Mention, at: number, atEnd: number): boolean {
  const after = cue.pattern.direction === 'after';
  // A place listed after the verb's first object is governed as that one is, however long the list.
  // "Minyan, dont l'armée contrôle la moitié": a relative on the place makes it the verb's object.
  if (after && whoseRelative(r, atEnd, cue.start)) return true;
  const head = after ? listHead(r, mention) : mention;
  if (head !== mention) return governs(r, cue, head, head.start - r.sentence.start, head.end - r.sentence.start);
  // The object is one noun phrase: a place after another place the verb governs is its fellow only
  // when coordinated with it ("took X, which links Y", "took X from Y": Y is no object of "took").
  const previous = after ? objectBefore(r, cue, mention) : undefined;
  if (previous && !(continuesObject(r, cue, previous, mention) && governs(r, cue, previous, previous.start - r.sentence.start, previous.end - r.sentence.start))) return false;
  const [from, to] = after ? [cue.end, at] : [atEnd, cue.start];
  if (to < from || to - from > (after ? REACH.after : REACH.before)) return false;
  const between = r.folded.slice(from, to);
  if (/[.;!?]/.test(between) || CLAUSE_BREAK[r.language].test(between)) return false;
  // "Rebels, who lost X on Saturday, regrouped in Y": a relative clause ends at its comma, and
  // its verb takes nothing after it but its own object's list.
  if (after && /[,،]/u.test(between) && SUBJECT_RELATIVE[r.language].test(r.folded.slice(Math.max(0, cue.start - 60), cue.start))) return false;
  // An aside between the place and a verb after it ("X, où les rebelles résistaient depuis quatre ans, est
  // tombé") is no clause of the verb's: only a verb of change inside it stops the reach.
  const aside = !after && ASIDE.test(between);
  if (r.cues.some((c) => c !== cue && c.pattern.kind !== 'partial-hint' && c.pattern.kind !== 'statement' && c.start >= from && c.end <= to && !(aside && !CONTROL_CUE.has(c.pattern.kind)))) return false;
  if (cue.pattern.kind !== 'statement') {
    // ", repris lundi par l'armée" set after a comma: like a statement, it speaks of the nearest
    // place and those listed with it ("à X, à Y et dans le quartier de Z, repris" is Z's).
    if (after || !apposed(r, cue)) return true;
    // "X, le plus vaste secteur tenu par les rebelles dans l'est d'Alep, est tombé": a finite verb
    // after an aside's closing comma is the clause's own, whose subject stands before the aside.
    const subject = FINITE[r.language].test(cue.text) ? asideSubject(r, cue) : undefined;
    if (subject) return subject === mention;
    return listBefore(r.folded, r.mentions, r.sentence.start, cue.start).includes(mention);
  }
  if (cue.pattern.fronted && clauseBefore(r.folded, cue.start).trim() !== '') return false;
  // "un quartier rebelle situé près de la citadelle": the statement is about the quartier.
  if (after) return !isLandmark(r.folded, at, r.language) || !LOCATIVE[r.language].test(between);
  if (OTHER_HEAD[r.language].test(between)) return false;
  return listBefore(r.folded, r.mentions, r.sentence.start, cue.start).includes(mention);
}

/** The coordinators, each blanked before looking for what ends the phrase ("ainsi que" is no relative "que"). */
const OBJECT_GOES_ON_ALL = Object.fromEntries(Object.entries(OBJECT_GOES_ON).map(([k, re]) => [k, new RegExp(re.source, 'gu')])) as Record<Language, RegExp>;

/** The place named last between a verb and `mention`, if any. */
function objectBefore(r: Reading, cue: Cue, mention: Mention): Mention | undefined {
  let previous: Mention | undefined;
  for (const m of r.mentions) {
    if (m.start - r.sentence.start >= cue.end && m.end <= mention.start && (!previous || m.end > previous.end)) previous = m;
  }
  return previous;
}

/**
 * Whether the words between two places carry one noun phrase on: a coordinator and nothing that ends
 * the phrase. The verb's own preposition said again is no end: "withdrew from X and from parts of Y".
 */
function continuesObject(r: Reading, cue: Cue, previous: Mention, mention: Mention): boolean {
  const gap = r.folded.slice(previous.end - r.sentence.start, mention.start - r.sentence.start);
  if (!OBJECT_GOES_ON[r.language].test(gap)) return false;
  const own = /^\s*(\p{L}+)/u.exec(r.folded.slice(cue.end, previous.start - r.sentence.start))?.[1] ?? cue.text.split(' ').at(-1);
  const rest = gap.replace(OBJECT_GOES_ON_ALL[r.language], ' ');
  return !OBJECT_ENDS[r.language].test(own ? rest.split(/\s+/u).filter((w) => w !== own).join(' ') : rest);
}

/**
 * "X, que l'armée a reprise samedi", "X, which government forces seized on Sunday", "X الذي سيطرت
 * عليه قوات النظام": a relative clause with the place for object. Its verb of taking or losing
 * governs the place, and its own subject (between the pronoun and the verb; after the verb in
 * Arabic) takes or loses it, read as for any verb.
 */
function objectRelative(r: Reading, mention: Mention, atEnd: number): Cue | undefined {
  const clause = relativeClause(r, atEnd, OBJECT_RELATIVE[r.language], 30, (c) => CONTROL_CUE.has(c.pattern.kind) && c.pattern.direction === 'after' && !c.pattern.entry);
  if (!clause) return undefined;
  const { open, verb } = clause;
  if (r.language === 'ar') return r.folded.slice(open, verb.start).trim() === '' && (RESUMPTIVE.ar.test(r.folded.slice(verb.end)) || /(?:ه|ها)$/u.test(verb.text)) ? verb : undefined;
  // In French and English the clause names its own subject before the verb: "qui"/"which" + verb is the place's own verb.
  return r.actors.some((a) => a.start >= open && a.end <= verb.start) ? verb : undefined;
}

/**
 * A relative clause on the place: its pronoun (`opener`, within `look` characters after the place)
 * and the first verb `isVerb` accepts after it, within reach, in the same clause (no punctuation
 * or quotation mark between) and with no other place between the place and it.
 */
function relativeClause(r: Reading, atEnd: number, opener: RegExp, look: number, isVerb: (c: Cue) => boolean): { open: number; verb: Cue } | undefined {
  const m = opener.exec(r.folded.slice(atEnd, atEnd + look));
  if (!m) return undefined;
  const open = atEnd + m[0].length;
  const verb = r.cues.find((c) => c.start >= open && isVerb(c));
  if (!verb || verb.start - open > RELATIVE_REACH || /[,;.:!?،«»"]/u.test(r.folded.slice(open, verb.start)) || placeBetween(r, atEnd, verb.start)) return undefined;
  return { open, verb };
}

/** Whether the sentence names a place that starts between two of its offsets. */
function placeBetween(r: Reading, from: number, to: number): boolean {
  return r.mentions.some((x) => x.start - r.sentence.start >= from && x.start - r.sentence.start < to);
}
const RELATIVE_REACH = 100;

/** The pluperfect just before (or in) a verb of change: "avaient conquis", "had taken", "كانت ... قد سيطرت". */
const PLUPERFECT: Record<Language, RegExp> = {
  fr: /(?:^|\s)(?:avai(?:t|ent)|etai(?:t|ent))\s+(?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+\s*$/u,
  en: /(?:^|\s)had\s+(?:(?:been|already|just|now|previously)\s+){0,2}[\p{L}'-]+\s*$/u,
  ar: /(?:^|\s)(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,3}قد\s+\S+\s*$/u,
};
const PLUPERFECT_FACTOR = 0.7;

/**
 * "Rebels recaptured X on Tuesday, three days after the army took it", "X ... l'armée l'a reprise
 * samedi", "X ... ثم استعادته قوات النظام": a verb of taking or losing whose object is a pronoun
 * speaks of the last place named before it in the sentence.
 */
function pronounObject(r: Reading, mention: Mention, atEnd: number): Cue | undefined {
  // A place named as a destination or a landmark ("fled X for government-held Y", "vers Y") is not what
  // "the district" refers back to: neither it nor the pronoun skips over it.
  if (destinationOrLandmark(r, mention)) return undefined;
  const next = r.mentions.find((x) => x.start - r.sentence.start >= atEnd && !destinationOrLandmark(r, x));
  const limit = Math.min(next ? next.start - r.sentence.start : r.folded.length, atEnd + PRONOUN_REACH);
  const verb = r.cues.find((c) => c.start >= atEnd && c.end <= limit && CONTROL_CUE.has(c.pattern.kind) && c.pattern.direction === 'after' && !c.pattern.entry && PRONOUN_OBJECT[r.language](r.folded, c));
  if (!verb || /[.;!?]/.test(r.folded.slice(atEnd, verb.start))) return undefined;
  return verb;
}
const PRONOUN_REACH = 150;
function destinationOrLandmark(r: Reading, m: Mention): boolean {
  const at = m.start - r.sentence.start;
  return isLandmark(r.folded, at, r.language) || TOWARDS_PLACE[r.language].test(r.folded.slice(Math.max(0, at - 30), at));
}

/**
 * "Minyan, une localité voisine où les insurgés ont pris pied", "X, where troops took several
 * buildings", "X حيث سيطرت قوات النظام على": what a side takes *in* a place is a part of it, so
 * the place is contested, whoever the clause names (its subject is the side that gained the part).
 */
function locativeRelative(r: Reading, mention: Mention, atEnd: number): ControlEvent | null {
  const clause = relativeClause(r, atEnd, LOCATIVE_RELATIVE[r.language], 60, (c) => c.pattern.kind === 'capture' && c.pattern.direction === 'after');
  if (!clause) return null;
  const { open, verb } = clause;
  const side = r.actors.find((a) => (a.start >= open && a.end <= verb.start) || (r.language === 'ar' && a.start >= verb.end && a.start - verb.end <= 24));
  if (!side) return null;
  const e = make(r, mention, 'partial', 'contested', verb, 0.75, [verb.text, 'where']);
  return e && Object.assign(e, { gainer: side.actor });
}
const LOCATIVE_RELATIVE: Record<Language, RegExp> = {
  fr: /^\s*,?\s*(?:(?:une?|la|le|l')\s+[\p{L}' -]{2,40}?\s+)?(?:ou|dans lequel|dans laquelle)\s/u,
  en: /^\s*(?:district|neighbou?rhood|area|camp)?\s*,?\s*(?:(?:a|an|the)\s+[\p{L}' -]{2,40}?\s+)?(?:where|in which|inside which)\s/u,
  ar: /^\s*[,،]?\s*(?:حيث)\s/u,
};
const PRONOUN_OBJECT: Record<Language, (folded: string, c: Cue) => boolean> = {
  // "took it", "took full control of the district": the place named before, said again.
  en: (folded, c) => /^\s+(?:(?:full |total |complete )?control (?:of|over) )?(?:it|them|the (?:whole |entire )?(?:district|neighbou?rhood|quarter|camp))(?![\p{L}])/u.test(folded.slice(c.end, c.end + 50)),
  // "l'a reprise", "les ont perdus", "en a pris le contrôle", "a pris le contrôle du quartier".
  fr: (folded, c) =>
    /(?:^|[\s,])(?:l'|les |en )(?:(?:a|ont|avait|avaient|aurait|auraient|ayant) )?$/u.test(folded.slice(Math.max(0, c.start - 20), c.start)) ||
    /(?:^|[\s,])(?:l'|les |en )(?:(?:a|ont|avait|avaient|aurait|auraient|ayant) )?[\p{L}-]+$/u.test(folded.slice(Math.max(0, c.start - 20), c.end)) ||
    /^\s*(?:(?:de )?(?:l'ensemble )?(?:du|le|ce) (?:quartier|secteur|camp)|de la zone)(?![\p{L}])/u.test(folded.slice(c.end, c.end + 30)),
  // Only "سيطرت عليه": a pronoun on the word itself ("استعادته", "سيطرتها") is as often a noun's owner as a verb's object.
  ar: (folded, c) => {
    const after = folded.slice(c.end, c.end + 8);
    return RESUMPTIVE.ar.test(after) && (/^\s/u.test(after) || /على$/u.test(c.text));
  },
};

/** "X, dont ...", "X, of which ...": a relative clause whose verb at `verbStart` has the place for object. */
function whoseRelative(r: Reading, atEnd: number, verbStart: number): boolean {
  if (verbStart < atEnd || verbStart - atEnd > 60) return false;
  return WHOSE[r.language].test(r.folded.slice(atEnd, verbStart));
}
const WHOSE: Record<Language, RegExp> = {
  fr: /^\s*,?\s*dont\s[^,;.]*$/u,
  en: /^\s*,?\s*(?:of which|whose|most of which|half of which)\s[^,;.]*$/u,
  ar: /(?!)/u,
};

/**
 * The other side left, in the same sentence, with no other place for object: "Troops entered X
 * after rebels withdrew overnight", "les rebelles s'étant retirés, l'armée est entrée dans X".
 */
function leftByOther(r: Reading, entry: Cue, mention: Mention, atEnd: number): boolean {
  const taker = actorOf(entry, r.actors, r.folded, r.language, { previous: undefined, capturer: undefined }, atEnd);
  if (!taker?.named) return false;
  return r.cues.some((w) => {
    if (w.pattern.kind !== 'withdrawal') return false;
    // "بعد انسحاب الفصائل", "after the withdrawal of the rebels": the noun's leaver follows it.
    const noun = WITHDRAWAL_NOUN[r.language].test(w.text);
    if (!noun && isNominal(r.folded, w, r.language)) return false;
    const after = noun ? r.actors.find((a) => a.start >= w.end && a.start - w.end <= 20) : undefined;
    const leaver = noun ? after && { actor: after.actor } : subjectOf(w, r.actors, r.folded, r.language);
    if (!leaver || leaver.actor === taker.actor) return false;
    // Its object, if any, is this place: no other place follows it.
    return !r.mentions.some((m) => m !== mention && m.start - r.sentence.start >= w.end && m.start - r.sentence.start - w.end <= REACH.after && !/[.;]/.test(r.folded.slice(w.end, m.start - r.sentence.start)));
  });
}

/** A verb with its tense (not a bare participle, which is an apposition to the noun before it). */
const FINITE: Record<Language, RegExp> = {
  fr: /^(?:est|sont|etait|etaient|a|ont|avait|avaient|fut|furent|tombe|tombent|tombait)\s/u,
  en: /^(?:fell|falls|was|were|is|are|has|have|had)\s/u,
  ar: /(?!)/u,
};

/** The place before an aside ("X, <words naming no verb of the lexicon>,") that closes right before `cue`. */
function asideSubject(r: Reading, cue: Cue): Mention | undefined {
  const before = r.mentions.filter((m) => m.end - r.sentence.start <= cue.start);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const from = m.end - r.sentence.start;
    const gap = r.folded.slice(from, cue.start);
    if (!ASIDE.test(gap)) continue;
    // The aside is more than other places ("X, Y, Z sont tombés" is a list) and holds no verb of change.
    // An aside that locates the place ("X, au nord-ouest de la citadelle, est tombé", "X, à Alep-Est, est tombé") is one too.
    const words = gap.replace(/x{2,}/g, ' ').replace(SMALL_WORDS, ' ');
    const locates = LOCATIVE[r.language].test(gap.replace(/[,،)—–\s]+$/u, ' ')) || /^\s*[,،(—–]\s*(?:a|au|aux|dans|en|in|at|في)\s/u.test(gap);
    if (!/\p{L}{3,}/u.test(words) && !locates) return undefined;
    if (r.cues.some((c) => c !== cue && CONTROL_CUE.has(c.pattern.kind) && c.start >= from && c.end <= cue.start)) return undefined;
    return m;
  }
  return undefined;
}
const ASIDE = /^\s*[,،(—–]\s*[^,;.()—–]{3,120}[,،)—–]\s*$/u;

/** A participle set right after a comma that follows the nearest place before it. */
function apposed(r: Reading, cue: Cue): boolean {
  const nearest = r.mentions.filter((m) => m.end - r.sentence.start <= cue.start).at(-1);
  // The participle right after the comma: ', "ont été pris par"' is the clause's own verb.
  return !!nearest && /^\s*[,،]\s*$/u.test(r.folded.slice(nearest.end - r.sentence.start, cue.start));
}

/** What may stand between two places of one list: a comma, "et", "and", "ainsi que", "و", and a repeated head noun. */
const LIST_GAP = /^\s*(?:,|،|;)?\s*(?:et|and|ainsi que|as well as|puis|و)?\s*(?:(?:les?|la|l'|des|du|de|d'|the|celui|ceux|celle)\s*)?(?:(?:quartiers?|districts?|secteurs?|neighbou?rhoods?|areas?|حيي?|أحياء)\s*(?:de|d'|du|des|of)?\s*)?$/u;

/** The first place of the list `mention` closes (itself when it is not in a list). */
function listHead(r: Reading, mention: Mention): Mention {
  let head = mention;
  for (let i = r.mentions.indexOf(mention) - 1; i >= 0; i--) {
    const previous = r.mentions[i]!;
    if (previous.end > head.start) continue;
    const gap = r.folded.slice(previous.end - r.sentence.start, head.start - r.sentence.start);
    if (!LIST_GAP.test(gap.replace(/^[\s\u0648]*/u, (m) => m))) break;
    head = previous;
  }
  return head;
}

const RANK: Record<string, number> = { capture: 0, withdrawal: 0, statement: 1 };
const rank = (c: Cue) => RANK[c.pattern.kind] ?? 2;
const distance = (c: Cue, at: number) => Math.min(Math.abs(c.start - at), Math.abs(c.end - at));

type Mood = 'plain' | 'hedged' | 'reported' | 'unreal';

/**
 * Negation, future, intent, "if", a conditional or a year gone by near the verb undo the
 * event; the press's "aurait pris" / "reportedly" lowers it more than "selon" does.
 */
function modality(r: Reading, cue: Cue): Mood {
  const m = MODALITY[r.language];
  const { folded } = r;
  const near = folded.slice(Math.max(0, cue.start - MODALITY_REACH), cue.start);
  const withVerb = folded.slice(Math.max(0, cue.start - MODALITY_REACH), cue.end);
  // A capture named as a noun takes the mood of the verb that follows it: "une prise complète des
  // quartiers ... pourrait prendre des semaines" has not happened.
  const reach = isNominal(folded, cue, r.language) ? clauseEnd(folded, cue.end, NOMINAL_REACH) : cue.end + 10;
  const around = folded.slice(Math.max(0, cue.start - MODALITY_REACH), Math.min(folded.length, reach));
  const negated = test(m.negation, near) && !RESTRICTIVE[r.language].test(folded.slice(cue.end, cue.end + 25));
  // "ont profité de l'effondrement ... pour s'emparer de X", "took advantage of ... to seize X": an
  // opportunity taken is a deed done, not an aim.
  const seized = OPPORTUNITY[r.language].test(folded.slice(Math.max(0, cue.start - OPPORTUNITY_REACH), cue.start));
  if (negated || (test(m.unreal, withVerb) && !seized) || test(m.conditional, around)) return 'unreal';
  if (pastYear(folded.slice(Math.max(0, cue.start - 60), Math.min(folded.length, cue.end + 60)), r.article.published)) return 'unreal';
  if (test(m.reported, around)) return 'reported';
  if ((r.hedged ??= test(m.hedge, folded)) || enclosingQuote(folded, cue.start)) return 'hedged';
  return 'plain';
}

const NOMINAL_REACH = 90;
const OPPORTUNITY_REACH = 90;
/** Where the clause that starts before `from` ends: a stop, a semicolon or a colon, at most `reach` on. */
function clauseEnd(folded: string, from: number, reach: number): number {
  const stop = folded.slice(from, from + reach).search(/[.;:!?]/);
  return stop < 0 ? from + reach : from + stop;
}


/** "n'a repris que la moitié": "ne ... que" restricts, it does not deny. */
const RESTRICTIVE: Record<Language, RegExp> = {
  fr: /^\s*(?:[\p{L}-]+\s+){0,2}qu(?:e\b|')/u,
  en: /(?!)/u,
  ar: /(?!)/u,
};

/** "pris par les rebelles en 2012" read in 2016. */
function pastYear(text: string, published: string | null): boolean {
  const now = published ? Number(published.slice(0, 4)) : null;
  // A year is four digits starting 19 or 20: most windows have none, and no copy of the pattern is made for them.
  if (now === null || !(text.includes('19') || text.includes('20'))) return false;
  let past = false;
  eachMatch(PAST_YEAR, text, (m) => void (past ||= Number(m[1]) < now));
  return past;
}

/** Matches anywhere, run as the reader runs its patterns (matcher.ts: without the leading look-behind). */
function test(re: RegExp, text: string): boolean {
  return someMatch(re, text);
}

/**
 * "Environ la moitié de ce quartier...": the place the previous sentence named, skipping
 * landmarks ("the area just north of Hanano" does not make Hanano "this district").
 */
function addAnaphora(article: Article, folded: string, mentions: Mention[], bySentence: Map<number, Mention[]>): void {
  const re = ANAPHORA[article.language];
  const sentences = new Sentences(article.text, article.language);
  for (const m of folded.matchAll(re)) {
    const previous = mentions.filter((x) => x.end <= m.index && x.neighbourhood && !isLandmark(folded, x.start, article.language)).pop();
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
