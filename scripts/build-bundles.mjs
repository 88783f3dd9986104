// Builds the bundles of lib/workers/bundles.mjs into dist/ with esbuild: the CLI and the two worker threads' entries,
// each one ES module of Rolefit's own code, its packages left to node_modules. `next build` runs it (next.config.js);
// the CLI (bin/rolefit.mjs) and the worker pools (lib/workers/entry.ts) run it when a bundle they need is missing or
// older than its sources, so the dev server, Vitest and the scripts always start workers from the current code.
//
//   node scripts/build-bundles.mjs [NAME...]     builds those bundles (all by default) when out of date
//   node scripts/build-bundles.mjs --force       builds them whatever their state
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLES, HEADER_PREFIX, bundlePath, bundlesToBuild } from '../lib/workers/bundles.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Inputs of every bundle besides the modules it holds: how it is built. */
const RECIPE = ['scripts/build-bundles.mjs', 'lib/workers/bundles.mjs', 'tsconfig.json'];

/**
 * Builds `names` into dist/, each bundle written whole under a temporary name and renamed into place, so a process
 * starting a worker, or building the same bundle at the same time, never reads half a file. Each starts with a
 * header (lib/workers/bundles.mjs) naming its inputs and when this build started: a file saved during the build is
 * newer than that, so the next check builds again.
 * @param {readonly import('../lib/workers/bundles.mjs').BundleName[]} names
 * @returns {Promise<{ name: string, bytes: number, inputs: number }[]>}
 */
export async function buildBundles(names, root = ROOT) {
  if (names.length === 0) return [];
  const startedAt = Date.now();
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: names.map((name) => ({ in: BUNDLES[name], out: name })),
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they do under Next (native ones, the model's runtime, pdf.js).
    packages: 'external',
    // db/ and services/ are marked server-only; outside Next that marker is the empty module, as Next's server has it.
    alias: { 'server-only': './node_modules/server-only/empty.js' },
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
  return names.map((name) => {
    const file = bundlePath(root, name);
    const out = path.relative(root, file);
    const output = result.outputFiles.find((f) => path.relative(root, f.path) === out);
    const meta = result.metafile.outputs[out];
    if (!output || !meta) throw new Error(`esbuild wrote no ${out}`);
    const inputs = [...new Set([...Object.keys(meta.inputs), ...RECIPE])].sort();
    const header = `${HEADER_PREFIX}${JSON.stringify({ startedAt, inputs })}\n`;
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, header + output.text);
    fs.renameSync(temporary, file);
    return { name, bytes: Buffer.byteLength(header + output.text), inputs: inputs.length };
  });
}

/** Builds those of `names` that are missing or out of date; the names built. */
export async function buildStaleBundles(names = Object.keys(BUNDLES), root = ROOT) {
  const stale = bundlesToBuild(root, names);
  await buildBundles(stale, root);
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const asked = args.filter((arg) => arg !== '--force');
  const unknown = asked.filter((name) => !(name in BUNDLES));
  if (unknown.length) {
    console.error(
      `Unknown bundle ${unknown.join(', ')}; the bundles are ${Object.keys(BUNDLES).join(', ')}.`,
    );
    process.exit(2);
  }
  const names = asked.length ? asked : Object.keys(BUNDLES);
  const started = Date.now();
  try {
    const built = await buildBundles(force ? names : bundlesToBuild(ROOT, names));
    for (const { name, bytes, inputs } of built)
      console.error(`rolefit: built dist/${name}.mjs (${Math.round(bytes / 1024)} KB from ${inputs} files)`);
    if (built.length) console.error(`rolefit: bundles built in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(
      `rolefit: could not build ${names.join(', ')}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  }
}
