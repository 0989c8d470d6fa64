// The page's state lives in its URL: every discrete change (a district, a
// language, a date picked) is a history entry so back/forward walk through
// them; moving the map, playing, or dragging the slider replaces the entry
// instead of flooding the history.
import { useEffect, useRef } from 'preact/hooks';
import { parseUrlState, urlWithState, type UrlState } from './state';

/** Date changes closer together than this (a drag, held keys) share one history entry. */
const DATE_BURST_MS = 800;

/**
 * `replaceOnly`: the date is moving by itself (play): its steps replace the entry.
 * `neverPush`: inside an iframe, where a new entry would go into the host page's
 * history and its back button would walk through our dates.
 */
export function useUrlSync(
  state: UrlState,
  onPop: (state: UrlState) => void,
  replaceOnly: boolean,
  neverPush = false,
): void {
  const lastPush = useRef(0);
  const popRef = useRef(onPop);
  popRef.current = onPop;

  useEffect(() => {
    const next = urlWithState(location.href, state);
    if (next === location.href) return;
    const before = parseUrlState(location.href);
    const onlyView = before.date === state.date && before.district === state.district && before.lang === state.lang;
    const onlyDate = before.district === state.district && before.lang === state.lang;
    const now = performance.now();
    const replace = neverPush || onlyView || (onlyDate && (replaceOnly || now - lastPush.current < DATE_BURST_MS));
    if (replace) history.replaceState(null, '', next);
    else history.pushState(null, '', next);
    if (!replace || onlyDate) lastPush.current = now;
  }, [state.date, state.district, state.lang, state.view, replaceOnly, neverPush]);

  useEffect(() => {
    const listener = () => popRef.current(parseUrlState(location.href));
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);
}
