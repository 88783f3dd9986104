import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where a worker thread's entry module is on disk: next to the module that starts it (`moduleUrl`, its
 * import.meta.url), or under `folder` of the project root when a bundler moved that module (as `next build` does).
 * Throws, naming `what` and the places looked in, when neither has it.
 */
export function workerEntry(moduleUrl: string, folder: string, file: string, what: string): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.join(path.dirname(fileURLToPath(moduleUrl)), file));
  } catch {
    // import.meta.url is not a file: URL once bundled; fall through to the project root.
  }
  candidates.push(path.join(process.cwd(), folder, file));
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`${what} ${file} was not found (looked in ${candidates.join(', ')}).`);
  return found;
}
