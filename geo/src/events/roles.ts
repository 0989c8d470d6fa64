/**
 * What a place is doing in its sentence, apart from the verb: a landmark ("près de la
 * citadelle"), where another place lies ("Hanano, à Alep-Est"), some of a group's members
 * ("les quartiers d'Alep-Est récemment repris"), one of a list.
 */
import type { Language } from '../text/language';
import type { Mention } from '../places/types';
import { GROUP_PART_AFTER, GROUP_PART_BEFORE, LIST_JOINER, LOCATIVE, SUPERLATIVE, WHOLE } from './lexicon';

/** The text of the clause before `at`: back to the last comma, bracket or quote, at most 80 characters. */
export function clauseBefore(folded: string, at: number): string {
  const text = folded.slice(Math.max(0, at - 80), at);
  const cut = Math.max(...[',', ';', ':', '(', '«', '"', '“', '—', '،'].map((c) => text.lastIndexOf(c)));
  return text.slice(cut + 1);
}

/**
 * "près de la citadelle", "adjacent to Hanano", "vers al-Halak": a reference point, not an object.
 * A verb standing between the word of place and the name takes the name for its own object:
 * "pushed towards X after taking Y" makes Y taken, not a landmark (`verbs`: their offsets).
 */
export function isLandmark(folded: string, at: number, language: Language, verbs: readonly { start: number; end: number }[] = []): boolean {
  const clause = clauseBefore(folded, at);
  const m = LOCATIVE[language].exec(clause);
  if (!m) return false;
  const from = at - clause.length + m.index;
  return !verbs.some((v) => v.start > from && v.end <= at);
}

export interface GroupRole {
  /** "les quartiers d'Alep-Est repris", "40 percent of eastern Aleppo" aside: some members, not all. */
  part: boolean;
  /** The group only says where another place is, or which of its members: no control claim about it. */
  aside: boolean;
}

/**
 * A group's role: `part` when the words before it count some of its districts ("quartiers
 * de", "six neighbourhoods in ... of") and not all; `aside` after a superlative ("le plus
 * grand d'Alep-Est") or after another place it locates ("Hanano à Alep-Est",
 * "Karm al-Beik, qui se trouvent dans la partie centrale d'Alep-Est").
 */
export function groupRole(folded: string, mention: Mention, offset: number, others: Mention[], language: Language): GroupRole {
  const at = mention.start - offset;
  const before = folded.slice(Math.max(0, at - 80), at);
  const clause = clauseBefore(folded, at);
  const after = folded.slice(mention.end - offset, mention.end - offset + 20);
  const whole = WHOLE[language].test(clause);
  const part = !whole && (GROUP_PART_BEFORE[language].test(before) || GROUP_PART_AFTER[language].test(after));
  const superlative = SUPERLATIVE[language].test(clause);
  return { part, aside: superlative || locatesAnother(folded, mention, offset, others) };
}

function locatesAnother(folded: string, mention: Mention, offset: number, others: Mention[]): boolean {
  const previous = others.filter((m) => m.end <= mention.start && m.neighbourhood && !m.group).pop();
  if (!previous) return false;
  const gap = folded.slice(previous.end - offset, mention.start - offset);
  if (/[.;!?]/.test(gap)) return false;
  // Named right after the place with nothing between ("ضاحية الأسد غرب حلب"): where it lies.
  if (/^\s*$/u.test(gap)) return true;
  return !LIST_JOINER.test(gap);
}

/**
 * The places a statement set after them speaks of ("Hamdaniyé, tenu par l'armée"): the
 * nearest place before it and the places listed with it ("Sakhur, Haydariya and Sheikh
 * Khodr districts are controlled by"), not a place further back across a verb
 * ("partis d'Al-Amiriyah et se sont rendus dans celui de Ramoussa, aux mains du régime").
 */
export function listBefore(folded: string, mentions: Mention[], offset: number, cueStart: number): Mention[] {
  const before = mentions.filter((m) => m.end - offset <= cueStart).sort((a, b) => a.start - b.start);
  const last = before.pop();
  if (!last) return [];
  const list = [last];
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const next = list[list.length - 1]!;
    if (m.start === next.start) continue;
    if (!LIST_JOINER.test(folded.slice(m.end - offset, next.start - offset))) break;
    list.push(m);
  }
  // Two names at one offset (a place inside a neighbourhood named twice): keep every one of them.
  return mentions.filter((m) => list.some((x) => x.start === m.start));
}
