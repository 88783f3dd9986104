import { describe, expect, it } from 'vitest';
import { readFormBody, readJsonBody, type ParsedBodyLimit } from './body';
import { UserError } from './errors';

const LIMIT: ParsedBodyLimit = {
  maxBytes: 16 * 1024,
  tooLarge: 'The request is larger than 16 KB. Send only the fields.',
  malformed: 'Send a JSON body like {"email": "..."}.',
};

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://rolefit.test/api/session', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
}

/** A body that never ends, counting what the reader pulled from it. */
function endlessBody(chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

async function refusal(reading: Promise<unknown>): Promise<UserError> {
  const error = await reading.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('readJsonBody', () => {
  it('parses a JSON body, with or without a byte order mark', async () => {
    expect(await readJsonBody(post('{"email":"ana@example.com"}'), LIMIT)).toEqual({
      email: 'ana@example.com',
    });
    expect(await readJsonBody(post('\ufeff[1,"été"]'), LIMIT)).toEqual([1, 'été']);
  });

  it('takes a body of exactly the cap and refuses one byte more', async () => {
    const exactly = `"${'a'.repeat(LIMIT.maxBytes - 2)}"`;
    expect(await readJsonBody(post(exactly), LIMIT)).toHaveLength(LIMIT.maxBytes - 2);
    const over = await refusal(readJsonBody(post(`${exactly} `), LIMIT));
    expect({ status: over.status, message: over.message }).toEqual({ status: 413, message: LIMIT.tooLarge });
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { stream, pulled } = endlessBody(64 * 1024);
    const error = await refusal(
      readJsonBody(post(stream, { 'content-length': String(200 * 1024 * 1024) }), LIMIT),
    );
    expect(error.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024 * 2); // at most what the stream buffered ahead on its own
  });

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const chunk = 4 * 1024;
    const { stream, pulled } = endlessBody(chunk);
    const error = await refusal(readJsonBody(post(stream), LIMIT));
    expect(error.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(LIMIT.maxBytes + 3 * chunk);
  });

  it('says what to send when the body is not JSON', async () => {
    for (const body of ['', 'email=ana', '{"email":', '\u0000'])
      expect(await refusal(readJsonBody(post(body), LIMIT))).toMatchObject({
        status: 400,
        message: LIMIT.malformed,
      });
  });
});

describe('readFormBody', () => {
  it('reads urlencoded and multipart forms', async () => {
    const urlencoded = await readFormBody(
      post('email=ana%40example.com&password=x', { 'content-type': 'application/x-www-form-urlencoded' }),
      LIMIT,
    );
    expect(Object.fromEntries(urlencoded)).toEqual({ email: 'ana@example.com', password: 'x' });
    const form = new FormData();
    form.set('email', 'ana@example.com');
    const multipart = await readFormBody(
      new Request('http://rolefit.test/api/session', { method: 'POST', body: form }),
      LIMIT,
    );
    expect(multipart.get('email')).toBe('ana@example.com');
  });

  it('refuses a form over the cap with 413, and a body that is not a form with 400', async () => {
    const big = post(`email=${'a'.repeat(LIMIT.maxBytes)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect((await refusal(readFormBody(big, LIMIT))).status).toBe(413);
    const json = post('{"email":"ana@example.com"}', { 'content-type': 'text/plain' });
    expect(await refusal(readFormBody(json, LIMIT))).toMatchObject({ status: 400, message: LIMIT.malformed });
  });
});
