import { describe, expect, it } from 'vitest';
import { fuzzInputs, loadFuzzFixtures } from '../../test-support/fuzz-inputs';
import { IngestError, ingestDocument } from './index';

const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const COUNT = Number(process.env.FUZZ_COUNT ?? 1200);
const PARSE_TIMEOUT_MS = 5_000;
// Worst case: waiting for a busy worker (one parse timeout) plus its own parse timeout, plus a worker restart.
const DEADLINE_MS = 3 * PARSE_TIMEOUT_MS;
const IN_FLIGHT = 4;

type Outcome =
  { kind: 'read' } | { kind: 'refused'; code: string; status: number } | { kind: 'other'; detail: string };

async function outcome(bytes: Uint8Array, filename: string): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Outcome>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'other', detail: `no answer within ${DEADLINE_MS} ms` }),
      DEADLINE_MS,
    );
  });
  const result = ingestDocument(bytes, { filename, timeoutMs: PARSE_TIMEOUT_MS }).then(
    (): Outcome => ({ kind: 'read' }),
    (error: unknown): Outcome =>
      error instanceof IngestError
        ? { kind: 'refused', code: error.code, status: error.status }
        : {
            kind: 'other',
            detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
          },
  );
  try {
    return await Promise.race([result, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('ingestDocument under fuzzing', () => {
  it(`reads or refuses with an IngestError each of ${COUNT} malformed inputs (seed ${SEED}), never hanging`, async () => {
    const inputs = fuzzInputs(SEED, COUNT, loadFuzzFixtures());
    const outcomes: Outcome[] = new Array(inputs.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let i = next++; i < inputs.length; i = next++)
          outcomes[i] = await outcome(inputs[i]!.bytes, inputs[i]!.filename);
      }),
    );

    const unexpected = outcomes.flatMap((o, i) =>
      o.kind === 'other' ? [`#${i} ${inputs[i]!.family}: ${o.detail}`] : [],
    );
    expect(unexpected).toEqual([]);
    for (const [i, o] of outcomes.entries()) {
      if (o.kind === 'refused') expect(o.status, `#${i} ${inputs[i]!.family}`).toBeGreaterThanOrEqual(400);
      if (o.kind === 'refused') expect(o.status, `#${i} ${inputs[i]!.family}`).toBeLessThan(500);
      if (inputs[i]!.family === 'huge-text-over-cap')
        expect(o, `#${i}`).toEqual({ kind: 'refused', code: 'too_much_text', status: 422 });
      // Characters that cannot exist become U+FFFD: the rest of the file is still a resume.
      if (inputs[i]!.family === 'entity-docx') expect(o, `#${i}`).toEqual({ kind: 'read' });
      if (/^wrong-type-(?!pdf|zip).*(?<!-on-fixture)$/.test(inputs[i]!.family))
        expect(o.kind, `#${i} ${inputs[i]!.family}`).toBe('refused');
    }

    const tally = new Map<string, number>();
    for (const [i, o] of outcomes.entries()) {
      const key = `${inputs[i]!.family.replace(/^(wrong-type|other-zip)-.*/, '$1')}: ${o.kind === 'refused' ? o.code : o.kind}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    console.log(
      [...tally]
        .sort()
        .map(([k, n]) => `${k}: ${n}`)
        .join('\n'),
    );
  }, 600_000);
});
