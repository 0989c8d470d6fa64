import { describe, expect, it } from 'vitest';
import { parseOutlets } from './outlets';

const known = ['SANA (français)', 'Press TV (français)', 'RFI'];

describe('outlets.yaml', () => {
  it('reads leanings, agencies and the factor', () => {
    const { leanings, issues } = parseOutlets(
      'own_side_factor:\n  - factor: 0.6\noutlets:\n  - { match: "sana", speaks_for: regime }\nagencies:\n  - { id: afp, names: ["AFP"] }\n',
      'outlets.yaml',
      known,
    );
    expect(issues).toEqual([]);
    expect(leanings).toEqual({ ownSideFactor: 0.6, outlets: [{ match: 'sana', speaksFor: 'regime', line: 4 }], agencies: [{ id: 'afp', names: ['AFP'], line: 6 }] });
  });

  it('skips each bad entry with its line and keeps the rest', () => {
    const text = [
      'own_side_factor:',
      '  - factor: 1.5',
      'outlets:',
      '  - { match: "Le Monde", speaks_for: rebel }',
      '  - { match: "Press TV", speaks_for: iran }',
      '  - { match: "SANA", speaks_for: regime, weight: 2 }',
      '  - { match: "RFI", speaks_for: rebel }',
      'agencies:',
      '  - { id: "A F P", names: ["AFP"] }',
      '  - { id: reuters, names: [] }',
    ].join('\n');
    const { leanings, issues } = parseOutlets(text, 'outlets.yaml', known);
    expect(issues.map((i) => `${i.file}:${i.line}: ${i.problem}`)).toEqual([
      'outlets.yaml:4: outlet "Le Monde" is not the outlet of any article in the corpus',
      'outlets.yaml:5: "speaks_for" must be one of regime, rebel, kurdish (found "iran")',
      'outlets.yaml:6: unknown field "weight" (expected match, speaks_for, note)',
      'outlets.yaml:9: "id" must be lower-case letters, digits and hyphens',
      'outlets.yaml:10: "names" must be a list of the agency\'s names',
      'outlets.yaml:2: "factor" must be a number above 0 and at most 1 (found 1.5)',
    ]);
    expect(leanings.outlets).toEqual([{ match: 'RFI', speaksFor: 'rebel', line: 7 }]);
    expect(leanings.ownSideFactor).toBe(0.75);
  });
});
