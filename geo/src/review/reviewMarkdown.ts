import type { Article, Rejected } from '../articles/types';
import type { Candidate, Mention } from '../places/types';
import type { ControlEvent } from '../events/types';
import type { EditorialCounts, EditorialIssue } from '../editorial/types';
import type { TimelineResult } from '../timeline/build';
import { escape } from './markdown';

export interface ReviewInput {
  articles: Article[];
  rejected: Rejected[];
  mentions: Mention[];
  candidates: Candidate[];
  gazetteerWarnings: string[];
  events?: ControlEvent[];
  editorial?: { counts: EditorialCounts; issues: EditorialIssue[] };
  timeline?: TimelineResult;
  /** The sentence a candidate or an unlocated mention stands in, when the articles' texts are not kept. */
  sentenceText?: (m: Mention | Candidate) => string;
  /** Extra sections (title, lines) from later stages, such as reported against computed shares. */
  more?: { title: string; lines: string[]; empty: string }[];
}

/** What an editor must look at, as Markdown: broken files, undated articles, places to add. */
export function reviewMarkdown(input: ReviewInput): string {
  const out: string[] = ['# Review', ''];
  // Mentions keep their sentence's offsets only: the words come from the article's text.
  const texts = new Map(input.articles.map((a) => [a.id, a.text]));
  const sentenceText = input.sentenceText ?? ((m: Mention | Candidate) => texts.get(m.article)?.slice(m.sentence.start, m.sentence.end) ?? '');
  const section = (title: string, lines: string[], empty: string) => {
    out.push(`## ${title}`, '', ...(lines.length ? lines : [`_${empty}_`]), '');
  };
  section(
    'Files that could not be read',
    input.rejected.map((r) => `- \`${r.file}${r.line ? `:${r.line}` : ''}\`: ${escape(r.problem)}`),
    'none',
  );
  section(
    'Articles without a publication date',
    input.articles.filter((a) => !a.published).map((a) => `- \`${a.file}\`: ${escape(a.publishedReason ?? 'no date')}`),
    'none',
  );
  section(
    'Inferred publication dates',
    input.articles
      .filter((a) => a.publishedInferred && a.published)
      .map((a) => `- \`${a.file}\`: ${a.published}: ${escape(a.publishedReason ?? '')}`),
    'none',
  );
  section(
    'Article warnings',
    input.articles.flatMap((a) => a.warnings.map((w) => `- \`${a.file}\`: ${escape(w)}`)),
    'none',
  );
  section(
    'Unresolved place names (add an alias in geo/gazetteer/press.yaml)',
    input.candidates.map((c) => `- **${escape(c.surface)}** in \`${c.article}\`: “${escape(sentenceText(c))}”`),
    'none',
  );
  const unlocated = input.mentions.filter((m) => m.unlocated);
  section(
    'Known places without a location',
    unlocated.map((m) => `- **${escape(m.surface)}** (${m.neighbourhood}) in \`${m.article}\`: “${escape(sentenceText(m))}”`),
    'none',
  );
  section('Gazetteer', input.gazetteerWarnings.map((w) => `- ${escape(w)}`), 'no warnings');
  if (input.editorial) {
    const c = input.editorial.counts;
    section(
      'Editorial data',
      [
        `- ${c.extracted} events extracted: ${c.asIs} used as they are, ${c.confirmed} confirmed, ${c.corrected} corrected, ${c.rejected} rejected; ${c.added} added by editors`,
        ...input.editorial.issues.map((i) => `- error: \`${i.file}:${i.line}\`: ${escape(i.problem)} (${i.skipped ?? 'entry'} skipped)`),
      ],
      'none',
    );
  }
  if (input.timeline) {
    const quote = byId(input.events ?? []);
    const t = input.timeline;
    section(
      'Conflicts (sources disagree; a statement contradicts the timeline; a named taker already held the place; a named loser did not hold it; a lone report against a confirmed state; statements that corrected it)',
      t.conflicts.map(
        (c) =>
          `- **${c.neighbourhood}** on ${c.date}, ${c.kind}: the timeline says ${c.holds}; ` +
          c.events.map((e) => `\`${e.id}\` says ${e.says ?? 'nothing clear'}: ${quote(e.id)}`).join('; '),
      ),
      'none',
    );
    const list = (events: ControlEvent[]) => events.map((e) => `- \`${e.id}\` ${e.kind} of **${e.neighbourhood}** (${e.controller ?? 'no side'}, ${e.date ?? 'no date'}, confidence ${e.confidence}): ${quote(e.id)}`);
    const fromState = (input.events ?? []).filter((e) => t.readings?.[e.id]?.fromState);
    section(
      'Changes whose side came from the state before (the sentence names no taker: check the side)',
      fromState.map((e) => `- \`${e.id}\` ${e.kind} of **${e.neighbourhood}** on ${e.date}: ${t.readings[e.id]!.fromState} held it, so ${t.readings[e.id]!.says}: ${quote(e.id)}`),
      'none',
    );
    section('Low-confidence events (not applied: confirm or correct them in geo/editorial/events.yaml)', list(t.unused.lowConfidence), 'none');
    section('Events without a date (not applied)', list(t.unused.undated), 'none');
    section('Events dated outside the timeline: before its first day or after the corpus period (not applied)', list(t.unused.outside), 'none');
    section('Events that do not say which side (not applied)', list(t.unused.noController), 'none');
    section('Events about a whole area such as East Aleppo (not applied: an editor may add them)', list(t.unused.group), 'none');
  }
  for (const m of input.more ?? []) section(m.title, m.lines, m.empty);
  return out.join('\n');
}

function byId(events: readonly ControlEvent[]): (id: string) => string {
  const map = new Map(events.map((e) => [e.id, e]));
  return (id) => {
    const e = map.get(id);
    return e ? `“${escape(e.quote.text)}”` : '';
  };
}

