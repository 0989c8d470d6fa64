/**
 * `npm run geo -- [--articles DIR] [--editorial DIR | --no-editorial] [--boundaries FILE | --no-boundaries] [--out DIR]`
 *
 * A thin shell over the library in geo/src: read the inputs, run the pipeline, write the
 * outputs, report. Exit 0 when it built (warnings allowed), 1 when an input is unusable,
 * 2 for bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEditorialFiles, readGazetteerSources, statOrProblem } from './readInputs';
import { runPipeline } from '../src/pipeline';
import { MAX_ARTICLE_BYTES, type ArticleFile } from '../src/articles/load';
import { isIsoDay } from '../src/text/isoDay';
import { BoundaryError, skippedMessage } from '../src/geometry/boundaries';
import { QuoteError } from '../src/timeline/verifyQuotes';
import { DEFAULT_PERIOD, type CorpusPeriod } from '../src/articles/types';
import { stableJson } from '../src/stableJson';
import { mapFile } from '../src/geometry/mapFile';
import { outputFolderProblem, writeOutputs } from './writeOutputs';

const root = resolve(import.meta.dirname, '..', '..');
/**
 * The surveyed polygons bundled beside the gazetteer's facts (Conflict Urbanism: Aleppo, MIT):
 * drawn by default. Another city's gazetteer folder without this file gets generated cells.
 */
const BUNDLED_BOUNDARIES = 'aleppo-neighbourhoods.geojson';
const USAGE = `usage: npm run geo -- [--articles DIR] [--editorial DIR | --no-editorial] [--boundaries FILE | --no-boundaries]
                      [--gazetteer DIR] [--period YYYY-MM-DD..YYYY-MM-DD] [--out DIR]
defaults: --articles geo/articles --editorial geo/editorial --gazetteer geo/gazetteer
          --boundaries GAZETTEER/${BUNDLED_BOUNDARIES} when that file exists (else generated cells)
          --period ${DEFAULT_PERIOD.start}..${DEFAULT_PERIOD.end} --out public/data`;

class UsageError extends Error {}
class InputError extends Error {}

function main(argv: string[]): number {
  let options;
  try {
    options = parseOptions(argv);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${(e as Error).message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    return build(options);
  } catch (e) {
    if (e instanceof InputError || e instanceof BoundaryError || e instanceof QuoteError) {
      console.error(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

interface Options {
  help: boolean;
  articles: string;
  editorial: string | null;
  gazetteer: string;
  boundaries: string | null;
  out: string;
  period: CorpusPeriod;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      articles: { type: 'string' },
      editorial: { type: 'string' },
      'no-editorial': { type: 'boolean' },
      gazetteer: { type: 'string' },
      boundaries: { type: 'string' },
      'no-boundaries': { type: 'boolean' },
      period: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (values.editorial && values['no-editorial']) throw new UsageError('--editorial and --no-editorial exclude each other');
  if (values.boundaries && values['no-boundaries']) throw new UsageError('--boundaries and --no-boundaries exclude each other');
  let period = DEFAULT_PERIOD;
  if (values.period) {
    // Refused as front matter refuses it: 2016-02-30 is no day (JavaScript would read it as 1 March).
    for (const day of values.period.split('..')) {
      if (/^\d{4}-\d{2}-\d{2}$/.test(day) && !isIsoDay(day)) throw new UsageError(`--period: ${day} is not a real date (got "${values.period}")`);
    }
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.period);
    if (!m || m[1]! > m[2]!) throw new UsageError(`--period must be START..END with START before END, as 2016-09-01..2016-12-31 (got "${values.period}")`);
    period = { start: m[1]!, end: m[2]! };
  }
  const gazetteer = resolve(values.gazetteer ?? join(root, 'geo/gazetteer'));
  return {
    help: !!values.help,
    articles: resolve(values.articles ?? join(root, 'geo/articles')),
    editorial: values['no-editorial'] ? null : resolve(values.editorial ?? join(root, 'geo/editorial')),
    gazetteer,
    boundaries: values['no-boundaries'] ? null : values.boundaries ? resolve(values.boundaries) : bundledBoundaries(gazetteer),
    out: resolve(values.out ?? join(root, 'public/data')),
    period,
  };
}

/** The gazetteer folder's surveyed polygons, when it has them. */
function bundledBoundaries(gazetteer: string): string | null {
  const path = join(gazetteer, BUNDLED_BOUNDARIES);
  return statSync(path, { throwIfNoEntry: false })?.isFile() ? path : null;
}

function build(options: Options): number {
  // Checked first: a file in the way of --out must not cost a whole build.
  const outProblem = outputFolderProblem(options.out);
  if (outProblem) throw new InputError(outProblem);
  const articleFiles = readArticleFiles(options.articles);
  let gazetteer;
  try {
    gazetteer = readGazetteerSources(options.gazetteer);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  if (options.editorial) requireDir(options.editorial, '--editorial');
  const editorial = options.editorial ? readEditorialFiles(options.editorial) : null;
  let boundaries = null;
  if (options.boundaries) {
    requireFile(options.boundaries, '--boundaries');
    const size = statSync(options.boundaries).size;
    if (size > MAX_BOUNDARIES_BYTES) throw new InputError(`${options.boundaries}: ${(size / 1024 ** 2).toFixed(0)} MB, over the limit of ${MAX_BOUNDARIES_BYTES / 1024 ** 2} MB for a boundaries file`);
    boundaries = { file: options.boundaries, input: readFileSync(options.boundaries, 'utf8') };
  }

  // The articles are read as the pipeline asks for them, and their texts dropped once read.
  const result = runPipeline({ articles: articleFiles.files, keepTexts: false, gazetteer, period: options.period, editorial, boundaries });

  for (const r of result.rejected) console.error(`error: ${r.file}${r.line ? `:${r.line}` : ''}: ${r.problem} (article skipped)`);
  for (const a of result.articles) for (const w of a.warnings) console.error(`warning: ${a.file}: ${w}`);
  for (const w of result.gazetteer.warnings) console.error(`warning: gazetteer: ${w}`);
  for (const i of result.editorial.issues) console.error(`error: ${join(options.editorial ?? '', i.file)}:${i.line}: ${i.problem} (${i.skipped ?? 'entry'} skipped)`);
  for (const s of result.boundaries?.skipped ?? []) console.error(`error: ${skippedMessage(options.boundaries!, s)} (feature skipped: its neighbourhood keeps a generated cell)`);
  for (const w of result.geometryWarnings) console.error(`warning: geometry: ${w}`);
  // An empty map must not replace a good one: with no usable article nothing is written.
  if (result.articles.length === 0) {
    console.error(`error: no usable article in ${options.articles}: nothing written`);
    return 1;
  }

  // Nor must a map of days no article speaks of (a mistyped --period): all unknown, two days long.
  const { start, end } = options.period;
  const dates = result.articles.flatMap((a) => (a.published ? [a.published] : [])).sort();
  if (!dates.some((d) => d >= start && d <= end)) {
    const span = dates.length ? `the articles are dated ${dates[0]}..${dates.at(-1)}` : 'no article has a date';
    console.error(`error: no article is dated within --period ${start}..${end} (${span}): nothing written`);
    return 1;
  }

  // map.json, the app's first view, is made from the files the pipeline wrote (src/geometry/mapFile.ts).
  const files = { ...result.files, 'map.json': mapFile(result.gazetteer, result.files['neighbourhoods.geojson'], result.files['outline.geojson'], result.files['frontlines.geojson']) };
  writeOutputs(options.out, Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? content : stableJson(content)])));

  const c = result.editorial.counts;
  const located = result.gazetteer.neighbourhoods.filter((n) => n.located).length;
  console.log(
    [
      `articles: ${result.articles.length} read, ${result.rejected.length} rejected (of ${articleFiles.count} files)`,
      `gazetteer: ${located} located neighbourhoods, ${result.gazetteer.neighbourhoods.length - located} unlocated, ${result.gazetteer.groups.length} groups`,
      `mentions: ${result.mentions.length}, unresolved names: ${result.candidates.length}`,
      `events: ${c.extracted} extracted: ${c.asIs} as they are, ${c.confirmed} confirmed, ${c.corrected} corrected, ${c.rejected} rejected; ${c.added} added by editors`,
      `timeline: ${result.timeline.timeline.start} to ${result.timeline.timeline.end}, ${result.timeline.timeline.changeDates.length} change dates, ${result.timeline.conflicts.length} conflicts`,
      `story: ${result.files['story.json'].days.length} key days, opening on ${result.files['story.json'].opening ?? 'the day of the most changes'}`,
      `shapes: ${result.shapes.features.length} (${result.boundaries ? `${result.boundaries.features.length} surveyed, from ${result.boundaries.read} features of which ${result.boundaries.skipped.length ? `${result.boundaries.skipped.length} skipped, ` : ''}${result.boundaries.unmatched.length} match nothing` : 'all generated, approximate'})`,
      `wrote ${Object.keys(files).join(', ')} to ${options.out}`,
    ].join('\n'),
  );
  return 0;
}

/** Beyond these the pipeline refuses the corpus rather than run out of memory (README: limits). */
const MAX_CORPUS_FILES = 200_000;
const MAX_CORPUS_BYTES = 1024 ** 3;
/** A city's neighbourhood polygons fit in a few MB (the surveyed file of Aleppo: under 1 MB). */
const MAX_BOUNDARIES_BYTES = 256 * 1024 ** 2;

/**
 * The corpus folder's article files, checked up front (count, total size, what each is) and
 * then read lazily: the pipeline asks for one file, reads it and drops it before the next.
 */
function readArticleFiles(dir: string): { count: number; files: Iterable<ArticleFile> } {
  requireDir(dir, '--articles');
  const names = readdirSync(dir).filter((n) => /\.(md|markdown|txt)$/i.test(n)).sort();
  if (names.length === 0) throw new InputError(`${dir}: no article files (*.md) in it`);
  if (names.length > MAX_CORPUS_FILES) throw new InputError(`${dir}: ${names.length} article files, over the limit of ${MAX_CORPUS_FILES}`);
  // Only regular files are read: a folder or a device named *.md (/dev/zero never ends) is rejected, not opened.
  const stats = names.map((name) => statOrProblem(join(dir, name)));
  const sizes = stats.map((s) => (typeof s === 'object' && s.isFile() ? s.size : 0));
  // Files too large to be an article are never read whole: the loader refuses them by size.
  const readable = sizes.reduce((sum, size) => sum + (size > MAX_ARTICLE_BYTES ? 0 : size), 0);
  if (readable > MAX_CORPUS_BYTES) throw new InputError(`${dir}: ${(readable / 1024 ** 2).toFixed(0)} MB of articles, over the limit of ${MAX_CORPUS_BYTES / 1024 ** 2} MB`);
  function* files(): Generator<ArticleFile> {
    for (const [i, name] of names.entries()) {
      const stat = stats[i];
      const none = new Uint8Array(0);
      if (!stat) yield { name, bytes: none, unreadable: 'cannot be found (a broken link, or removed while the corpus was read)' };
      else if (typeof stat === 'string') yield { name, bytes: none, unreadable: stat };
      else if (!stat.isFile()) yield { name, bytes: none, unreadable: `not a regular file (${stat.isDirectory() ? 'a folder' : 'a device, socket or pipe'})` };
      else if (stat.size > MAX_ARTICLE_BYTES) yield { name, bytes: none, size: stat.size };
      else {
        let bytes: Uint8Array;
        try {
          bytes = readFileSync(join(dir, name));
        } catch (e) {
          yield { name, bytes: none, unreadable: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
          continue;
        }
        yield { name, bytes };
      }
    }
  }
  return { count: names.length, files: files() };
}

function requireDir(path: string, option: string): void {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new InputError(`${path}: not a folder (${option})`);
}

function requireFile(path: string, option: string): void {
  if (!statSync(path, { throwIfNoEntry: false })?.isFile()) throw new InputError(`${path}: no such file (${option})`);
}

process.exitCode = main(process.argv.slice(2));
