import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bundlePath, bundlesToBuild, projectRoot, type BundleName } from './bundles.mjs';

/** A worker's entry module: a path or URL, or a function giving one each time a worker starts. */
export type WorkerEntry = string | URL | (() => string | URL);

/** The module a worker thread starts from: `entry` itself, or what it gives now. */
export function resolveEntry(entry: WorkerEntry): string | URL {
  return typeof entry === 'function' ? entry() : entry;
}

/**
 * The built entry of a worker thread (dist/<name>.mjs), for a worker about to start. `npm run build` builds it; when
 * it is missing or older than its sources it is built first, by scripts/build-bundles.mjs in a child process (so
 * neither Next's bundler nor Vitest loads esbuild): a worker started after an edit runs the edited code, as one
 * loaded from source would. A build that fails is reported on stderr, naming `what`, and the worker starts from the
 * bundle there is (a production install has no esbuild, and its bundles are those `npm run build` made); with none,
 * it fails to start, which its pool reports as it does for any worker that cannot start. `root` is the project's.
 */
export function workerEntry(name: BundleName, what: string, root = projectRoot() ?? process.cwd()): string {
  if (bundlesToBuild(root, [name]).length > 0) {
    const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-bundles.mjs'), name], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (build.status !== 0)
      console.error(`${what} could not be built: ${build.stderr || build.error?.message || build.status}`);
  }
  return bundlePath(root, name);
}
