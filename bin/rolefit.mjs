#!/usr/bin/env node
// The `rolefit` command. It runs the CLI's bundle, dist/cli.mjs (see lib/workers/bundles.mjs), built with the worker
// bundles by `npm run build`, or here when one is missing or older than its sources, so `npx rolefit` works right
// after `npm install` and always runs the current code.
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BUNDLES, bundlePath, bundlesToBuild } from '../lib/workers/bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const stale = bundlesToBuild(root, Object.keys(BUNDLES));
if (stale.length > 0) {
  try {
    const { buildBundles } = await import('../scripts/build-bundles.mjs');
    await buildBundles(stale, root);
  } catch (error) {
    // A production install has no esbuild: the bundles `npm run build` made still run. With none, say how to make them.
    const reason = error instanceof Error ? error.message : String(error);
    if (stale.some((name) => !fs.existsSync(bundlePath(root, name)))) {
      process.stderr.write(
        `rolefit: could not build ${stale.join(', ')} (${reason}); run \`npm run build\`.\n`,
      );
      process.exit(1);
    }
    process.stderr.write(`rolefit: running the bundles as built, since rebuilding them failed: ${reason}\n`);
  }
}
const { main } = await import(pathToFileURL(bundlePath(root, 'cli')).href);
const code = await main(process.argv.slice(2));
// The model and parser worker threads would keep the process alive: exit once the output is flushed.
process.stdout.write('', () => process.exit(code));
