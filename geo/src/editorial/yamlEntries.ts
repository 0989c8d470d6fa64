/**
 * YAML lists of entries with the line each entry starts on, so every editorial message can
 * name its line. Uses the `yaml` library's source ranges rather than re-scanning the text.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { plainValue, yamlMessage } from '../articles/frontMatter';
import type { EditorialIssue } from './types';

export interface Entry {
  line: number;
  value: Record<string, unknown>;
}

/** The entries of each top-level list in `keys`; anything else is an issue. */
export function yamlLists(text: string, file: string, keys: readonly string[]): { lists: Record<string, Entry[]>; issues: EditorialIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const lists: Record<string, Entry[]> = Object.fromEntries(keys.map((k) => [k, []]));
  const issues: EditorialIssue[] = [];
  const firstError = doc.errors[0];
  if (firstError) {
    issues.push({ file, line: lineCounter.linePos(firstError.pos[0]).line, problem: `not valid YAML: ${yamlMessage(firstError.message)}`, skipped: 'file' });
    return { lists, issues };
  }
  if (doc.contents === null) return { lists, issues };
  if (!isMap(doc.contents)) {
    issues.push({ file, line: lineOf(doc.contents), problem: `must be a mapping with the lists ${keys.join(', ')}`, skipped: 'file' });
    return { lists, issues };
  }
  for (const pair of doc.contents.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const keyLine = lineOf(pair.key as Node);
    if (!keys.includes(key)) {
      issues.push({ file, line: keyLine, problem: `unknown list "${key}" (expected ${keys.join(', ')})` });
      continue;
    }
    const seq = pair.value as Node | null;
    if (seq === null || (isMap(seq) === false && isSeq(seq) === false && (seq as { value?: unknown }).value === null)) continue;
    if (!isSeq(seq)) {
      issues.push({ file, line: lineOf(seq), problem: `"${key}" must be a list of entries ("- ...")` });
      continue;
    }
    for (const item of seq.items) {
      const node = item as Node;
      if (!isMap(node)) {
        issues.push({ file, line: lineOf(node), problem: `each entry of "${key}" must be a mapping of fields` });
        continue;
      }
      const value = plainValue(node, doc, lineCounter);
      if ('problem' in value) issues.push({ file, line: lineOf(node), problem: value.problem });
      else lists[key]!.push({ line: lineOf(node), value: value.value as Record<string, unknown> });
    }
  }
  return { lists, issues };
}
