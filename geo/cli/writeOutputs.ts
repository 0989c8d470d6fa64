/**
 * The outputs, all or none: every file is written to a temporary folder beside `--out`, and
 * the old outputs are replaced only once all the new ones are written, by renames (no new
 * computation, no allocation between them). A crash while building or writing leaves the old
 * files whole, never a new articles.json beside an old events.json.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The error when `out` cannot take the outputs (a file in the way, a parent that cannot be made); null when it can. */
export function outputFolderProblem(out: string): string | null {
  let stat;
  try {
    stat = statSync(out, { throwIfNoEntry: false });
  } catch (e) {
    return `${out}: cannot be used as the output folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) (--out)`;
  }
  if (stat && !stat.isDirectory()) return `${out}: not a folder: a file of that name is in the way (--out)`;
  try {
    mkdirSync(dirname(out), { recursive: true });
  } catch (e) {
    return `${dirname(out)}: cannot make the folder that holds --out (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
  }
  return null;
}

export function writeOutputs(out: string, files: Record<string, string>): void {
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.writing-`));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(staging, name), content);
    if (!statSync(out, { throwIfNoEntry: false })) {
      renameSync(staging, out); // a new folder: one rename
      return;
    }
    // The folder may hold files of its own (it is the user's): only ours are replaced.
    for (const name of readdirSync(staging)) renameSync(join(staging, name), join(out, name));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
