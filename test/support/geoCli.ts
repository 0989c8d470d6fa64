/** `npm run geo` as a child process, for tests of what it prints and its exit status. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { root } from './corpus';

const run = promisify(execFile);

export interface GeoRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function geo(...args: string[]): Promise<GeoRun> {
  try {
    const { stdout, stderr } = await run(join(root, 'node_modules/.bin/tsx'), [join(root, 'geo/cli/geo.ts'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** A fresh temporary folder. */
export const tmp = () => mkdtempSync(join(tmpdir(), 'aleppo-geo-'));

/** The lines of standard error that start with `prefix` ("error: ", "warning: "), sorted. */
export function messages(stderr: string, prefix: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .sort();
}
