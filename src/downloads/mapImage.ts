// A PNG of the map as the reader sees it, framed for publication: a title and
// the day above, the legend and the credits below. Drawn in the page from the
// map's own canvas, so nothing is sent anywhere.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface ImageFrame {
  title: string;
  date: string;
  legend: { colour: string; label: string }[];
  credits: string;
  rtl: boolean;
  colours: { paper: string; ink: string; muted: string };
}

const FONT = '"Noto Sans", "Noto Sans Arabic", system-ui, sans-serif';

/** The map's pixels, read in the frame they are drawn (the WebGL buffer is not kept after it). */
function grabCanvas(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

export async function mapImage(map: MapLibreMap, frame: ImageFrame): Promise<Blob> {
  const shot = await grabCanvas(map);
  const scale = shot.width / map.getCanvas().clientWidth || 1;
  const pad = 16 * scale;
  const head = 64 * scale;
  const foot = 76 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = shot.width;
  canvas.height = shot.height + head + foot;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = frame.colours.paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(shot, 0, head);

  ctx.direction = frame.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x0 = frame.rtl ? canvas.width - pad : pad;
  ctx.fillStyle = frame.colours.ink;
  ctx.font = `700 ${20 * scale}px ${FONT}`;
  ctx.fillText(frame.title, x0, pad + 18 * scale);
  ctx.font = `${15 * scale}px ${FONT}`;
  ctx.fillText(frame.date, x0, pad + 40 * scale);

  // Legend: swatch then label, along one line, from the reading side.
  let x = x0;
  const y = head + shot.height + pad + 12 * scale;
  ctx.font = `${13 * scale}px ${FONT}`;
  for (const entry of frame.legend) {
    const swatch = 12 * scale;
    const sx = frame.rtl ? x - swatch : x;
    ctx.fillStyle = entry.colour;
    ctx.fillRect(sx, y - swatch + 2 * scale, swatch, swatch);
    ctx.fillStyle = frame.colours.ink;
    const tx = frame.rtl ? x - swatch - 6 * scale : x + swatch + 6 * scale;
    ctx.fillText(entry.label, tx, y);
    const step = swatch + 6 * scale + ctx.measureText(entry.label).width + 16 * scale;
    x += frame.rtl ? -step : step;
  }
  ctx.fillStyle = frame.colours.muted;
  ctx.font = `${11 * scale}px ${FONT}`;
  ctx.fillText(frame.credits, x0, y + 28 * scale, canvas.width - 2 * pad);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the map image could not be made'))), 'image/png'),
  );
}
