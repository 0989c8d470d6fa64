import type { Mention } from '../places/types';

/** A hand-annotated mention: the `occurrence`-th appearance of `surface` in the article's text. */
export interface GoldMention {
  surface: string;
  occurrence: number;
  id: string;
}

export interface GoldSpan {
  article: string;
  start: number;
  end: number;
  surface: string;
  id: string;
}

export interface Scores {
  truePositives: number;
  falsePositives: (Mention & { expected?: string })[];
  falseNegatives: GoldSpan[];
  precision: number;
  recall: number;
}

/** Gold entries → offsets, counting occurrences as plain substring matches, as the annotator did. */
export function goldSpans(article: string, text: string, gold: GoldMention[]): GoldSpan[] {
  return gold.map((g) => {
    let at = -1;
    for (let k = 0; k <= g.occurrence; k++) {
      at = text.indexOf(g.surface, at + 1);
      if (at < 0) throw new Error(`gold: "${g.surface}" #${g.occurrence} is not in ${article}`);
    }
    return { article, start: at, end: at + g.surface.length, surface: g.surface, id: g.id };
  });
}

const targetOf = (m: Mention) => m.neighbourhood ?? m.group ?? '';

/**
 * A found mention is right when it overlaps a gold mention of the same place (spans may
 * differ by an article or a word). Gold places the gazetteer does not know
 * (`unknown:...`) are expected to be missed and are left out of recall.
 */
export function scorePlaces(found: Mention[], gold: GoldSpan[]): Scores {
  const scoredGold = gold.filter((g) => !g.id.startsWith('unknown:'));
  const matched = new Set<GoldSpan>();
  const falsePositives: Scores['falsePositives'] = [];
  let truePositives = 0;
  for (const m of found) {
    const overlapping = scoredGold.filter((g) => g.article === m.article && g.start < m.end && m.start < g.end);
    const hit = overlapping.find((g) => g.id === targetOf(m) && !matched.has(g));
    if (hit) {
      matched.add(hit);
      truePositives++;
    } else {
      const expected = overlapping[0]?.id;
      falsePositives.push(expected ? { ...m, expected } : m);
    }
  }
  const falseNegatives = scoredGold.filter((g) => !matched.has(g));
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: found.length ? truePositives / found.length : 1,
    recall: scoredGold.length ? truePositives / scoredGold.length : 1,
  };
}
