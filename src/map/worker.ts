// MapLibre 6 runs its worker from a separate module file. A bundler does not
// see that file on its own, so import it as an asset and point MapLibre at it.
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
// The worker starts now, as the page's scripts run and while the data comes, rather than
// when the map is made. Not under the dev server, where MapLibre starts it with the map.
if (import.meta.env.PROD) prewarm();
