import { describe, expect, it } from 'vitest';
import { parseReviewed } from './reviewed';

describe('parseReviewed', () => {
  it('reads decisions and added events with the line each starts on', () => {
    const r = parseReviewed(
      [
        '# reviewed events',
        'decisions:',
        '  - event: seed-001@1024:capture',
        '    action: confirm',
        '  - event: seed-002@10:statement',
        '    action: correct',
        '    date: 2016-09-23',
        'added:',
        '  - neighbourhood: bustan-al-qaser',
        '    date: 2016-12-12',
        '    kind: capture',
        '    controller: regime',
        '    article: seed-001',
        '    quote: "Boustane al-Qasr"',
      ].join('\n'),
      'events.yaml',
    );
    expect(r.issues).toEqual([]);
    expect(r.decisions.map((d) => [d.line, d.event, d.action, d.date])).toEqual([
      [3, 'seed-001@1024:capture', 'confirm', undefined],
      [5, 'seed-002@10:statement', 'correct', '2016-09-23'],
    ]);
    expect(r.added).toMatchObject([{ line: 9, neighbourhood: 'bustan-al-qaser', date: '2016-12-12', controller: 'regime', article: 'seed-001' }]);
  });

  it('names the line and the problem of each bad entry and keeps the good ones', () => {
    const r = parseReviewed(
      [
        'decisions:',
        '  - event: a@1:capture',
        '    action: maybe',
        '  - event: b@2:capture',
        '    action: correct',
        '  - event: c@3:capture',
        '    action: reject',
        'added:',
        '  - neighbourhood: x',
        '    date: 2016-02-30',
        '    kind: capture',
        '    controller: regime',
        '    url: https://example.org/a',
        '  - neighbourhood: y',
        '    date: 2016-12-01',
        '    kind: capture',
        '    controller: rebels',
        '    url: https://example.org/b',
        '  - neighbourhood: z',
        '    date: 2016-12-01',
        '    kind: capture',
        '    controller: regime',
        '  - neighbourhood: w',
        '    date: 2016-12-01',
        '    kind: capture',
        '    controller: regime',
        '    url: https://example.org/c',
        '    colour: red',
      ].join('\n'),
      'events.yaml',
    );
    expect(r.issues.map((i) => `${i.line}: ${i.problem}`)).toEqual([
      '2: "action" must be confirm, reject or correct',
      '4: a correction must give a date, a controller or a kind',
      '9: "date" is not a real date',
      '14: "controller" must be one of regime, rebel, kurdish, contested',
      '19: cite an article of the corpus with a verbatim quote, or a url',
      '23: unknown field "colour"',
    ]);
    expect(r.decisions.map((d) => d.event)).toEqual(['c@3:capture']);
    expect(r.added).toEqual([]);
  });

  it('reports YAML that does not parse, with its line', () => {
    const r = parseReviewed('decisions:\n  - event: a\n    action: [confirm\n', 'events.yaml');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.problem).toMatch(/^not valid YAML/);
    expect(r.issues[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses lists it does not know', () => {
    const r = parseReviewed('decision:\n  - event: a\n    action: confirm\n', 'events.yaml');
    expect(r.issues).toEqual([{ file: 'events.yaml', line: 1, problem: 'unknown list "decision" (expected decisions, added)' }]);
  });
});
