// "Download", folded: the files' list and the code that makes them (./Downloads.tsx) are a
// chunk of their own, fetched the first time the reader opens the menu, not with the first view.
import { useState } from 'preact/hooks';
import { embedStrings } from '../embed/strings';
import { lazy } from '../lazy';
import type { DownloadsProps } from './Downloads';

const DownloadList = lazy(() => import('./Downloads').then((m) => m.DownloadList));

export function DownloadsMenu(props: DownloadsProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details class="downloads" onToggle={(event) => (event.currentTarget as HTMLDetailsElement).open && setOpened(true)}>
      <summary>{embedStrings[props.lang].downloadsHeading}</summary>
      {opened && <DownloadList {...props} />}
    </details>
  );
}
