import type { Article, Rejected } from '../articles/types';
import type { Candidate, Mention } from '../places/types';

export interface ReviewInput {
  articles: Article[];
  rejected: Rejected[];
  mentions: Mention[];
  candidates: Candidate[];
  gazetteerWarnings: string[];
}

/** What an editor must look at, as Markdown: broken files, undated articles, places to add. */
export function reviewMarkdown(input: ReviewInput): string {
  const out: string[] = ['# Review', ''];
  const section = (title: string, lines: string[], empty: string) => {
    out.push(`## ${title}`, '', ...(lines.length ? lines : [`_${empty}_`]), '');
  };
  section(
    'Files that could not be read',
    input.rejected.map((r) => `- \`${r.file}${r.line ? `:${r.line}` : ''}\`: ${escape(r.problem)}`),
    'none',
  );
  section(
    'Articles without a publication date',
    input.articles.filter((a) => !a.published).map((a) => `- \`${a.file}\`: ${escape(a.publishedReason ?? 'no date')}`),
    'none',
  );
  section(
    'Inferred publication dates',
    input.articles
      .filter((a) => a.publishedInferred && a.published)
      .map((a) => `- \`${a.file}\`: ${a.published}: ${escape(a.publishedReason ?? '')}`),
    'none',
  );
  section(
    'Article warnings',
    input.articles.flatMap((a) => a.warnings.map((w) => `- \`${a.file}\`: ${escape(w)}`)),
    'none',
  );
  section(
    'Unresolved place names (add an alias in geo/gazetteer/press.yaml)',
    input.candidates.map((c) => `- **${escape(c.surface)}** in \`${c.article}\`: “${escape(c.sentence.text)}”`),
    'none',
  );
  const unlocated = input.mentions.filter((m) => m.unlocated);
  section(
    'Known places without a location',
    unlocated.map((m) => `- **${escape(m.surface)}** (${m.neighbourhood}) in \`${m.article}\`: “${escape(m.sentence.text)}”`),
    'none',
  );
  section('Gazetteer', input.gazetteerWarnings.map((w) => `- ${escape(w)}`), 'no warnings');
  return out.join('\n');
}

/** Text from articles is data, not Markdown: neutralise what a renderer would interpret. */
function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}
