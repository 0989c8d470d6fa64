// Inside an iframe: tell the host page our height whenever it changes, and
// take the host's validated commands (see messages.ts).
import { useEffect, useRef } from 'preact/hooks';
import { heightMessage, parseHostMessage } from './messages';

/** The embed's layout flows top to bottom: the body is as tall as its content (not the frame, which may be taller). */
export function contentHeight(): number {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

export function useHostBridge(active: boolean, id: string, onDate: (date: string) => void): void {
  const onDateRef = useRef(onDate);
  onDateRef.current = onDate;

  useEffect(() => {
    if (!active || window.parent === window) return;
    let sent = -1;
    const send = (force = false) => {
      const height = contentHeight();
      if (!force && height === sent) return;
      sent = height;
      // The height is no secret and the host's origin is unknown (a sandboxed
      // frame cannot even read it): any origin may have it.
      window.parent.postMessage(heightMessage(id, height), '*');
    };
    const observer = new ResizeObserver(() => send());
    observer.observe(document.body);
    send();

    const onMessage = (event: MessageEvent) => {
      // Only the page that holds us, never another frame or window.
      if (event.source !== window.parent) return;
      const command = parseHostMessage(event.data);
      if (!command) return;
      if (command.kind === 'height') send(true);
      else onDateRef.current(command.date);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [active, id]);
}
