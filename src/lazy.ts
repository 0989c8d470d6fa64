// Parts of the page the first view does not show (the district panel, the table, the Embed
// dialog, the downloads) come in chunks of their own, fetched the first time one is shown,
// so the first view downloads and runs less. Until its chunk is in, a lazy part draws nothing.
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
