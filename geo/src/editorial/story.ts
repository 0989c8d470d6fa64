/**
 * The story (geo/editorial/story.yaml): the key days of the battle an editor picks, each with
 * a short caption in French, English and Arabic and the evidence it rests on (an event id of
 * events.json, or words copied from an article of the corpus). The map opens on the day
 * marked `opening: true` and its playback pauses on every key day to show the caption.
 *
 * Checked like the other editorial files: a bad entry is reported with its line and skipped,
 * the rest of the story stands.
 */
import { z } from 'zod';
import { isoDateSchema } from '../articles/load';
import type { Article, CorpusPeriod } from '../articles/types';
import type { ControlEvent } from '../events/types';
import { findQuote } from './findQuote';
import type { EditorialIssue } from './types';
import { yamlLists } from './yamlEntries';

/** The file's name in the editorial folder. */
export const STORY_FILE = 'story.yaml';
/** A caption is read over the map while playback waits: a sentence or two. */
export const MAX_CAPTION = 320;
export const STORY_LANGS = ['fr', 'en', 'ar'] as const;

export interface StoryEvidence {
  /** The article the words come from. */
  article: string;
  /** The event of events.json cited, when the evidence was given as one. */
  event?: string;
  /** The words as they stand in the article, with their offsets. */
  quote: { text: string; start: number; end: number };
}

export interface StoryDay {
  date: string;
  caption: Record<(typeof STORY_LANGS)[number], string>;
  evidence: StoryEvidence[];
}

/** story.json: the key days in date order, and the day the map opens on (null: the app's default). */
export interface StoryFile {
  opening: string | null;
  days: StoryDay[];
}

const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema);
const caption = z.string().trim().min(1, 'must not be empty').max(MAX_CAPTION, `must be at most ${MAX_CAPTION} characters`);
const evidence = z.union(
  [
    z.object({ event: z.string().trim().min(1) }).strict(),
    z.object({ article: z.string().trim().min(1), quote: z.string().trim().min(1) }).strict(),
  ],
  { message: 'each evidence is { event: ID } or { article: ID, quote: "words from it" }' },
);
const entrySchema = z
  .object({
    date: isoDate,
    opening: z.boolean().optional(),
    caption: z.object({ fr: caption, en: caption, ar: caption }).strict(),
    evidence: z.array(evidence).min(1, 'must cite at least one event or quote'),
  })
  .strict();

export interface StoryContext {
  articles: readonly Article[];
  events: readonly ControlEvent[];
  period: CorpusPeriod;
  /** Ids of articles in the corpus folder that could not be read. */
  rejectedArticles?: ReadonlySet<string>;
}

export function parseStory(source: string, file: string, context: StoryContext): { story: StoryFile; issues: EditorialIssue[] } {
  const { lists, issues } = yamlLists(source, file, ['days']);
  const articles = new Map(context.articles.map((a) => [a.id, a]));
  const events = new Map(context.events.map((e) => [e.id, e]));
  const byDate = new Map<string, number>();
  const days: StoryDay[] = [];
  let opening: { date: string; line: number } | null = null;

  for (const entry of lists.days ?? []) {
    const fail = (problem: string) => issues.push({ file, line: entry.line, problem });
    const parsed = entrySchema.safeParse(entry.value);
    if (!parsed.success) {
      fail(zodProblem(parsed.error));
      continue;
    }
    const { date } = parsed.data;
    if (date < context.period.start || date > context.period.end) {
      fail(`date ${date} is outside the corpus period ${context.period.start}..${context.period.end}`);
      continue;
    }
    const earlier = byDate.get(date);
    if (earlier !== undefined) {
      fail(`${date} is already a key day (line ${earlier}): one caption per day`);
      continue;
    }
    // Every cited piece must hold: a caption is only as good as its weakest source.
    const cited: StoryEvidence[] = [];
    let bad: string | null = null;
    for (const e of parsed.data.evidence) {
      const found = 'event' in e ? fromEvent(e.event, events) : fromQuote(e.article, e.quote, articles, context.rejectedArticles);
      if (typeof found === 'string') {
        bad = found;
        break;
      }
      cited.push(found);
    }
    if (bad) {
      fail(bad);
      continue;
    }
    if (parsed.data.opening) {
      if (opening) {
        fail(`a second opening day: ${opening.date} (line ${opening.line}) is the one the map opens on`);
        continue;
      }
      opening = { date, line: entry.line };
    }
    byDate.set(date, entry.line);
    days.push({ date, caption: parsed.data.caption, evidence: cited });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { story: { opening: opening?.date ?? null, days }, issues };
}

function fromEvent(id: string, events: ReadonlyMap<string, ControlEvent>): StoryEvidence | string {
  const event = events.get(id);
  if (!event) return `no event "${id}" in events.json (an extractor change may have renamed it)`;
  if (!event.article) return `event "${id}" cites no article of the corpus: quote one instead`;
  return { article: event.article, event: id, quote: { ...event.quote } };
}

function fromQuote(
  id: string,
  quote: string,
  articles: ReadonlyMap<string, Article>,
  rejected: ReadonlySet<string> | undefined,
): StoryEvidence | string {
  const article = articles.get(id);
  if (!article) return `article "${id}" ${rejected?.has(id) ? 'could not be read (see the build errors)' : 'is not in the corpus'}`;
  const at = findQuote(article.text, quote);
  if (!at) return `the quote is not in article "${id}" (${article.file}) word for word`;
  return { article: id, quote: { text: article.text.slice(at.start, at.end), ...at } };
}

function zodProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return `${field ? `${field}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${field ? `"${field}" ` : ''}${issue.message}`;
}
