import { describe, expect, it } from 'vitest';
import { balanceBidi, isolateText } from './bidi';

// Written as escapes: the controls are invisible.
const [LRE, RLE, PDF, LRO, RLO] = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const RLM = '\u200F';

describe('balanceBidi', () => {
  it('returns text without controls as it is', () => {
    const text = "<script>alert('x')</script> Boustane al-Qasr, بستان القصر";
    expect(balanceBidi(text)).toBe(text);
  });

  it('keeps paired controls and marks', () => {
    const text = `a ${RLE}b${PDF} ${LRO}c${PDF} ${LRI}d${PDI} ${RLI}e${FSI}f${PDI}g${PDI} ${RLM}h`;
    expect(balanceBidi(text)).toBe(text);
  });

  it('drops closers that close nothing', () => {
    expect(balanceBidi(`a${PDI}${PDF}b`)).toBe('ab');
    // A PDF cannot close an embedding opened outside the current isolate.
    expect(balanceBidi(`${RLO}a${LRI}b${PDF}c${PDI}d${PDF}`)).toBe(`${RLO}a${LRI}bc${PDI}d${PDF}`);
  });

  it('closes what is left open, innermost first', () => {
    expect(balanceBidi(`a${RLO}evil`)).toBe(`a${RLO}evil${PDF}`);
    expect(balanceBidi(`${RLI}a${LRE}b`)).toBe(`${RLI}a${LRE}b${PDF}${PDI}`);
  });

  it('takes the stray PDI out before the override it would let escape', () => {
    expect(balanceBidi(`x${PDI}${RLO}evil`)).toBe(`x${RLO}evil${PDF}`);
  });

  it('lets a PDI end the embeddings inside its isolate', () => {
    expect(balanceBidi(`${FSI}${RLO}a${PDI}b`)).toBe(`${FSI}${RLO}a${PDI}b`);
  });

  it('closes at each paragraph end, as the bidi algorithm does', () => {
    expect(balanceBidi(`${RLO}a\nb${PDF}`)).toBe(`${RLO}a${PDF}\nb`);
  });
});

describe('isolateText', () => {
  it('wraps the balanced text in FSI…PDI', () => {
    expect(isolateText('Alep')).toBe(`${FSI}Alep${PDI}`);
    expect(isolateText(`a${PDI}${RLO}b`)).toBe(`${FSI}a${RLO}b${PDF}${PDI}`);
  });
});
