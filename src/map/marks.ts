// Signs for the landmarks the gazetteer marks (press.yaml `mark`): drawn here on a
// canvas, like the contested hatch, so the style needs no sprite sheet.
import type { Mark } from '../../geo/src/contract';
import { MARKS } from '../../geo/src/contract';

/** CSS pixels a side; drawn at twice that for sharp screens. */
const SIZE = 22;
const RATIO = 2;

/** The sign's outline, in a 0..1 square (x right, y down). */
const SHAPES: Record<Mark, [number, number][]> = {
  // A keep with three merlons on a mound.
  citadel: [
    [0.18, 0.84], [0.82, 0.84], [0.74, 0.46], [0.74, 0.26], [0.64, 0.26], [0.64, 0.36], [0.55, 0.36], [0.55, 0.26],
    [0.45, 0.26], [0.45, 0.36], [0.36, 0.36], [0.36, 0.26], [0.26, 0.26], [0.26, 0.46],
  ],
  // An aeroplane seen from above, nose up.
  airport: [
    [0.5, 0.12], [0.56, 0.2], [0.56, 0.42], [0.86, 0.58], [0.86, 0.66], [0.56, 0.58], [0.56, 0.76], [0.66, 0.84],
    [0.66, 0.9], [0.5, 0.86], [0.34, 0.9], [0.34, 0.84], [0.44, 0.76], [0.44, 0.58], [0.14, 0.66], [0.14, 0.58],
    [0.44, 0.42], [0.44, 0.2],
  ],
};

/** A round light badge with the sign in dark ink: it reads on every fill and in dark mode. */
export function markImage(mark: Mark): { width: number; height: number; data: Uint8Array } | null {
  const px = SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.beginPath();
  ctx.arc(px / 2, px / 2, px / 2 - RATIO, 0, Math.PI * 2);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = RATIO;
  ctx.strokeStyle = '#1f262c';
  ctx.stroke();
  ctx.beginPath();
  for (const [i, [x, y]] of SHAPES[mark].entries()) {
    const point: [number, number] = [RATIO * 3 + x * (px - RATIO * 6), RATIO * 3 + y * (px - RATIO * 6)];
    if (i === 0) ctx.moveTo(...point);
    else ctx.lineTo(...point);
  }
  ctx.closePath();
  ctx.fillStyle = '#1f262c';
  ctx.fill();
  const { data } = ctx.getImageData(0, 0, px, px);
  return { width: px, height: px, data: new Uint8Array(data.buffer) };
}

/** Every sign, to add to the map before its first layout. */
export function markImages(): { mark: Mark; image: NonNullable<ReturnType<typeof markImage>>; pixelRatio: number }[] {
  return MARKS.flatMap((mark) => {
    const image = markImage(mark);
    return image ? [{ mark, image, pixelRatio: RATIO }] : [];
  });
}
