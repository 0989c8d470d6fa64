// Parts of the page the first view does not show (the district panel, the table, the Embed
// dialog, the downloads) come in chunks of their own, fetched the first time one is shown,
// so the first view downloads and runs less. Until its chunk is in, a lazy part draws nothing.
// Not preact/compat's lazy and Suspense: they put 1.9 KB gzip more in the first view's chunk
// (measured: index chunk 22.5 KB here, 24.4 KB with compat), which has no other use for compat.
import { h, type ComponentType, type FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let component: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    // A flag, not the component: useState would call a function given to it.
    const [, setLoaded] = useState(component !== null);
    useEffect(() => {
      if (component) return;
      pending ??= load().then((c) => (component = c));
      // A chunk that does not come is logged; the rest of the page goes on.
      pending.then(
        () => setLoaded(true),
        (error: unknown) => console.error('chunk', error),
      );
    }, []);
    return component ? h(component, props) : null;
  };
}
