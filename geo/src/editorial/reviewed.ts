/**
 * The reviewed-events file (geo/editorial/events.yaml): editors confirm, reject or correct
 * extracted events by id, and add events the extractor missed. This module checks each
 * entry's own fields; checks against the corpus (ids, neighbourhoods, quotes) are in apply.ts.
 */
import { z } from 'zod';
import { isoDateSchema } from '../articles/load';
import { CONTROLLERS, EVENT_KINDS } from '../events/types';
import type { AddedEvent, Decision, EditorialIssue, Reviewed } from './types';
import { yamlLists, type Entry } from './yamlEntries';

const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDateSchema);
const controller = z.enum(CONTROLLERS, { message: `must be one of ${CONTROLLERS.join(', ')}` });
const kind = z.enum(EVENT_KINDS, { message: `must be one of ${EVENT_KINDS.join(', ')}` });
const text = z.string().trim().min(1, 'must not be empty');

const decision = z
  .object({
    event: text,
    action: z.enum(['confirm', 'reject', 'correct'], { message: 'must be confirm, reject or correct' }),
    date: isoDate.optional(),
    controller: controller.optional(),
    kind: kind.optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((d) => d.action !== 'correct' || d.date || d.controller || d.kind, 'a correction must give a date, a controller or a kind')
  .refine((d) => d.action === 'correct' || !(d.date || d.controller || d.kind), 'only a correction gives a date, a controller or a kind');

const added = z
  .object({
    neighbourhood: text,
    date: isoDate,
    kind,
    controller: controller.nullable().optional(),
    article: text.optional(),
    quote: text.optional(),
    url: z.string().regex(/^https?:\/\/\S+$/, 'must be an http(s) address').optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((a) => (a.article && a.quote) || a.url, 'cite an article of the corpus with a verbatim quote, or a url')
  .refine((a) => !a.article === !a.quote, 'an article needs its quote, and a quote its article');

export function parseReviewed(source: string, file: string): Reviewed {
  const { lists, issues } = yamlLists(source, file, ['decisions', 'added']);
  const decisions: Decision[] = [];
  const adds: AddedEvent[] = [];
  for (const entry of lists.decisions ?? []) {
    const d = check(decision, entry, file, issues);
    if (d) decisions.push({ file, line: entry.line, ...d });
  }
  for (const entry of lists.added ?? []) {
    const a = check(added, entry, file, issues);
    if (a) adds.push({ file, line: entry.line, ...a, controller: a.controller ?? null });
  }
  return { decisions, added: adds, issues };
}

function check<T>(schema: z.ZodType<T>, entry: Entry, file: string, issues: EditorialIssue[]): T | null {
  const parsed = schema.safeParse(entry.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.join('.');
    const problem =
      issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `${field ? `"${field}" ` : ''}${issue.message}`;
    issues.push({ file, line: entry.line, problem });
  }
  return null;
}
