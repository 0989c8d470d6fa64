/**
 * geo/editorial/outlets.yaml: which outlets speak for a side, and which agencies' dispatches
 * the press reprints (so that ten reprints of one AFP dispatch count as one source). Editors
 * change it without code; every entry is checked, and a bad one is skipped with its line.
 */
import type { Actor } from '../events/types';
import type { Leanings } from '../timeline/evidence';
import type { EditorialIssue } from './types';
import { yamlLists } from './yamlEntries';

const SIDES: readonly Actor[] = ['regime', 'rebel', 'kurdish'];

export interface OutletsFile {
  leanings: Leanings;
  issues: EditorialIssue[];
}

/**
 * `outlets`: `{match, speaks_for}` (match: words of the outlet's front-matter name);
 * `agencies`: `{id, names}`; `own_side_factor`: one `{factor}` entry, 0..1, the weight a side's
 * own claims keep (default 0.75). `knownOutlets`: the corpus's outlets, so a `match` that
 * matches none of them is reported.
 */
export function parseOutlets(text: string, file: string, knownOutlets: readonly string[]): OutletsFile {
  const { lists, issues } = yamlLists(text, file, ['outlets', 'agencies', 'own_side_factor']);
  const leanings: Leanings = { outlets: [], agencies: [], ownSideFactor: 0.75 };
  const lower = knownOutlets.map((o) => o.toLowerCase());
  const bad = (line: number, problem: string) => issues.push({ file, line, problem });
  for (const { line, value } of lists.outlets!) {
    const unknown = Object.keys(value).filter((k) => k !== 'match' && k !== 'speaks_for' && k !== 'note');
    if (unknown.length) bad(line, `unknown field "${unknown[0]}" (expected match, speaks_for, note)`);
    else if (typeof value.match !== 'string' || !value.match.trim()) bad(line, '"match" must be the words of an outlet\'s name');
    else if (!SIDES.includes(value.speaks_for as Actor)) bad(line, `"speaks_for" must be one of ${SIDES.join(', ')} (found ${JSON.stringify(value.speaks_for ?? null)})`);
    else if (!lower.some((o) => o.includes(String(value.match).toLowerCase()))) bad(line, `outlet "${value.match}" is not the outlet of any article in the corpus`);
    else leanings.outlets.push({ match: value.match, speaksFor: value.speaks_for as Actor, line });
  }
  for (const { line, value } of lists.agencies!) {
    const names = value.names;
    if (typeof value.id !== 'string' || !/^[a-z0-9-]+$/.test(value.id)) bad(line, '"id" must be lower-case letters, digits and hyphens');
    else if (!Array.isArray(names) || !names.length || names.some((n) => typeof n !== 'string' || !n.trim())) bad(line, '"names" must be a list of the agency\'s names');
    else leanings.agencies.push({ id: value.id, names: names as string[], line });
  }
  for (const { line, value } of lists.own_side_factor!.slice(0, 1)) {
    const f = value.factor;
    if (typeof f !== 'number' || !(f > 0 && f <= 1)) bad(line, `"factor" must be a number above 0 and at most 1 (found ${JSON.stringify(f ?? null)})`);
    else leanings.ownSideFactor = f;
  }
  return { leanings, issues };
}
