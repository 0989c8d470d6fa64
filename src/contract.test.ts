// The app reads the pipeline's outputs through one module, geo/src/contract: no other
// file of geo/ is imported by the app's code (its tests may run the pipeline itself).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeName } from '../geo/src/contract';

const SRC = resolve(__dirname);
const GEO = resolve(__dirname, '../geo');
const CONTRACT = resolve(GEO, 'src/contract');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

describe('the contract between pipeline and app', () => {
  it('is the only module of geo/ the app imports', () => {
    const outside: string[] = [];
    let throughContract = 0;
    for (const file of sources(SRC)) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(file, '..', spec);
        if (!target.startsWith(GEO + '/')) continue;
        if (target === CONTRACT) throughContract++;
        else outside.push(`${relative(SRC, file)}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
    // The scan does see the app's imports (it would pass on an empty list otherwise).
    expect(throughContract).toBeGreaterThan(10);
  });

  it("names a place in the page's language, falling back to English, French, the id, then the caller's fallback", () => {
    const place = { id: 'al-fardos', name_en: 'al-Fardos', name_fr: 'Ferdous', name_ar: 'الفردوس' };
    expect(placeName(place, 'fr')).toBe('Ferdous');
    expect(placeName(place, 'en')).toBe('al-Fardos');
    expect(placeName(place, 'ar')).toBe('الفردوس');
    expect(placeName({ ...place, name_ar: '' }, 'ar')).toBe('al-Fardos');
    expect(placeName({ id: 'x', name_en: '', name_fr: 'Nom' }, 'en')).toBe('Nom');
    expect(placeName({ id: 'x', name_en: '' }, 'ar')).toBe('x');
    expect(placeName(undefined, 'fr', 'unknown-id')).toBe('unknown-id');
  });
});
