import { isIsoDay } from '../text/isoDay';
import { z } from 'zod';
import { FrontMatterError, splitFrontMatter } from './frontMatter';
import { htmlMarkup } from '../text/markup';
import { decodeText, isUtf16 } from '../text/utf8';
import { inferPublished } from './publishedDate';
import { streamCorpus } from './stream';
import { DEFAULT_PERIOD, type Article, type CorpusPeriod, type Rejected } from './types';

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
  /** The file's size when `bytes` holds only its start (a file too large to read whole). */
  size?: number;
  /** Why the file could not be read at all (a folder, a device, no permission): it is rejected with this. */
  unreadable?: string;
}

export interface LoadOptions {
  period?: CorpusPeriod;
  /** Larger files are refused before being decoded. */
  maxBytes?: number;
}

export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A real calendar day written YYYY-MM-DD (2016-02-30 is refused): front matter and editorial files. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => isIsoDay(s), 'is not a real date');

export const frontMatter = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "_" or "-"'),
  language: z.enum(['fr', 'en', 'ar'], { error: (issue) => `${JSON.stringify(issue.input)} is not a language the tool reads: must be fr, en or ar` }),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema).optional(),
  title: z.string().optional(),
});

/** The schema's fields as plainFrontMatter checks them: when the schema changes, that shortcut is off until it is updated. */
const PLAIN_FIELDS = ['id', 'language', 'outlet', 'url', 'published', 'title'];
const PLAIN_CHECKS = Object.keys(frontMatter.shape).join() === PLAIN_FIELDS.join();
const ID = /^[a-z0-9][a-z0-9._-]*$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The schema's result for front matter of strings that passes every check (most files), found
 * without zod (a few microseconds a file, over a whole corpus); null for anything else, which
 * zod then reads, with its messages.
 */
export function plainFrontMatter(data: Record<string, unknown>): { success: true; data: z.infer<typeof frontMatter> } | null {
  if (!PLAIN_CHECKS) return null;
  const { id, language, outlet, url, published, title } = data;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (language !== 'fr' && language !== 'en' && language !== 'ar') return null;
  for (const v of [outlet, url, title]) if (v !== undefined && typeof v !== 'string') return null;
  if (published !== undefined && (typeof published !== 'string' || !DAY.test(published) || !isIsoDay(published))) return null;
  const fm: z.infer<typeof frontMatter> = { id, language };
  if (outlet !== undefined) fm.outlet = outlet as string;
  if (url !== undefined) fm.url = url as string;
  if (published !== undefined) fm.published = published as string;
  if (title !== undefined) fm.title = title as string;
  return { success: true, data: fm };
}

/** Fields kept as they are in `extra`; any other field outside the schema is warned about. */
const EXTRA_FIELDS = new Set(['published_note', 'author', 'note']);

/** One file → an article, or the reason it cannot be one. Never throws. */
export function loadArticle(file: ArticleFile, options: LoadOptions = {}): Article | Rejected {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const period = options.period ?? DEFAULT_PERIOD;
  if (file.unreadable) return { file: file.name, problem: file.unreadable };
  const size = file.size ?? file.bytes.length;
  if (size === 0) return { file: file.name, problem: 'the file is empty' };
  if (size > maxBytes) {
    return { file: file.name, problem: `the file is ${mb(size)}, over the ${mb(maxBytes)} limit for one article` };
  }
  // UTF-16 first (its NUL bytes are text), then binary before UTF-8: a PNG is "an image", not "bad UTF-8 on line 1".
  const binary = isUtf16(file.bytes) ? null : binaryKind(file.bytes);
  if (binary) return { file: file.name, problem: `the file is binary (${binary}), not text` };
  const decoded = decodeText(file.bytes);
  if (!('text' in decoded)) return { file: file.name, ...decoded };
  const source = decoded.text;

  let split;
  try {
    split = splitFrontMatter(source);
  } catch (e) {
    if (e instanceof FrontMatterError) return { file: file.name, ...(e.line ? { line: e.line } : {}), problem: e.message };
    throw e;
  }
  const parsed = plainFrontMatter(split.data) ?? frontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'front matter';
    return { file: file.name, line: fieldLine(source, String(issue.path[0] ?? '')), problem: `${field}: ${issue.message}` };
  }
  const fm = parsed.data;
  if (!split.body.trim()) return { file: file.name, line: split.bodyLine, problem: 'the article has no text' };

  const warnings: string[] = [...decoded.notes];
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(split.data)) {
    if (key in frontMatter.shape) continue;
    if (EXTRA_FIELDS.has(key)) extra[key] = String(value);
    else warnings.push(`unknown front-matter field "${key}" (line ${fieldLine(source, key)}) is ignored`);
  }
  if (fm.url !== undefined && !/^https?:\/\//i.test(fm.url)) warnings.push(`url "${fm.url}" is not http(s): it will not be linked`);
  const markup = htmlMarkup(split.body);
  if (markup) warnings.push(`the text holds HTML markup (${markup}): read as plain text: tags are read as spaces, the text stays verbatim`);

  let published: string | null = fm.published ?? null;
  let publishedReason: string | undefined;
  if (!published) {
    const inferred = inferPublished(split.body, fm.language, period);
    published = inferred.date;
    publishedReason = inferred.reason;
    if (!published) warnings.push(`no publication date: ${inferred.reason}`);
  }
  if (published && (published < period.start || published > period.end)) {
    // The period, never the clock, bounds dates: the same inputs must give the same outputs on any day.
    warnings.push(`published ${published} is outside the corpus period ${period.start}..${period.end}: its events dated outside the period change nothing`);
  }

  return {
    id: fm.id,
    file: file.name,
    language: fm.language,
    ...(fm.outlet !== undefined ? { outlet: fm.outlet } : {}),
    ...(fm.url !== undefined ? { url: fm.url } : {}),
    ...(fm.title !== undefined ? { title: fm.title } : {}),
    published,
    publishedInferred: fm.published === undefined,
    ...(publishedReason !== undefined ? { publishedReason } : {}),
    extra,
    text: split.body,
    textLine: split.bodyLine,
    warnings,
  };
}

export interface Corpus {
  articles: Article[];
  rejected: Rejected[];
}

/**
 * Every file is tried; one broken file never stops the others. When two files give one id,
 * the file named after the id (seed-001.md for seed-001) keeps it, else the first by name;
 * the other is rejected (stream.ts, which reads one file at a time, settles it).
 */
export function loadCorpus(files: Iterable<ArticleFile>, options: LoadOptions = {}): Corpus {
  const { read, rejected } = streamCorpus(files, (article) => article, options);
  return { articles: read, rejected };
}

export function isRejected(x: Article | Rejected): x is Rejected {
  return !('id' in x);
}

function fieldLine(source: string, field: string): number {
  const lines = source.split('\n', 200);
  const i = lines.findIndex((l, n) => n > 0 && l.startsWith(`${field}:`));
  return i >= 0 ? i + 1 : 1;
}

const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive, perhaps a Word or OpenDocument file', [0x50, 0x4b, 0x03, 0x04]],
];

/** What binary data the file holds, by its signature or by NUL bytes (never in text); null for text. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of SIGNATURES) if (signature.every((b, i) => bytes[i] === b)) return kind;
  return bytes.includes(0) ? 'it holds NUL bytes' : null;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
