// The data contract written by `npm run geo` into public/data/ (see geo/).
// Only the fields the app reads so far are typed; the files carry more.

export interface Article {
  id: string;
  file: string;
  outlet?: string;
  url?: string;
  title?: string;
  language: string;
  published: string | null;
  publishedInferred: boolean;
}

/** A file from public/data, fetched relative to the page so any sub-path works. */
export function dataUrl(name: string): string {
  return new URL(`data/${name}`, document.baseURI).href;
}

export async function fetchArticles(): Promise<Article[]> {
  const response = await fetch(dataUrl('articles.json'));
  if (!response.ok) throw new Error(`articles.json: HTTP ${response.status}`);
  // `npm run geo` writes `{articles: [...], rejected: [...]}`; a bare array is
  // accepted too, as the contract was first written that way.
  const body: unknown = await response.json();
  const articles = Array.isArray(body) ? body : (body as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) throw new Error('articles.json: no article list');
  return articles as Article[];
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
