// The data written by `npm run geo` into public/data/: its types are the pipeline's own.
import type { PipelineOutput } from '../geo/src/pipeline';

export type ArticlesFile = PipelineOutput['files']['articles.json'];
export type Article = ArticlesFile['articles'][number];

/** A file from public/data, fetched relative to the page so any sub-path works. */
export function dataUrl(name: string): string {
  return new URL(`data/${name}`, document.baseURI).href;
}

export async function fetchArticles(): Promise<Article[]> {
  const response = await fetch(dataUrl('articles.json'));
  if (!response.ok) throw new Error(`articles.json: HTTP ${response.status}`);
  const body = (await response.json()) as ArticlesFile;
  if (!Array.isArray(body.articles)) throw new Error('articles.json: no article list');
  return body.articles;
}

/** Distinct outlet names, sorted for the page's language. */
export function outlets(articles: readonly Article[], lang: string): string[] {
  const names = new Set<string>();
  for (const article of articles) {
    const name = article.outlet?.trim();
    if (name) names.add(name);
  }
  return [...names].sort(new Intl.Collator(lang).compare);
}
