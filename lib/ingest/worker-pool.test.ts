import { afterEach, describe, expect, it } from 'vitest';
import { IngestError } from './errors';
import { IngestWorkerPool, type PoolOptions } from './worker-pool';

// A stand-in reader that obeys the file's text: "spin" never finishes, "busy:<ms>" works that long, anything else is
// read at once. It speaks the real worker's protocol, so the pool's deadlines and turns are tested on their own.
const FAKE_READER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ bytes }) => {
  const text = new TextDecoder().decode(bytes);
  if (text === 'spin') for (;;);
  const busy = /^busy:(\\d+)$/.exec(text);
  if (busy) for (const until = Date.now() + Number(busy[1]); Date.now() < until; );
  parentPort.postMessage({ type: 'done', doc: { kind: 'text', text, warnings: [] } });
});
parentPort.postMessage({ type: 'ready' });
`;

const pools: IngestWorkerPool[] = [];

function fakePool(options: Partial<PoolOptions>): IngestWorkerPool {
  const pool = new IngestWorkerPool({
    size: 1,
    memoryMb: 64,
    timeoutMs: 60_000,
    turnMs: 60_000,
    entry: new URL(`data:text/javascript,${encodeURIComponent(FAKE_READER)}`),
    ...options,
  });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

/** Reads `text` as a file of `client`, and notes in `log` how it ended, in the order things end. */
function read(
  pool: IngestWorkerPool,
  log: string[],
  client: string,
  text: string,
  name = text,
): Promise<void> {
  return pool.run({ bytes: new TextEncoder().encode(text) }, { client }).then(
    (doc) => void log.push(`${name} read: ${doc.text}`),
    (error: unknown) =>
      void log.push(`${name} stopped: ${error instanceof IngestError ? error.message : String(error)}`),
  );
}

describe('IngestWorkerPool', () => {
  it('refuses a file at once, with a sentence, when too many files wait for a reader', async () => {
    const pool = fakePool({ timeoutMs: 1_000, maxWaiting: 2 });
    const log: string[] = [];
    // Sent in one go, before the reader has started: both wait, and a third finds the queue full.
    const first = read(pool, log, 'a', 'spin');
    const second = read(pool, log, 'b', 'waits');
    const error = await pool.run({ bytes: new TextEncoder().encode('third') }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'busy', status: 503 });
    expect((error as IngestError).message).toBe(
      'Rolefit is reading many files right now. Upload this one again in a minute.',
    );
    await Promise.all([first, second]);
    expect(log).toContain('waits read: waits');
  });

  it('stops a file still being read at its deadline with a sentence, and reads the next file', async () => {
    const pool = fakePool({ timeoutMs: 300 });
    const error = await pool.run({ bytes: new TextEncoder().encode('spin') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).toMatchObject({ code: 'timeout', status: 422 });
    expect((error as IngestError).message).toBe(
      'The file took too long to read. Re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
    );
    const next = await pool.run({ bytes: new TextEncoder().encode('Ana Ruiz, data engineer') });
    expect(next.text).toBe('Ana Ruiz, data engineer');
  });

  it('lets clients take turns: a client with many files waiting does not go before one with a single file', async () => {
    const pool = fakePool({});
    const log: string[] = [];
    await Promise.all([
      read(pool, log, 'a', 'a1'),
      read(pool, log, 'a', 'a2'),
      read(pool, log, 'a', 'a3'),
      read(pool, log, 'b', 'b1'),
    ]);
    expect(log).toEqual(['a1 read: a1', 'b1 read: b1', 'a2 read: a2', 'a3 read: a3']);
  });

  it("stops one client's file that has had its turn as soon as another client's file waits", async () => {
    // Only the turn can end the spinning files here: their deadline is a minute away.
    const pool = fakePool({ turnMs: 200 });
    const log: string[] = [];
    for (const name of ['spin1', 'spin2', 'spin3']) void read(pool, log, 'hostile', 'spin', name);
    await read(pool, log, 'honest', 'Ana Ruiz, data engineer', 'honest');
    // The other spinning files are still waiting or being read: the honest file did not wait for them.
    expect(log).toEqual([
      'spin1 stopped: The file took too long to read while other files were waiting. Upload it again in a minute; if it fails again, re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
      'honest read: Ana Ruiz, data engineer',
    ]);
  });

  it("does not stop a client's slow file for that client's own waiting files", async () => {
    const pool = fakePool({ turnMs: 50 });
    const log: string[] = [];
    await Promise.all([read(pool, log, 'cli', 'busy:500', 'slow'), read(pool, log, 'cli', 'quick')]);
    expect(log).toEqual(['slow read: busy:500', 'quick read: quick']);
  });
});
