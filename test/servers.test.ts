// When `npm start` opens a browser (build/servers.ts).
import { describe, expect, it } from 'vitest';
import { canOpenBrowser } from '../build/servers';

describe('npm start opens a browser', () => {
  it('on a Linux desktop, never over SSH without a display, in CI, or with BROWSER=none', () => {
    expect(canOpenBrowser({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(canOpenBrowser({}, 'linux')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0', CI: 'true' }, 'linux')).toBe(false);
    expect(canOpenBrowser({ DISPLAY: ':0', BROWSER: 'none' }, 'linux')).toBe(false);
  });

  it('on macOS and Windows, which always have a screen', () => {
    expect(canOpenBrowser({}, 'darwin')).toBe(true);
    expect(canOpenBrowser({}, 'win32')).toBe(true);
    expect(canOpenBrowser({ BROWSER: 'None' }, 'win32')).toBe(false);
  });
});
