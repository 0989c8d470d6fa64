// The code an editor pastes into an article: a sandboxed iframe, a small
// script that sets its height from the map's `datawrapper-height` messages,
// and a static image with a link for places where neither runs (feeds, AMP,
// newsletters, readers without JavaScript).
import { HEIGHT_KEY } from './messages';

export interface EmbedCodeInput {
  /** The embed's URL (absolute). */
  src: string;
  /** The full map's URL (absolute), for the fallback link. */
  fullMap: string;
  title: string;
  /** The id the map names itself with in its height messages. */
  id: string;
  /** Height before the first message arrives. */
  height: number;
  image: { src: string; alt: string; width: number; height: number };
  caption: string;
}

/** Text safe inside a double-quoted HTML attribute or an element. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The host's half of the resize: only a message from this very iframe, only a
 * number in a sane range. The map's origin is opaque inside the sandbox, so the
 * frame is recognised by its window, not by `event.origin`.
 */
export function resizeScript(frameId: string): string {
  const id = JSON.stringify(frameId).replaceAll('<', '\\u003c');
  return (
    `(function(){var f=document.getElementById(${id});if(!f)return;` +
    `window.addEventListener("message",function(e){if(e.source!==f.contentWindow)return;` +
    `var d=e.data&&e.data[${JSON.stringify(HEIGHT_KEY)}];if(!d||typeof d!=="object")return;` +
    `for(var k in d){var h=Number(d[k]);if(h>=200&&h<=4000)f.style.height=Math.ceil(h)+"px";}});})();`
  );
}

export function embedCode(input: EmbedCodeInput): string {
  const frameId = `${input.id}-frame`;
  const a = escapeHtml;
  return [
    `<iframe id="${a(frameId)}" src="${a(input.src)}" title="${a(input.title)}"`,
    `  sandbox="allow-scripts allow-popups" loading="lazy" referrerpolicy="no-referrer"`,
    `  style="display:block;width:100%;min-width:300px;height:${Math.round(input.height)}px;border:0"></iframe>`,
    `<script>${resizeScript(frameId)}</script>`,
    `<noscript><p><a href="${a(input.fullMap)}"><img src="${a(input.image.src)}" alt="${a(input.image.alt)}"` +
      ` width="${input.image.width}" height="${input.image.height}" style="max-width:100%;height:auto"></a><br>` +
      `${a(input.caption)} <a href="${a(input.fullMap)}">${a(input.fullMap)}</a></p></noscript>`,
  ].join('\n');
}
