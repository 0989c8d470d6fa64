// MapLibre 6 runs its worker from a separate module file. A bundler does not
// see that file on its own, so import it as an asset and point MapLibre at it.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
