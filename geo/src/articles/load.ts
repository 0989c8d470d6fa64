import { z } from 'zod';
import { FrontMatterError, splitFrontMatter } from './frontMatter';
import { inferPublished } from './publishedDate';
import { DEFAULT_PERIOD, type Article, type CorpusPeriod, type Rejected } from './types';

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
  /** The file's size when `bytes` holds only its start (a file too large to read whole). */
  size?: number;
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
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date');

const frontMatter = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'must be letters, digits, ".", "_" or "-"'),
  language: z.enum(['fr', 'en', 'ar'], { message: 'must be fr, en or ar' }),
  outlet: z.string().optional(),
  url: z.string().optional(),
  published: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema).optional(),
  title: z.string().optional(),
});

/** Fields kept as they are in `extra`; any other field outside the schema is warned about. */
const EXTRA_FIELDS = new Set(['published_note', 'author', 'note']);

/** One file → an article, or the reason it cannot be one. Never throws. */
export function loadArticle(file: ArticleFile, options: LoadOptions = {}): Article | Rejected {
  const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
  const period = options.period ?? DEFAULT_PERIOD;
  const size = file.size ?? file.bytes.length;
  if (size === 0) return { file: file.name, problem: 'the file is empty' };
  if (size > maxBytes) {
    return { file: file.name, problem: `the file is ${mb(size)}, over the ${mb(maxBytes)} limit for one article` };
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { file: file.name, line: lineOfBadByte(file.bytes), problem: 'the file is not valid UTF-8 text' };
  }
  if (source.includes('\u0000')) return { file: file.name, problem: 'the file holds NUL bytes: binary, not text' };

  let split;
  try {
    split = splitFrontMatter(source);
  } catch (e) {
    if (e instanceof FrontMatterError) return { file: file.name, ...(e.line ? { line: e.line } : {}), problem: e.message };
    throw e;
  }
  const parsed = frontMatter.safeParse(split.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'front matter';
    return { file: file.name, line: fieldLine(source, String(issue.path[0] ?? '')), problem: `${field}: ${issue.message}` };
  }
  const fm = parsed.data;
  if (!split.body.trim()) return { file: file.name, line: split.bodyLine, problem: 'the article has no text' };

  const warnings: string[] = [];
  const extra: Record<string, string> = {};
  for (const [key, value] of Object.entries(split.data)) {
    if (key in frontMatter.shape) continue;
    if (EXTRA_FIELDS.has(key)) extra[key] = String(value);
    else warnings.push(`unknown front-matter field "${key}" (line ${fieldLine(source, key)}) is ignored`);
  }
  if (fm.url !== undefined && !/^https?:\/\//i.test(fm.url)) warnings.push(`url "${fm.url}" is not http(s): it will not be linked`);

  let published: string | null = fm.published ?? null;
  let publishedReason: string | undefined;
  if (published && (published < period.start || published > period.end)) {
    warnings.push(`published ${published} is outside the corpus period ${period.start}..${period.end}`);
  }
  if (!published) {
    const inferred = inferPublished(split.body, fm.language, period);
    published = inferred.date;
    publishedReason = inferred.reason;
    if (!published) warnings.push(`no publication date: ${inferred.reason}`);
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

/** Every file is tried; one broken file never stops the others. Duplicate ids keep the first file. */
export function loadCorpus(files: ArticleFile[], options: LoadOptions = {}): Corpus {
  const articles: Article[] = [];
  const rejected: Rejected[] = [];
  const byId = new Map<string, Article>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const result = loadArticle(file, options);
    if (!('id' in result)) {
      rejected.push(result);
      continue;
    }
    const twin = byId.get(result.id);
    if (twin) {
      rejected.push({ file: file.name, line: fieldLine(new TextDecoder().decode(file.bytes), 'id'), problem: `id "${result.id}" is already used by ${twin.file}` });
      continue;
    }
    byId.set(result.id, result);
    articles.push(result);
  }
  return { articles, rejected };
}

export function isRejected(x: Article | Rejected): x is Rejected {
  return !('id' in x);
}

function fieldLine(source: string, field: string): number {
  const lines = source.split('\n', 200);
  const i = lines.findIndex((l, n) => n > 0 && l.startsWith(`${field}:`));
  return i >= 0 ? i + 1 : 1;
}

function lineOfBadByte(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    else if (b >= 0x80) {
      const slice = bytes.subarray(i, Math.min(bytes.length, i + 4));
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice.subarray(0, seqLength(b)));
        i += seqLength(b) - 1;
      } catch {
        return line;
      }
    }
  }
  return line;
}

function seqLength(b: number): number {
  return b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
