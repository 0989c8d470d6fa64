import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Relative asset URLs so the build can be hosted under any sub-path.
export default defineConfig({
  base: './',
  plugins: [preact()],
  test: {
    include: ['geo/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
