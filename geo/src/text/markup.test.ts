import { describe, expect, it } from 'vitest';
import { htmlMarkup, maskMarkup, verbatimSpan } from './markup';

describe('HTML markup in an article', () => {
  const text = '<p>Les forces ont pris <a href="https://x.org/cheikh-said"\n  class="l">Cheikh Saïd</a>&nbsp;hier.</p><!-- note -->';

  it('is named by its first tags and entities, and plain text has none', () => {
    expect(htmlMarkup(text)).toBe('<p>, <a>, <!-- -->, &nbsp;');
    expect(htmlMarkup('Alep : 3 < 5 et 7 > 2, “rebelles” & régime')).toBeNull();
  });

  it('is blanked to spaces of the same length, keeping line breaks, so offsets still point into the file', () => {
    const masked = maskMarkup(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')).toHaveLength(2);
    expect(masked.replace(/\s+/g, ' ').trim()).toBe('Les forces ont pris Cheikh Saïd hier.');
    const at = masked.indexOf('Cheikh Saïd');
    expect(text.slice(at, at + 'Cheikh Saïd'.length)).toBe('Cheikh Saïd');
    expect(verbatimSpan({ start: 0, end: 30, text: masked.slice(0, 30) }, text)).toEqual({ start: 0, end: 30, text: text.slice(0, 30) });
  });
});
