// Player icons drawn as SVG: the text fonts have no media-control glyphs.
// They point right; CSS mirrors the directional ones in right-to-left pages.
const paths = {
  previousChange: 'M3 2h2v12H3zM14 2v12L6 8z',
  previousDay: 'M12 2v12L4 8z',
  nextDay: 'M4 2v12l8-6z',
  nextChange: 'M2 2v12l8-6zM11 2h2v12h-2z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
} as const;

export function Icon({ name, flip = false }: { name: keyof typeof paths; flip?: boolean }) {
  return (
    <svg class={flip ? 'icon flip' : 'icon'} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
