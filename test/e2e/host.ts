// A news article on another origin (a second loopback port) that embeds the
// map with the code the Embed button gives: what a newsroom's CMS would serve.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedCode } from '../../src/embed/embedCode';

export interface Host {
  server: Server;
  origin: string;
  /** The article page embedding `src`. */
  pageUrl: (src: string) => string;
}

const PARAGRAPH =
  '<p>Lorem ipsum: the article around the map. Readers scroll past the map on their way down the page, ' +
  'and the page must keep scrolling when the pointer crosses the map.</p>';

export function articleHtml(src: string, fullMap: string, image: string): string {
  const code = embedCode({
    src,
    fullMap,
    title: 'Carte : qui tenait chaque quartier d’Alep en 2016',
    id: 'aleppo-frontlines',
    height: 620,
    image: { src: image, alt: 'Carte des quartiers d’Alep', width: 960, height: 720 },
    caption: 'Alep.',
  });
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 serif}main{max-width:720px;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>Alep, la bataille</h1>${PARAGRAPH.repeat(3)}
<figure style="margin:0">${code}</figure>${PARAGRAPH.repeat(12)}</main></body></html>`;
}

export async function startHost(mapBase: string): Promise<Host> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (url.pathname !== '/article.html') {
      response.writeHead(404).end();
      return;
    }
    const src = url.searchParams.get('src') ?? '';
    const html = articleHtml(src, mapBase, new URL('snapshots/latest.png', mapBase).href);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    pageUrl: (src) => `${origin}/article.html?src=${encodeURIComponent(src)}`,
  };
}
