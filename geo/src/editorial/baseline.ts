/**
 * The control baseline: who held each neighbourhood on the first day of the timeline, with
 * its sources (geo/editorial/baseline-YYYY-MM-DD.csv, columns name, name_ar, control,
 * confidence, sources; `name` is the gazetteer's English name, sources space-separated).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { CONTROLLERS, type Controller } from '../events/types';
import type { Gazetteer } from '../gazetteer/types';
import type { BaselineEntry } from '../timeline/types';
import type { EditorialIssue } from './types';
import { isoDateSchema } from '../articles/load';
import { DEFAULT_PERIOD, type CorpusPeriod } from '../articles/types';


export interface Baseline {
  date: string;
  entries: Map<string, BaselineEntry>;
  issues: EditorialIssue[];
}

/** The baseline's date is in its file name: baseline-2016-09-15.csv. */
export function baselineDate(file: string): string | null {
  return /baseline-(\d{4}-\d{2}-\d{2})\.csv$/.exec(file)?.[1] ?? null;
}

/**
 * `date` is '' when the file name gives no usable date: the baseline cannot be placed on the
 * timeline, so the whole file is skipped (and said so) rather than guessed.
 */
export function parseBaseline(source: string, file: string, gazetteer: Gazetteer, period: CorpusPeriod = DEFAULT_PERIOD): Baseline {
  const issues: EditorialIssue[] = [];
  const date = baselineDate(file);
  const skip = (problem: string, line = 1): Baseline => {
    issues.push({ file, line, problem, skipped: 'file' });
    return { date: '', entries: new Map(), issues };
  };
  if (!date) return skip('the file name must give the baseline date: baseline-YYYY-MM-DD.csv');
  if (!isoDateSchema.safeParse(date).success) return skip(`the date in the file name, ${date}, is not a real date`);
  if (date < period.start || date > period.end) return skip(`the date in the file name, ${date}, is outside the corpus period ${period.start}..${period.end}`);
  let rows: { record: Record<string, string>; info: { lines: number }; raw: string }[];
  try {
    // `info` and `raw` give each row's line in the file, blank lines and quoted line breaks counted.
    rows = parseCsv(source, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true, info: true, raw: true }) as typeof rows;
  } catch (e) {
    return skip(`not valid CSV: ${(e as Error).message}`, (e as { lines?: number }).lines ?? 1);
  }
  const byName = new Map<string, string>();
  for (const n of gazetteer.neighbourhoods) byName.set(n.name_en.toLowerCase(), n.id);
  const entries = new Map<string, BaselineEntry>();
  rows.forEach(({ record: row, info, raw }) => {
    // csv-parse counts to the row's last line: back up over the line breaks inside it (its
    // raw text starts with the blank lines skipped before it: those are not inside).
    const line = info.lines - (raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const name = (row.name ?? '').trim();
    const control = (row.control ?? '').trim();
    const id = byName.get(name.toLowerCase());
    if (!id) return issues.push({ file, line, problem: `"${name}" is no neighbourhood of the gazetteer (the name must be its name_en)` });
    if (!(CONTROLLERS as readonly string[]).includes(control)) return issues.push({ file, line, problem: `control "${control}" must be one of ${CONTROLLERS.join(', ')}` });
    const entry: BaselineEntry = {
      neighbourhood: id,
      controller: control as Controller,
      confidence: (row.confidence ?? '').trim(),
      sources: (row.sources ?? '').split(/\s+/).filter((s) => /^https?:\/\//.test(s)),
    };
    const before = entries.get(id);
    // A neighbourhood in two parts has two rows: they must agree.
    if (before && before.controller !== entry.controller) {
      return issues.push({ file, line, problem: `"${name}" is ${before.controller} on an earlier row and ${entry.controller} here` });
    }
    entries.set(id, before ? { ...before, sources: [...new Set([...before.sources, ...entry.sources])] } : entry);
  });
  return { date, entries, issues };
}
