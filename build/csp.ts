// The Content-Security-Policy the built map runs under: no inline script, no
// eval, nothing from another origin. Shipped in index.html as a <meta> tag by
// the build, given in the README for servers to send as a header, and used
// by the end-to-end tests.
//
// Why each exception:
// - img-src data: MapLibre's control icons are data: SVGs in its CSS;
// - worker-src blob: data: MapLibre starts its worker from a blob: module when
//   the page is on another origin than the worker file, and from a data: URL
//   inside a sandboxed iframe, whose origin is opaque.
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self' blob: data:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');
