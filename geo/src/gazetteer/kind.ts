import type { Kind } from './types';

const RULES: [RegExp, Kind][] = [
  [/cemetery/i, 'cemetery'],
  [/park\b/i, 'park'],
  [/airport/i, 'airport'],
  [/industrial/i, 'industrial'],
  [/university/i, 'university'],
  [/barrack/i, 'military'],
  [/citadel|hospital|souq/i, 'landmark'],
];

/** The kind the English name says ("Maysaloon Cemetery"); residential when it says nothing. */
export function kindFromName(name: string): Kind {
  return RULES.find(([re]) => re.test(name))?.[1] ?? 'residential';
}
