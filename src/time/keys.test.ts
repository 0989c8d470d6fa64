import { describe, expect, it } from 'vitest';
import { timeAction } from './keys';

const key = (k: string, target: unknown = null, mods = {}) =>
  timeAction({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: target as EventTarget, ...mods });

describe('time keys', () => {
  it('maps the shortcuts', () => {
    expect(key('.')).toBe('nextDay');
    expect(key(',')).toBe('previousDay');
    expect(key(']')).toBe('nextChange');
    expect(key('[')).toBe('previousChange');
    expect(key(' ')).toBe('togglePlay');
    expect(key('x')).toBeNull();
    expect(key('.', null, { ctrlKey: true })).toBeNull();
  });

  it('leaves typing alone', () => {
    const field = { closest: (sel: string) => (sel.startsWith('input:not') ? {} : null) };
    expect(key('.', field)).toBeNull();
    const button = { closest: (sel: string) => (sel.startsWith('button') ? {} : null) };
    expect(key(' ', button)).toBeNull();
    expect(key('.', button)).toBe('nextDay');
  });
});
