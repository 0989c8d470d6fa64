/**
 * The pipeline as a library: typed data in, typed data out, no file system.
 * The CLI (geo/cli/geo.ts), the tests and the benchmarks all call this.
 */
import type { ArticleFile } from './articles/load';
import { streamCorpus } from './articles/stream';
import { DEFAULT_PERIOD, type Article, type CorpusPeriod, type Rejected } from './articles/types';
import { buildGazetteer, type GazetteerSources } from './gazetteer/build';
import { neighbourhoodPoints, type NeighbourhoodCollection } from './gazetteer/geojson';
import type { Gazetteer } from './gazetteer/types';
import { maskMarkup, verbatimSpan } from './text/markup';
import { findPlaces, type PlacesFound } from './places/find';
import { buildPlaceIndex, type PlaceIndex } from './places/index';
import type { Candidate, Mention } from './places/types';
import { reviewMarkdown } from './review/reviewMarkdown';
import { extractEvents } from './events/extract';
import type { ControlEvent } from './events/types';
import { applyEditorial } from './editorial/apply';
import { parseBaseline, type Baseline } from './editorial/baseline';
import { parseReviewed } from './editorial/reviewed';
import { parseOutlets } from './editorial/outlets';
import { agencyCredits, articleSources, NO_LEANINGS, type Leanings } from './timeline/evidence';
import { parseStory, STORY_FILE, type StoryFile } from './editorial/story';
import type { EditorialCounts, EditorialIssue, Reviewed } from './editorial/types';
import { matchBoundaries, combineShapes, type BoundaryMatch } from './geometry/boundaries';
import { tessellate } from './geometry/cells';
import { cityOutline, type CityOutline } from './geometry/cityOutline';
import { frontLines } from './geometry/fronts';
import type { FrontLineCollection, SharesFile } from './geometry/frontTypes';
import { shareTable } from './geometry/shares';
import { buildTopology } from './geometry/topology';
import { checkShareClaims, claimLines, findShareClaims, type ShareClaim } from './timeline/shareClaims';
import type { CellCollection } from './geometry/types';
import { buildTimeline, type TimelineResult } from './timeline/build';
import type { BaselineEntry, Timeline } from './timeline/types';
import { quoteHolds, verifyQuotes } from './timeline/verifyQuotes';
import { detach } from './text/detach';
import { parseAllDocuments, visit } from 'yaml';
import { inferEncircled, neighbourMap } from './timeline/encircled';

export interface TextFile {
  name: string;
  text: string;
  /** Set when the file could not be read as UTF-8 text: it is reported and skipped, the rest is used. */
  unreadable?: { line: number; problem: string };
}

export interface PipelineInput {
  /**
   * The article files, in any order: an array, or a generator that reads each file when asked
   * (the CLI), so that one article at a time is in memory (README: speed and memory).
   */
  articles: Iterable<ArticleFile>;
  /**
   * Keep every article's text in `articles` (default: true, for the tests and the eval). False
   * (the CLI): texts are dropped once each article is read, except those the editorial files
   * may quote; `articles[].text` is then empty for the others. The outputs are the same.
   */
  keepTexts?: boolean;
  gazetteer: GazetteerSources;
  period?: CorpusPeriod;
  /** The editorial folder's files (baseline-YYYY-MM-DD.csv, *.yaml); null: extraction alone. */
  editorial?: TextFile[] | null;
  /** A surveyed boundaries file (its text or parsed JSON); absent: generated cells only. */
  boundaries?: { file: string; input: unknown } | null;
}

export interface ArticleRecord extends Omit<Article, 'text' | 'textLine'> {
  mentions: number;
}

export interface PipelineOutput {
  gazetteer: Gazetteer;
  articles: Article[];
  rejected: Rejected[];
  mentions: Mention[];
  candidates: Candidate[];
  /** After editorial decisions. */
  events: ControlEvent[];
  editorial: { counts: EditorialCounts; issues: EditorialIssue[]; baselineDate: string | null };
  timeline: TimelineResult;
  shapes: CellCollection;
  /** What the boundaries file matched, when one was given. */
  boundaries: BoundaryMatch | null;
  /** Warnings of the geometry stage (repairs, neighbourhoods left with a generated cell). */
  geometryWarnings: string[];
  /** The files the pipeline writes, by name. */
  files: {
    'articles.json': { articles: ArticleRecord[]; rejected: Rejected[] };
    'mentions.json': { mentions: Mention[]; unresolved: Candidate[] };
    'events.json': { events: ControlEvent[] };
    'timeline.json': Timeline;
    'baseline.json': { date: string | null; entries: BaselineEntry[] };
    'frontlines.geojson': FrontLineCollection;
    'shares.json': SharesFile;
    'neighbourhoods.geojson': CellCollection;
    /** The city's edge: the union of the shapes with the streets between them closed. */
    'outline.geojson': CityOutline;
    'centres.geojson': NeighbourhoodCollection;
    'gazetteer.json': Gazetteer;
    'review.md': string;
    /** The editors' key days and opening day (empty without a story file). */
    'story.json': StoryFile;
  };
}

export interface PlaceFinder {
  gazetteer: Gazetteer;
  index: PlaceIndex;
  unlocated: ReadonlySet<string>;
}

export function placeFinder(sources: GazetteerSources): PlaceFinder {
  const gazetteer = buildGazetteer(sources);
  const index = buildPlaceIndex(gazetteer);
  gazetteer.warnings.push(...index.warnings);
  const unlocated = new Set(gazetteer.neighbourhoods.filter((n) => !n.located).map((n) => n.id));
  return { gazetteer, index, unlocated };
}

/** Throws BoundaryError for an unusable boundaries file and QuoteError for a quote that is not verbatim. */
export function runPipeline(input: PipelineInput): PipelineOutput {
  const finder = placeFinder(input.gazetteer);
  // Shapes first: a boundaries file that cannot be used stops the run before the articles are read.
  const { shapes, boundaries, geometryWarnings } = drawShapes(finder.gazetteer, input.boundaries ?? null);
  const period = input.period ?? DEFAULT_PERIOD;
  const keepAll = input.keepTexts ?? true;
  const cited = citedStrings(input.editorial ?? null);
  // The agencies of the outlets file, to find their credits while each text is at hand; the
  // editorial files are read again once the corpus's outlets are known (for the file's own checks).
  const credits = agencyCredits(readEditorial(input.editorial ?? null, finder.gazetteer, period, []).leanings);
  const verified = new WeakSet<object>();
  // One article at a time: read, keep what the later stages and the outputs need, drop the text.
  const files = Array.isArray(input.articles) ? [...(input.articles as ArticleFile[])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : input.articles;
  const corpus = streamCorpus(files, (article) => readOne(article, finder, { keep: keepAll || cited.has(article.id), credits, verified }), { period });
  const { rejected } = corpus;
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const candidates: Candidate[] = [];
  const extracted: ControlEvent[] = [];
  const credited = new Map<string, string[]>();
  const shareClaims: ShareClaim[] = [];
  const sentences = new Map<Mention | Candidate, string>();
  const counts = new Map<string, number>();
  for (const one of corpus.read) {
    articles.push(one.article);
    for (const e of one.events) extracted.push(e);
    for (const m of one.mentions) mentions.push(m);
    for (const c of one.candidates) candidates.push(c);
    for (const c of one.claims) shareClaims.push(c);
    for (const [m, text] of one.sentences) sentences.set(m, text);
    credited.set(one.article.id, one.credits);
    counts.set(one.article.id, one.mentions.length);
  }
  const editorial = readEditorial(input.editorial ?? null, finder.gazetteer, period, articles.map((a) => a.outlet ?? '').filter(Boolean));
  const rejectedIds = new Set(rejected.map((r) => r.file.replace(/\.[^.]+$/, '')));
  const edited = applyEditorial(extracted, editorial.reviewed, { articles, gazetteer: finder.gazetteer, period, rejectedArticles: rejectedIds });
  verifyQuotes(edited.events, articles, verified);
  // The story cites events by id, so it is read once the editors' decisions are applied.
  const storyFile = (input.editorial ?? []).find((f) => f.name === STORY_FILE && !f.unreadable);
  const story = storyFile
    ? parseStory(storyFile.text, storyFile.name, { articles, events: edited.events, period, rejectedArticles: rejectedIds })
    : { story: { opening: null, days: [] }, issues: [] };
  const read = buildTimeline(edited.events, editorial.baseline?.entries ?? new Map(), finder.gazetteer, {
    start: editorial.baseline?.date || period.start,
    last: period.end,
    sources: articleSources(articles.map((a) => ({ ...a, credits: credited.get(a.id) ?? [] })), editorial.leanings),
    leanings: editorial.leanings,
  });
  const events = withReadings(edited.events, read.readings);
  // Districts nobody reports, surrounded by the other side's gains, fell with them (tier inferred).
  const topology = buildTopology(shapes);
  const neighbours = neighbourMap(topology.arcs.filter((a) => a.b >= 0).map((a): [string, string] => [topology.ids[a.a]!, topology.ids[a.b]!]));
  const timeline: TimelineResult = { ...read, timeline: inferEncircled(read.timeline, neighbours).timeline };

  const fronts = frontLines(topology, timeline.timeline);
  let outline: CityOutline | undefined;
  const outlineOnce = () => (outline ??= cityOutline(shapes));
  let review: string | undefined;
  const shares = shareTable(shapes, timeline.timeline);
  const claims = checkShareClaims(shareClaims, timeline.timeline, (date) => {
    // Shares are kept per change date: the one in force is the last not after `date`.
    const at = Object.keys(shares.dates).filter((d) => d <= date).sort().at(-1);
    return at ? shares.dates[at]!.regimeShareOfBaselineRebelArea : null;
  });

  const records: ArticleRecord[] = articles.map((a) => articleRecord(a, counts.get(a.id) ?? 0));
  return {
    gazetteer: finder.gazetteer,
    articles,
    rejected,
    mentions,
    candidates,
    events,
    editorial: { counts: edited.counts, issues: [...editorial.issues, ...edited.issues, ...story.issues], baselineDate: editorial.baseline?.date || null },
    timeline,
    shapes,
    boundaries,
    geometryWarnings,
    files: {
      'articles.json': { articles: records, rejected },
      'mentions.json': { mentions, unresolved: candidates },
      'events.json': { events },
      'timeline.json': timeline.timeline,
      'baseline.json': { date: editorial.baseline?.date || null, entries: [...(editorial.baseline?.entries.values() ?? [])].sort((a, b) => (a.neighbourhood < b.neighbourhood ? -1 : 1)) },
      'frontlines.geojson': fronts,
      'shares.json': shares,
      'neighbourhoods.geojson': shapes,
      // Made when first read (the CLI writes every file): the union takes a second or two,
      // which the many callers that never read it (tests, benchmarks) need not pay.
      get 'outline.geojson'() {
        return outlineOnce();
      },
      'centres.geojson': neighbourhoodPoints(finder.gazetteer),
      'gazetteer.json': finder.gazetteer,
      'story.json': story.story,
      // Made when first read, as the outline is: its text (about 1.2 MB of heap per 1,000 synthetic
      // articles: 0.6 million characters, stored two bytes each) is not
      // held by callers that never read it (tests, eval, benchmarks); the CLI writes it.
      get 'review.md'() {
        return (review ??= reviewMarkdown({
          articles,
          rejected,
          mentions,
          candidates,
          gazetteerWarnings: finder.gazetteer.warnings,
          events,
          editorial: { counts: edited.counts, issues: [...editorial.issues, ...edited.issues, ...story.issues] },
          timeline,
          sentenceText: (m) => sentences.get(m) ?? '',
          more: [{ title: 'Shares the articles report, beside the timeline’s', lines: claimLines(claims), empty: 'no share claims found' }],
        }));
      },
    },
  };
}

/**
 * The article without its text, and how many places it names. Copied field by field: a rest
 * pattern or a spread here gave every record a hidden class of its own (V8's slow path for
 * copying objects), some 400 bytes more per article held until the end.
 */
function articleRecord(article: Article, mentions: number): ArticleRecord {
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(article)) if (key !== 'text' && key !== 'textLine') record[key] = article[key as keyof Article];
  record.mentions = mentions;
  return record as unknown as ArticleRecord;
}

/** What is kept of one article once it is read: what the later stages and the outputs need. */
interface ReadArticle {
  /** The article, its text empty unless kept. */
  article: Article;
  mentions: Mention[];
  candidates: Candidate[];
  events: ControlEvent[];
  claims: ShareClaim[];
  /** Agencies credited in the text (articleSources). */
  credits: string[];
  /** The sentences the review quotes: those of unresolved names and of unlocated places. */
  sentences: Map<Mention | Candidate, string>;
}

function readOne(article: Article, finder: PlaceFinder, options: { keep: boolean; credits: (text: string) => string[]; verified: WeakSet<object> }): ReadArticle {
  const { text } = article;
  // Strings cut from the text would keep all of it alive once it is dropped (text/detach.ts):
  // the front matter's first, so that what is made from them (ids of events) refers to copies.
  if (!options.keep) detachArticle(article);
  const found = readArticle(article, finder);
  // Checked now, while the text is at hand (verifyQuotes reports any that fail, in order).
  for (const e of found.events) if (quoteHolds(text, e.quote)) options.verified.add(e.quote);
  const sentences = new Map<Mention | Candidate, string>();
  for (const m of [...found.candidates, ...found.mentions.filter((x) => x.unlocated)]) sentences.set(m, text.slice(m.sentence.start, m.sentence.end));
  const claims = findShareClaims(article);
  if (!options.keep) {
    const spans = new Set<{ text: string }>();
    for (const e of found.events) {
      spans.add(e.quote);
      e.id = detach(e.id);
      e.cues = e.cues.map(interned);
    }
    for (const c of claims) spans.add(c.quote);
    for (const span of spans) span.text = detach(span.text);
    for (const m of found.mentions) m.surface = detach(m.surface);
    for (const c of found.candidates) c.surface = detach(c.surface);
    for (const [m, s] of sentences) sentences.set(m, detach(s));
  }
  return {
    article: options.keep ? article : { ...article, text: '' },
    mentions: found.mentions,
    candidates: found.candidates,
    events: found.events,
    claims,
    credits: options.credits(text),
    sentences,
  };
}

/**
 * One copy of each cue word ("repris", "selon", "Mercredi") for all the events that cite it,
 * rather than one per event; bounded, so that words never seen again do not pile up.
 */
const cueWords = new Map<string, string>();
function interned(word: string): string {
  let kept = cueWords.get(word);
  if (kept === undefined) {
    if (cueWords.size >= 20_000) cueWords.clear();
    cueWords.set(word, (kept = detach(word)));
  }
  return kept;
}

/** The article's front-matter strings, copied off the file's text (its text itself is dropped by the caller). */
function detachArticle(article: Article): void {
  article.id = detach(article.id);
  article.file = detach(article.file);
  if (article.outlet !== undefined) article.outlet = detach(article.outlet);
  if (article.url !== undefined) article.url = detach(article.url);
  if (article.title !== undefined) article.title = detach(article.title);
  if (article.publishedReason !== undefined) article.publishedReason = detach(article.publishedReason);
  for (const k of Object.keys(article.extra)) article.extra[k] = detach(article.extra[k]!);
  article.warnings = article.warnings.map(detach);
}

/**
 * Every string value of the editorial YAML files: the article ids an editor's event or the
 * story may quote are among them, so those articles keep their text (a superset: cheap and sure).
 */
function citedStrings(files: TextFile[] | null): Set<string> {
  const out = new Set<string>();
  for (const f of files ?? []) {
    if (f.unreadable || !/\.ya?ml$/i.test(f.name)) continue;
    for (const doc of parseAllDocuments(f.text)) {
      if (!('contents' in doc)) continue;
      visit(doc, { Scalar: (_key, node) => void (typeof node.value === 'string' && out.add(node.value)) });
    }
  }
  return out;
}

/**
 * Places and events of one article. HTML tags are read as spaces (markup.ts); what is found is
 * cut again from the verbatim text, so every offset and quote is the file's own.
 */
function readArticle(article: Article, finder: PlaceFinder): PlacesFound & { events: ControlEvent[] } {
  const masked = maskMarkup(article.text);
  if (masked === article.text) {
    const found = findPlaces(article, finder.index, finder.unlocated);
    return { ...found, events: extractEvents(article, found.mentions) };
  }
  const reading = { ...article, text: masked };
  const found = findPlaces(reading, finder.index, finder.unlocated);
  const events = extractEvents(reading, found.mentions);
  const text = article.text;
  return {
    mentions: found.mentions.map((m) => ({ ...m, surface: text.slice(m.start, m.end) })),
    candidates: found.candidates.map((c) => ({ ...c, surface: text.slice(c.start, c.end) })),
    events: events.map((e) => ({ ...e, quote: verbatimSpan(e.quote, text) })),
  };
}

interface Editorial {
  baseline: Baseline | null;
  reviewed: Reviewed;
  leanings: Leanings;
  issues: EditorialIssue[];
}

/**
 * Where the timeline took a change's side from the state before it (the sentence did not
 * name the taker), events.json says the side the timeline gave and why, so every colour's
 * quote reads with the side the map shows.
 */
function withReadings(events: ControlEvent[], readings: TimelineResult['readings']): ControlEvent[] {
  return events.map((e) => {
    const r = readings[e.id];
    if (!r?.fromState || r.says === e.controller) return e;
    return { ...e, controller: r.says, cues: [...e.cues, `side from the state before: ${r.fromState} held it`] };
  });
}

/** The editorial folder: one baseline CSV and any number of YAML files of reviewed events. */
function readEditorial(files: TextFile[] | null, gazetteer: Gazetteer, period: CorpusPeriod, outlets: string[]): Editorial {
  const reviewed: Reviewed = { decisions: [], added: [], issues: [] };
  const issues: EditorialIssue[] = [];
  let baseline: Baseline | null = null;
  let leanings: Leanings = NO_LEANINGS;
  for (const f of [...(files ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (f.unreadable) {
      issues.push({ file: f.name, ...f.unreadable, skipped: 'file' });
      continue;
    }
    if (/^baseline-.*\.csv$/.test(f.name)) {
      if (baseline) {
        issues.push({ file: f.name, line: 1, problem: 'a second baseline file: only one is used (remove one)', skipped: 'file' });
        continue;
      }
      const parsed = parseBaseline(f.text, f.name, gazetteer, period);
      issues.push(...parsed.issues);
      if (parsed.date) baseline = parsed;
    } else if (/(?:^|\/)outlets\.ya?ml$/.test(f.name)) {
      const parsed = parseOutlets(f.text, f.name, outlets);
      issues.push(...parsed.issues);
      leanings = parsed.leanings;
    } else if (f.name === STORY_FILE) {
      continue; // read after the events it cites (runPipeline)
    } else if (/\.ya?ml$/.test(f.name)) {
      const r = parseReviewed(f.text, f.name);
      reviewed.decisions.push(...r.decisions);
      reviewed.added.push(...r.added);
      reviewed.issues.push(...r.issues);
    }
  }
  return { baseline, reviewed, leanings, issues };
}

/** Generated cells, or surveyed shapes where a boundaries file gives them (cells fill the rest). */
function drawShapes(gazetteer: Gazetteer, input: PipelineInput['boundaries'] | null) {
  const { cells } = tessellate(gazetteer);
  if (!input) return { shapes: cells, boundaries: null, geometryWarnings: [] as string[] };
  const boundaries = matchBoundaries(input.input, gazetteer, input.file);
  const combined = combineShapes(cells, boundaries);
  const geometryWarnings = [...boundaries.warnings, ...combined.warnings];
  if (boundaries.unmatched.length) geometryWarnings.push(`${input.file}: ${boundaries.unmatched.length} features match no neighbourhood: ${boundaries.unmatched.join(', ')}`);
  if (boundaries.missing.length) geometryWarnings.push(`${input.file}: ${boundaries.missing.length} neighbourhoods have no surveyed shape and keep a generated cell: ${boundaries.missing.join(', ')}`);
  return { shapes: combined.shapes, boundaries, geometryWarnings };
}
