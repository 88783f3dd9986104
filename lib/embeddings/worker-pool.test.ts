import { afterEach, describe, expect, it } from 'vitest';
import type { RuntimeOptions } from './runtime';
import { EmbedWorkerPool } from './worker-pool';

// Stand-in model workers speaking the real protocol: one answers each text with its length, one never gets ready.
const FAKE_MODEL = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, texts }) => {
  parentPort.postMessage({ type: 'done', id, data: Float32Array.from(texts.map((t) => t.length)) });
});
parentPort.postMessage({ type: 'ready' });
`;
const NEVER_READY = `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => {});`;
const entry = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);
const options = {} as RuntimeOptions;

const pools: EmbedWorkerPool[] = [];
function fakePool(source: string, maxQueued?: number): EmbedWorkerPool {
  const pool = new EmbedWorkerPool(1, options, entry(source), maxQueued);
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('EmbedWorkerPool', () => {
  it('answers through its worker, and once closed starts no worker again', async () => {
    const pool = fakePool(FAKE_MODEL);
    expect(Array.from(await pool.embed(['abc', 'de']))).toEqual([3, 2]);
    expect(pool.threadIds()).toHaveLength(1);
    await pool.close();
    await expect(pool.embed(['x'])).rejects.toThrow('The embedding workers were closed.');
    await expect(pool.warmUp()).rejects.toThrow('The embedding workers were closed.');
    expect(pool.threadIds()).toEqual([]);
  });

  it('fails what waits when closed, and refuses work past its queue limit', async () => {
    const pool = fakePool(NEVER_READY, 2);
    const waiting = [pool.embed(['a']), pool.embed(['b'])].map((r) => r.catch((e: Error) => e.message));
    await expect(pool.embed(['c'])).rejects.toThrow('requests waiting');
    await pool.close();
    expect(await Promise.all(waiting)).toEqual([
      'The embedding workers were closed.',
      'The embedding workers were closed.',
    ]);
  });
});
