import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundlePath, bundlesToBuild, projectRoot, readHeader } from '../lib/workers/bundles.mjs';
import { workerEntry } from '../lib/workers/entry';
import { buildBundles } from './build-bundles.mjs';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** A project of its own: the embedding worker's entry importing a helper, and the files that say how it is built. */
function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-bundles-'));
  roots.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write(
    'lib/embeddings/embed-worker.ts',
    "import { twice } from './helper';\nexport const answer: number = twice(21);\n",
  );
  write('lib/embeddings/helper.ts', 'export const twice = (n: number): number => n * 2;\n');
  write('tsconfig.json', '{}');
  // The real recipe, and the packages (esbuild) it builds with.
  for (const file of ['lib/workers/bundles.mjs', 'scripts/build-bundles.mjs'])
    write(file, fs.readFileSync(file, 'utf8'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  return root;
}

/** Sets a file's modification time `ms` from now. */
function touch(file: string, ms: number): void {
  const at = new Date(Date.now() + ms);
  fs.utimesSync(file, at, at);
}

describe('the bundles in dist/', () => {
  it('are built when missing, then runnable, and name the files they came from', async () => {
    const root = project();
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual(['embed-worker']);
    await buildBundles(['embed-worker'], root);
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual([]);
    const header = readHeader(bundlePath(root, 'embed-worker'));
    expect(header?.inputs).toEqual([
      'lib/embeddings/embed-worker.ts',
      'lib/embeddings/helper.ts',
      'lib/workers/bundles.mjs',
      'scripts/build-bundles.mjs',
      'tsconfig.json',
    ]);
    const built = (await import(pathToFileURL(bundlePath(root, 'embed-worker')).href)) as { answer: number };
    expect(built.answer).toBe(42);
    // Only the bundle is left in dist/: no temporary file from the write.
    expect(fs.readdirSync(path.join(root, 'dist'))).toEqual(['embed-worker.mjs']);
  });

  it('are out of date once a file they were built from changes or goes, and not for other files', async () => {
    const root = project();
    await buildBundles(['embed-worker'], root);
    fs.writeFileSync(path.join(root, 'lib/embeddings/unrelated.ts'), 'export {};\n');
    touch(path.join(root, 'lib/embeddings/unrelated.ts'), 60_000);
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual([]);
    touch(path.join(root, 'lib/embeddings/helper.ts'), 60_000);
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual(['embed-worker']);
    await buildBundles(['embed-worker'], root);
    // The helper's time is still ahead of this build's start: built again, it is still out of date, as a file saved
    // while a build runs must be.
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual(['embed-worker']);
    touch(path.join(root, 'lib/embeddings/helper.ts'), -60_000);
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual([]);
    fs.rmSync(path.join(root, 'tsconfig.json'));
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual(['embed-worker']);
  });

  it('count a bundle without its header line as missing', () => {
    const root = project();
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(bundlePath(root, 'embed-worker'), 'export const answer = 1;\n');
    expect(readHeader(bundlePath(root, 'embed-worker'))).toBeNull();
    expect(bundlesToBuild(root, ['embed-worker'])).toEqual(['embed-worker']);
  });

  it('reports what esbuild refuses, and leaves the bundle there was', async () => {
    const root = project();
    await buildBundles(['embed-worker'], root);
    const before = fs.readFileSync(bundlePath(root, 'embed-worker'), 'utf8');
    fs.writeFileSync(path.join(root, 'lib/embeddings/helper.ts'), 'export const twice = (n: number =>;\n');
    await expect(buildBundles(['embed-worker'], root)).rejects.toThrow(/helper\.ts/);
    expect(fs.readFileSync(bundlePath(root, 'embed-worker'), 'utf8')).toBe(before);
  });

  it('are found from this module, from the CLI bundle, and from the working directory', () => {
    const root = path.resolve('.');
    expect(projectRoot()).toBe(root);
    expect(projectRoot(pathToFileURL(path.join(root, 'dist', 'cli.mjs')).href)).toBe(root);
    // Inside Next's server bundle import.meta.url is not a file: URL; the server runs from the root.
    expect(projectRoot('http://localhost/chunk.js')).toBe(root);
  });

  it('are built for a worker about to start when missing or out of date, and a failed build is reported', () => {
    const root = project();
    const file = bundlePath(root, 'embed-worker');
    expect(workerEntry('embed-worker', 'The embedding worker', root)).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toContain('twice(21)');
    fs.writeFileSync(
      path.join(root, 'lib/embeddings/helper.ts'),
      'export const twice = (n: number): number => n * 3;\n',
    );
    touch(path.join(root, 'lib/embeddings/helper.ts'), 1_000);
    expect(workerEntry('embed-worker', 'The embedding worker', root)).toBe(file);
    expect(fs.readFileSync(file, 'utf8')).toContain('n * 3');

    fs.writeFileSync(path.join(root, 'lib/embeddings/helper.ts'), 'export const twice = (n: number =>;\n');
    touch(path.join(root, 'lib/embeddings/helper.ts'), 2_000);
    const errors: unknown[][] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
    try {
      expect(workerEntry('embed-worker', 'The embedding worker', root)).toBe(file);
    } finally {
      spy.mockRestore();
    }
    expect(String(errors[0]?.[0])).toMatch(/^The embedding worker could not be built: .*helper\.ts/s);
    expect(fs.readFileSync(file, 'utf8')).toContain('n * 3');
  });
});
