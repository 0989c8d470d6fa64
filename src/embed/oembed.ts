// The oEmbed description of the map (oembed.com, "rich" type): what a CMS
// fetches when an editor pastes the map's link, to embed it with no code.
import { embedCode } from './embedCode';
import { DEFAULT_EMBED_ID } from './options';
import { SNAPSHOT_DIR, SNAPSHOT_SIZE } from './snapshots';

export interface OembedInput {
  /** Where the map is served, ending in "/" (absolute in production). */
  base: string;
  title: string;
}

export const OEMBED_SIZE = { width: 800, height: 640 } as const;

export function oembedDocument({ base, title }: OembedInput) {
  const at = (path: string) => (base === './' ? `./${path}` : new URL(path, base).href);
  const thumbnail = at(`${SNAPSHOT_DIR}/latest.png`);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'aleppo-frontlines',
    provider_url: at(''),
    width: OEMBED_SIZE.width,
    height: OEMBED_SIZE.height,
    thumbnail_url: thumbnail,
    thumbnail_width: SNAPSHOT_SIZE.width,
    thumbnail_height: SNAPSHOT_SIZE.height,
    html: embedCode({
      src: at('?embed=1'),
      fullMap: at(''),
      title,
      id: DEFAULT_EMBED_ID,
      height: OEMBED_SIZE.height,
      image: { src: thumbnail, alt: title, ...SNAPSHOT_SIZE },
      caption: title,
    }),
  };
}
