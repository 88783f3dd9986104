// The bundles Rolefit runs from dist/ (git-ignored): the CLI and the two worker threads' entries, built from the
// TypeScript by scripts/build-bundles.mjs, so nothing compiles TypeScript at run time. Plain JavaScript, because
// bin/rolefit.mjs and the build script read it before any bundle exists; the worker pools read it too (entry.ts).
// This module only says where the bundles are and whether they are up to date: it never loads esbuild.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each bundle's entry module, from the project root; the bundle is dist/<name>.mjs. */
export const BUNDLES = {
  cli: 'cli/main.ts',
  'ingest-worker': 'lib/ingest/ingest-worker.ts',
  'embed-worker': 'lib/embeddings/embed-worker.ts',
};

/** @typedef {keyof typeof BUNDLES} BundleName */

/** The first line of every bundle: what it was built from, and when (see readHeader). */
export const HEADER_PREFIX = '// rolefit-bundle ';

/** @param {string} root @param {BundleName} name */
export function bundlePath(root, name) {
  return path.join(root, 'dist', `${name}.mjs`);
}

/**
 * The project root: the nearest folder holding this module's source, above `from` (this module's URL, which is
 * dist/cli.mjs inside the CLI bundle and a chunk under the dist dir inside Next's server), else above the working
 * directory. Null when neither is inside the project.
 * @param {string} [from]
 * @returns {string | null}
 */
export function projectRoot(from = import.meta.url) {
  const starts = [];
  try {
    starts.push(path.dirname(fileURLToPath(from)));
  } catch {
    // not a file: URL once bundled by Next; the working directory follows
  }
  starts.push(process.cwd());
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'lib', 'workers', 'bundles.mjs'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  return null;
}

/**
 * What a bundle's first line says: when its build started (ms since the epoch) and the files it was read from,
 * relative to the root. Null when the bundle is missing or has no such line.
 * @param {string} file
 * @returns {{ startedAt: number, inputs: string[] } | null}
 */
export function readHeader(file) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    // The header lists a few hundred short paths at most: 256 KB holds it whole.
    const buffer = Buffer.alloc(256 * 1024);
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString('utf8');
    const end = text.indexOf('\n');
    if (!text.startsWith(HEADER_PREFIX) || end < 0) return null;
    const header = JSON.parse(text.slice(HEADER_PREFIX.length, end));
    return typeof header.startedAt === 'number' && Array.isArray(header.inputs) ? header : null;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The bundles among `names` that must be built: missing, without a header, or older than one of their inputs (a
 * file changed, or went, after the millisecond their build started in).
 * @param {string} root
 * @param {readonly BundleName[]} names
 * @returns {BundleName[]}
 */
export function bundlesToBuild(root, names) {
  return names.filter((name) => {
    const header = readHeader(bundlePath(root, name));
    if (!header) return true;
    return header.inputs.some((input) => {
      try {
        // Whole milliseconds, as startedAt is: a file saved before the build, in the same millisecond, is older.
        return Math.floor(fs.statSync(path.join(root, input)).mtimeMs) > header.startedAt;
      } catch {
        return true;
      }
    });
  });
}
