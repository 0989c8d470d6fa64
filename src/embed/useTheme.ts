// Light or dark: the reader's `prefers-color-scheme`, unless the link says
// `theme=light|dark` (an article on a dark page wants a dark map whatever the
// reader's system says). The page's colours follow `data-theme` on <html>.
import { useEffect } from 'preact/hooks';
import type { ResolvedTheme } from '../map/palette';
import { useMediaQuery } from '../useMediaQuery';
import type { Theme } from './options';

export function useTheme(theme: Theme): ResolvedTheme {
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const resolved: ResolvedTheme = theme === 'auto' ? (systemDark ? 'dark' : 'light') : theme;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);
  return resolved;
}
