// Whether a CSS media query matches, kept up to date as the reader's settings change.
import { useEffect, useMemo, useState } from 'preact/hooks';

export function useMediaQuery(media: string): boolean {
  const query = useMemo(() => window.matchMedia(media), [media]);
  const [matches, setMatches] = useState(query.matches);
  useEffect(() => {
    const listener = () => setMatches(query.matches);
    listener();
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  return matches;
}
