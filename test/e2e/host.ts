// A news article on another origin (a second loopback port) that embeds the
// map with the code the Embed button gives: what a newsroom's CMS would serve.
// One article may hold several maps, each with its own copy of the code.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { embedCode } from '../../src/embed/embedCode';
import { DEFAULT_EMBED_ID, parseEmbedOptions } from '../../src/embed/options';

export interface Host {
  server: Server;
  origin: string;
  /** The article page embedding the map at `src` (or at each of several). */
  pageUrl: (src: string | readonly string[]) => string;
}

const PARAGRAPH =
  '<p>Lorem ipsum: the article around the map. Readers scroll past the map on their way down the page, ' +
  'and the page must keep scrolling when the pointer crosses the map.</p>';

/** One map's code, named by the `id` its link gives (as the Embed dialog writes it). */
function mapCode(src: string, fullMap: string, image: string): string {
  let id = DEFAULT_EMBED_ID;
  try {
    // What the map itself will take: a junk id falls back to the default there too.
    id = parseEmbedOptions(src).id;
  } catch {
    // Not a URL: the frame will show nothing, which is what such a test wants to see.
  }
  return embedCode({
    src,
    fullMap,
    title: 'Carte : qui tenait chaque quartier d’Alep en 2016',
    id,
    height: 620,
    image: { src: image, alt: 'Carte des quartiers d’Alep', width: 960, height: 720 },
    caption: 'Alep.',
  });
}

export function articleHtml(srcs: string | readonly string[], fullMap: string, image: string): string {
  const figures = (typeof srcs === 'string' ? [srcs] : srcs).map(
    (src) => `<figure style="margin:0">${mapCode(src, fullMap, image)}</figure>${PARAGRAPH.repeat(2)}`,
  );
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 serif}main{max-width:720px;margin:0 auto;padding:0 12px}</style></head>
<body><main><h1>Alep, la bataille</h1>${PARAGRAPH.repeat(3)}
${figures.join('\n')}${PARAGRAPH.repeat(10)}</main></body></html>`;
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
    const srcs = url.searchParams.getAll('src');
    const html = articleHtml(srcs, mapBase, new URL('snapshots/latest.png', mapBase).href);
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    server,
    origin,
    pageUrl: (src) => {
      const query = new URLSearchParams();
      for (const one of typeof src === 'string' ? [src] : src) query.append('src', one);
      return `${origin}/article.html?${query}`;
    },
  };
}
