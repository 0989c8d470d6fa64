// The code an editor pastes into an article: a sandboxed iframe, a small
// script that sets its height from the map's `datawrapper-height` messages,
// and a static image with a link for places where neither runs (feeds, AMP,
// newsletters, readers without JavaScript).
import { HEIGHT_KEY } from './messages';
import { isEmbedId } from './options';

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
 * The host's half of the resize: only a message from this very iframe, under
 * this map's own id, and only a number in a sane range. The map's origin is
 * opaque inside the sandbox, so the frame is recognised by its window, not by
 * `event.origin`. The script finds its frame as the element just before it
 * (so even two pastes of the same code each size their own frame), else by
 * its id (a CMS that moves scripts to the end of the page).
 */
export function resizeScript(frameId: string, messageId: string): string {
  const json = (text: string) => JSON.stringify(text).replaceAll('<', '\\u003c');
  const id = json(frameId);
  return (
    `(function(){var s=document.currentScript,f=s&&s.previousElementSibling;` +
    `if(!f||f.id!==${id})f=document.getElementById(${id});if(!f)return;` +
    `window.addEventListener("message",function(e){if(e.source!==f.contentWindow)return;` +
    `var d=e.data&&e.data[${json(HEIGHT_KEY)}];if(!d||typeof d!=="object")return;` +
    `var h=Number(d[${json(messageId)}]);if(h>=200&&h<=4000)f.style.height=Math.ceil(h)+"px";});})();`
  );
}

/** The iframe's id in the host page, from the map's id. */
export function frameIdOf(id: string): string {
  return `${id}-frame`;
}

export function embedCode(input: EmbedCodeInput): string {
  // The id goes into a script, a selector and the messages: only the safe alphabet.
  if (!isEmbedId(input.id)) throw new Error(`not an embed id: ${JSON.stringify(input.id)}`);
  const frameId = frameIdOf(input.id);
  const a = escapeHtml;
  return [
    `<iframe id="${a(frameId)}" src="${a(input.src)}" title="${a(input.title)}"`,
    `  sandbox="allow-scripts allow-popups" loading="lazy" referrerpolicy="no-referrer"`,
    `  style="display:block;width:100%;min-width:300px;height:${Math.round(input.height)}px;border:0"></iframe>`,
    `<script>${resizeScript(frameId, input.id)}</script>`,
    // With JavaScript off in the host page, the still stands alone: the frame is
    // hidden, rather than an empty box above it (a CMS that strips <style> shows both).
    `<noscript><style>iframe[id="${frameId}"]{display:none!important}</style>` +
      `<p><a href="${a(input.fullMap)}"><img src="${a(input.image.src)}" alt="${a(input.image.alt)}"` +
      ` width="${input.image.width}" height="${input.image.height}" style="max-width:100%;height:auto"></a><br>` +
      `${a(input.caption)} <a href="${a(input.fullMap)}">${a(input.fullMap)}</a></p></noscript>`,
  ].join('\n');
}
