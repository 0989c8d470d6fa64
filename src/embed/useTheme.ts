// Light or dark: the reader's `prefers-color-scheme`, unless the link says
// `theme=light|dark` (an article on a dark page wants a dark map whatever the
// reader's system says). The page's colours follow `data-theme` on <html>.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ResolvedTheme } from '../map/palette';
import type { Theme } from './options';

export function useTheme(theme: Theme): ResolvedTheme {
  const query = useMemo(() => window.matchMedia('(prefers-color-scheme: dark)'), []);
  const [systemDark, setSystemDark] = useState(query.matches);
  useEffect(() => {
    const listener = () => setSystemDark(query.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [query]);
  const resolved: ResolvedTheme = theme === 'auto' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
