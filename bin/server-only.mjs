// db/ and services/ are marked `import 'server-only'`, and run outside Next as well: in the CLI and the scripts (bench,
// eval, migrate). Next's server resolves that package under the react-server condition, where it is an empty module;
// plain Node resolves its default, which throws. Imported first (`tsx --import ./bin/server-only.mjs` in
// package.json), this module registers a resolve hook that gives that one package the react-server condition, as
// Next's server does, and leaves every other import alone. Vitest does the same with an alias (vitest.config.ts), and
// the CLI's bundle with esbuild's (scripts/build-bundles.mjs).
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

/** The resolve hook: runs on Node's loader thread once registered. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'server-only') return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, 'react-server'] });
}

// The loader thread imports this module too, to find the hook: only the importing thread registers it.
if (isMainThread) register(import.meta.url);
