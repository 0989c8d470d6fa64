/**
 * Who did it. The sides a sentence names, and which of them acts on a verb: its subject
 * before it, its agent after a passive "par"/"by", the loser after "repris aux"; for a
 * capture named as a noun ("la prise de X") whoever the sentence puts forward, else the
 * side that does the capturing in the rest of the article.
 */
import { enclosingQuote } from '../text/quotes';
import type { Language } from '../text/language';
import { ACTORS, CUES, DETERMINER, HELD_AFTER, HOLDING_VERB, LEADING_CLAUSE, LEAVE, NOMINAL, NOT_SUBJECT, type CuePattern } from './lexicon';
import type { Actor } from './types';
import { roughSentences } from '../text/sentences';
import { ANY_ACTOR, ANY_CONTROL_CUE, eachMatch, mayMatch } from './matcher';

export interface Found {
  start: number;
  end: number;
  text: string;
}
export interface Cue extends Found {
  pattern: CuePattern;
}
export interface ActorHit extends Found {
  actor: Actor;
}
export interface Side {
  actor: Actor;
  text: string;
  /** Not read from the sentence itself: from an earlier sentence or the article as a whole. */
  fromContext: boolean;
  /**
   * The sentence names this side in its role without doubt: subject of the active verb, agent
   * of a passive, "aux mains de X", "repris par X", "X's capture of". When it does not, the side
   * is a guess, and the timeline takes the side from the state the change changes.
   */
  named?: boolean;
  /** The side the sentence names as losing the place ("repris aux rebelles", "rebels lost"). */
  loser?: Actor;
}

/** Where the article's other sentences can help: the last side named before, the usual capturer. */
export interface ActorContext {
  previous: Actor | undefined;
  capturer: Actor | undefined;
}

const AGENT_WINDOW = 40;

/** Every cue of the lexicon in a folded text; a longer cue hides the shorter ones inside it. */
export function findCues(folded: string, patterns: CuePattern[]): Cue[] {
  const all: Cue[] = [];
  for (const pattern of patterns) {
    eachMatch(pattern.re, folded, (m) => all.push({ start: m.index, end: m.index + m[0].length, text: m[0], pattern }));
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cue[] = [];
  for (const cue of all) {
    const hidden = kept.some(
      (c) =>
        c.pattern.kind !== 'partial-hint' &&
        cue.pattern.kind !== 'partial-hint' &&
        c.start <= cue.start &&
        cue.end <= c.end &&
        // "repris aux rebelles" reads both ways (X, repris aux... / repris aux rebelles X): keep both.
        !(c.start === cue.start && c.end === cue.end && c.pattern.direction !== cue.pattern.direction),
    );
    if (!hidden) kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The sides a text names, longest name first where two overlap ("Kurdish militants" is not "militants"). */
export function findActors(folded: string, language: Language): ActorHit[] {
  const all: ActorHit[] = [];
  for (const [actor, re] of ACTORS[language]) {
    eachMatch(re, folded, (m) => all.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor }));
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ActorHit[] = [];
  for (const hit of all) if (!kept.some((h) => h.start < hit.end && hit.start < h.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

/** "la prise de", "the capture of": the verb is a noun, and its actor may stand anywhere. */
export function isNominal(folded: string, cue: Cue, language: Language): boolean {
  if (!NOMINAL[language].test(cue.text)) return false;
  return DETERMINER[language].test(folded.slice(Math.max(0, cue.start - 25), cue.start));
}

/** "وحدات من", "عناصر من": a share of a force, which is still that force acting; "في يد": into the hands of. */
const PARTITIVE_AR = /(?:^|\s)(?:(?:وحدات|عناصر|مقاتلو|مقاتلي|قوات|مجموعات|فرق)\s+من|في\s+(?:يد|أيدي|ايدي))(?=\s|$)/gu;

/** "بيد قوات النظام", "على يد": the agent named after the place, as "aux mains de". */
const AGENT_AR = /^\s*(?:بيد|في يد|بايدي|بأيدي|في ايدي|في أيدي|من قبل|على يد)\s*$/u;

/** Things that fall by themselves: "Alep-Est est tombée", "the fall of". */
const isFall = (cue: Cue) => /^(?:(?:est |sont )?tombe(?:e|s|es)?|chute|fell|(?:(?:has|have|had) )?fallen|fall of|[وف]?سقوط|[وف]?سقط\S*)$/u.test(cue.text);

/** Who gains the place the cue speaks of, as far as this sentence and its article tell. */
export function actorOf(cue: Cue, actors: ActorHit[], folded: string, language: Language, context: ActorContext, placeEnd: number): Side | undefined {
  if (cue.pattern.fromLoser) {
    const loser = actors.find((a) => a.start >= cue.end && a.start - cue.end <= 20);
    if (loser) {
      const winner = subjects(actors, folded, language, cue.start).filter((a) => a.actor !== loser.actor).pop();
      return { actor: winner?.actor ?? defaultOpponent(loser.actor), text: `${loser.text} (lost)`, fromContext: !winner, named: !!winner && near(winner, cue), loser: loser.actor };
    }
  }
  if (isNominal(folded, cue, language)) return nominalActor(cue, actors, folded, language, context, placeEnd);
  // Arabic puts the subject after the verb, or the agent after the verbal noun: "سيطر الجيش على", "سيطرة قوات النظام على".
  // "حررت وحدات من الجيش": units of the army, a subject, though "من" stands before the side.
  const following =
    language === 'ar'
      ? actors.find(
          (a) =>
            a.start >= cue.end &&
            a.start - cue.end <= 24 &&
            // Verb, subject, then object: a side named after the place is another clause's, or the loser.
            (a.start < placeEnd || cue.end > placeEnd || AGENT_AR.test(folded.slice(placeEnd, a.start))) &&
            !/(?:^|\s)(?:على|في|من|عن|ضد)(?:\s|$)/u.test(folded.slice(cue.end, a.start).replace(PARTITIVE_AR, ' ')),
        )
      : undefined;
  if (following) return { actor: following.actor, text: following.text, fromContext: false, named: true };
  if (cue.pattern.direction === 'before') {
    // A passive's agent follows "par"/"by"; with none, the sentence names no taker.
    const agent = cue.pattern.passive ? passiveAgent(actors, folded, cue.end, PASSIVE_GAP) : nearestActorAfter(cue, actors);
    if (agent) return { ...agent, named: true };
    if (isFall(cue)) return fromArticle(context);
    if (cue.pattern.passive) return undefined;
  }
  const candidates = subjects(actors, folded, language, cue.start);
  const subject = candidates.at(-1);
  // Named: near its verb, or the only side that could be the subject ("des unités de l'armée
  // avaient réalisé une progression ... et sécurisé les quartiers de X").
  const alone = subject !== undefined && candidates.every((a) => a.actor === subject.actor) && cue.start - subject.end <= 160;
  if (subject) return { actor: subject.actor, text: subject.text, fromContext: false, named: near(subject, cue) || alone };
  const agent = passiveAgent(actors, folded, cue.end);
  if (agent) return { ...agent, named: true };
  const main = mainClauseSubject(cue, actors, folded, language);
  if (main) return { ...main, named: true };
  const speaker = quotedSpeaker(cue, actors, folded);
  if (speaker) return speaker;
  return context.previous ? { actor: context.previous, text: `${context.previous} (named earlier)`, fromContext: true } : undefined;
}

/**
 * "la prise de Sakhour ... est stratégique pour le régime", "la capture de Hanano, début de
 * l'avancée de l'armée": the agent after "par", else a side the sentence names (other than
 * as the loser or as a place's owner), else the side that captures in the rest of the article.
 */
function nominalActor(cue: Cue, actors: ActorHit[], folded: string, language: Language, context: ActorContext, placeEnd: number): Side | undefined {
  const agent = passiveAgent(actors, folded, Math.max(cue.end, placeEnd));
  if (agent) return { ...agent, named: true };
  // The noun's own agent: "the army's capture of X" (before it), "سيطرة قوات النظام على" (right after it).
  const genitive = actors.find((a) => (a.end <= cue.start && /^'s?\s*$/.test(folded.slice(a.end, cue.start))) || (a.start >= cue.end && a.start - cue.end <= 3 && language === 'ar'));
  if (genitive && cue.pattern.kind !== 'withdrawal') return { actor: genitive.actor, text: genitive.text, fromContext: false, named: true };
  if (cue.pattern.kind === 'withdrawal') {
    // "le retrait des rebelles de X": the side named right after the noun is the one leaving.
    const leaver = actors.find((a) => a.start >= cue.end && a.start - cue.end <= 15);
    if (leaver) return { actor: leaver.actor, text: leaver.text, fromContext: false, named: true };
  }
  const named = actors
    .filter((a) => !ownerOrLoser(folded, a))
    .sort((a, b) => Math.abs(a.start - cue.start) - Math.abs(b.start - cue.start))[0];
  if (named) return { actor: named.actor, text: named.text, fromContext: false };
  return fromArticle(context);
}

/**
 * '"The brothers have taken back X," said an official of <side>': inside a quote, the speaker
 * tells of their own side. The side named in the attribution after the closing mark is the
 * taker, named when the quote speaks as "we", "our fighters", "the brothers", "nos", "نحن".
 */
function quotedSpeaker(cue: Cue, actors: ActorHit[], folded: string): Side | undefined {
  const quote = enclosingQuote(folded, cue.start);
  if (!quote || quote.close < cue.end) return undefined;
  const { open, close } = quote;
  const attribution = actors.find((a) => a.start > close && a.start - close <= SPEAKER_REACH && !/[.;!?]/.test(folded.slice(close + 1, a.start)));
  if (!attribution) return undefined;
  const named = IN_GROUP.test(folded.slice(open + 1, cue.end));
  return { actor: attribution.actor, text: `${attribution.text} (the speaker)`, fromContext: false, named };
}
const SPEAKER_REACH = 120;
const IN_GROUP = /(?<![\p{L}])(?:we|our|us|the brothers|nous|nos|notre|les freres|نحن|مقاتلونا|قواتنا|الإخوة|الاخوة|إخوتنا|اخوتنا)(?![\p{L}])/u;

const LEADING_REACH = 200;
/** "Après avoir repris Hanano, l'armée s'est emparée de...": the subject of the main clause that follows. */
function mainClauseSubject(cue: Cue, actors: ActorHit[], folded: string, language: Language): Side | undefined {
  if (!LEADING_CLAUSE[language].test(folded.slice(Math.max(0, cue.start - 25), cue.start))) return undefined;
  // The leading clause may list several places ("After seizing areas, including X and Y, the army..."):
  // the main clause's subject is the first side named just after a comma, within reach.
  const a = actors.find((x) => {
    if (x.start <= cue.end || x.start - cue.end > LEADING_REACH || notSubject(folded, x, language)) return false;
    const comma = folded.lastIndexOf(',', x.start);
    return comma > cue.end && x.start - comma <= 25;
  });
  return a ? { actor: a.actor, text: a.text, fromContext: false } : undefined;
}

/** A subject stands near its verb: farther off it is more often another clause's. */
const SUBJECT_REACH = 60;
function near(subject: Found, cue: Found): boolean {
  return cue.start - subject.end <= SUBJECT_REACH;
}

function fromArticle(context: ActorContext): Side | undefined {
  return context.capturer ? { actor: context.capturer, text: `${context.capturer} (the article's capturer)`, fromContext: true } : undefined;
}

/** Sides that can be the subject of a verb at `before`: named before it, not as a companion or an owner. */
function subjects(actors: ActorHit[], folded: string, language: Language, before: number): ActorHit[] {
  return actors.filter((a) => a.end <= before && !notSubject(folded, a, language) && !inAside(folded, a, before));
}

/** "repris aux rebelles", "les quartiers rebelles", "avec les forces...": a side named, but not acting. */
function notSubject(folded: string, a: ActorHit, language: Language): boolean {
  return NOT_SUBJECT[language].test(folded.slice(Math.max(0, a.start - 25), a.start)) || HELD_AFTER[language].test(folded.slice(a.end, a.end + 20));
}

/** Looser, for nouns: "l'avancée de l'armée" names the actor; "aux rebelles", "secteur rebelle" do not. */
function ownerOrLoser(folded: string, a: ActorHit): boolean {
  // "que les insurgés tenaient": the subject of a verb of holding is the holder, not the taker.
  if (HOLDING_VERB.test(folded.slice(a.end, a.end + 25))) return true;
  const before = folded.slice(Math.max(0, a.start - 20), a.start);
  return /(?:\baux?|\bcontre|\bface aux?|\bfrom|\bagainst|quartiers?|secteurs?|zones?|partie|bastion|fief|poche|lignes|positions|defenses|fronts?|areas?|districts?)\s*(?:les |la |le |l'|the )?$/.test(before) || HELD_AFTER.en.test(folded.slice(a.end, a.end + 20));
}


/** An actor between dashes or brackets that close before the verb: "Kurdish militants — in coordination with government forces — have taken". */
function inAside(folded: string, a: ActorHit, verb: number): boolean {
  const before = folded.slice(0, a.start);
  const between = folded.slice(a.end, verb);
  const open = Math.max(before.lastIndexOf('—'), before.lastIndexOf(' – '), before.lastIndexOf('('));
  if (open < 0) return false;
  const opener = folded[open] === '(' ? ')' : folded[open] === '—' ? '—' : '–';
  return between.includes(opener) && !folded.slice(open + 1, a.start).includes(opener);
}

/** Up to three words ("lundi", "toujours", "on Monday") between a passive verb and "par"/"by". */
const PASSIVE_GAP = /^[\s,]*(?:[\p{L}\d'-]+[\s,]+){0,3}?(?:par|by)\s/u;
function passiveAgent(actors: ActorHit[], folded: string, from: number, gap = /^[\s,]*(?:par|by)\s/): Side | undefined {
  const a = actors.find((x) => x.start >= from && gap.test(folded.slice(from, x.start + 1)) && x.start - from <= AGENT_WINDOW);
  return a ? { actor: a.actor, text: a.text, fromContext: false } : undefined;
}

export function nearestActorAfter(cue: Found, actors: ActorHit[]): Side | undefined {
  const a = actors.find((x) => x.start >= cue.end && x.start - cue.end <= AGENT_WINDOW);
  return a ? { actor: a.actor, text: a.text, fromContext: false } : undefined;
}

/** The side a statement's verb has for subject: "l'armée contrôle désormais...". */
export function subjectOf(cue: Cue, actors: ActorHit[], folded: string, language: Language): Side | undefined {
  const s = subjects(actors, folded, language, cue.start).pop();
  return s && cue.start - s.end <= 60 ? { actor: s.actor, text: s.text, fromContext: false } : undefined;
}

/** Fighters as subject of "quitter"/"left": "le dernier convoi de rebelles a quitté Alep-Est". */
export function leavingSide(cue: Cue, actors: ActorHit[], folded: string, language: Language): ActorHit | undefined {
  if (!LEAVE[language].test(cue.text)) return undefined;
  const clauseStart = Math.max(0, cue.start - 60);
  return actors.filter((a) => a.start >= clauseStart && a.end <= cue.start && !ownerOrLoser(folded, a) && !/[,;:]/.test(folded.slice(a.end, cue.start))).pop();
}

/** The side that gains what `loser` loses: the other side the sentence names, else the usual enemy. */
export function opponent(loser: Actor, actors: ActorHit[]): Actor {
  return actors.find((a) => a.actor !== loser)?.actor ?? defaultOpponent(loser);
}

export function defaultOpponent(loser: Actor): Actor {
  return loser === 'rebel' ? 'regime' : 'rebel';
}

export function lastActorBefore(actors: ActorHit[], offset: number): Actor | undefined {
  let last: Actor | undefined;
  for (const a of actors) {
    if (a.start >= offset) break;
    last = a.actor;
  }
  return last;
}

/**
 * The side the article shows capturing: the subjects and agents of its verbal captures,
 * counted over every sentence (nouns too, when their sentence names the side). A noun ("la prise de Sakhour") or a fall ("Alep-Est est
 * tombée") with no actor of its own is theirs. None when the article is split or silent.
 */
export function dominantCapturer(folded: string, languageOf: (text: string) => Language, languages: readonly Language[]): Actor | undefined {
  const tally = new Map<Actor, number>();
  for (const m of roughSentences(folded)) {
    const chunk = m[0];
    // Most sentences name no side or no capture: skipped before their language is weighed
    // and each pattern run (the tally counts captures and withdrawals whose side is named).
    if (!languages.some((l) => mayMatch(ANY_ACTOR[l], chunk))) continue;
    const language = languageOf(chunk);
    if (!mayMatch(ANY_CONTROL_CUE[language], chunk)) continue;
    const actors = findActors(chunk, language);
    if (!actors.length) continue;
    for (const cue of findCues(chunk, CUES[language])) {
      if (cue.pattern.kind !== 'capture' && cue.pattern.kind !== 'withdrawal') continue;
      const side = isNominal(chunk, cue, language) ? nominalSide(cue, actors, chunk, language) : verbalSide(cue, actors, chunk, language);
      if (side) tally.set(side, (tally.get(side) ?? 0) + 1);
    }
  }
  const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined;
  return ranked[0]![0];
}

function nominalSide(cue: Cue, actors: ActorHit[], chunk: string, language: Language): Actor | undefined {
  const actor = nominalActor(cue, actors, chunk, language, { previous: undefined, capturer: undefined }, cue.end)?.actor;
  if (!actor) return undefined;
  return cue.pattern.kind === 'withdrawal' ? defaultOpponent(actor) : actor;
}

function verbalSide(cue: Cue, actors: ActorHit[], chunk: string, language: Language): Actor | undefined {
  if (cue.pattern.fromLoser) {
    const loser = actors.find((a) => a.start >= cue.end && a.start - cue.end <= 20);
    return loser ? defaultOpponent(loser.actor) : undefined;
  }
  const actor =
    cue.pattern.direction === 'before'
      ? nearestActorAfter(cue, actors)?.actor
      : (subjects(actors, chunk, language, cue.start).pop()?.actor ?? passiveAgent(actors, chunk, cue.end)?.actor);
  if (!actor) return undefined;
  return cue.pattern.kind === 'withdrawal' ? defaultOpponent(actor) : actor;
}
