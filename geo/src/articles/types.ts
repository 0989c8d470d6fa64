import type { Language } from '../text/language';

export interface DateInference {
  /** The date chosen, or null when the text does not decide one. */
  date: string | null;
  /** Why: the expressions that decided it, or why none could. */
  reason: string;
}

export interface Article {
  id: string;
  /** File name inside the corpus folder. */
  file: string;
  language: Language;
  outlet?: string;
  url?: string;
  title?: string;
  /** YYYY-MM-DD, stated or inferred; null when unknown. */
  published: string | null;
  publishedInferred: boolean;
  /** Why the date was inferred (or could not be); absent when the front matter states it. */
  publishedReason?: string;
  /** Front-matter fields kept as they are (notes, author...). */
  extra: Record<string, string>;
  /** The article's text, verbatim: every offset refers to it. */
  text: string;
  /** 1-based line of the file where the text starts, to turn offsets into file lines. */
  textLine: number;
  warnings: string[];
}

/** A file that could not be read as an article, and why. */
export interface Rejected {
  file: string;
  line?: number;
  problem: string;
}

export interface CorpusPeriod {
  start: string;
  end: string;
}

export const DEFAULT_PERIOD: CorpusPeriod = { start: '2016-09-01', end: '2016-12-31' };
