import { describe, expect, it } from 'vitest';
import nextConfig from '../../next.config.js';
import { ACTION_BODY_MAX_BYTES, refusePageRequest } from './page-guard';

const ORIGIN = 'http://rolefit.test';

function pageRequest(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {},
): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: { host: 'rolefit.test', ...init.headers },
    body: init.body,
    duplex: 'half',
  } as RequestInit);
}

const actionPost = (headers: Record<string, string>, body: BodyInit = '[]') =>
  pageRequest('/recruiter/jobs', {
    method: 'POST',
    headers: { 'next-action': 'a'.repeat(42), 'content-type': 'text/plain;charset=UTF-8', ...headers },
    body,
  });

async function answer(
  request: Request,
): Promise<{ status: number; type: string | null; text: string } | null> {
  const refused = await refusePageRequest(request);
  if (!refused) return null;
  return { status: refused.status, type: refused.headers.get('content-type'), text: await refused.text() };
}

describe('refusePageRequest', () => {
  it('lets page views and same-origin actions through', async () => {
    expect(await answer(pageRequest('/recruiter/jobs?q=data%20engineer'))).toBeNull();
    expect(
      await answer(pageRequest('/candidate', { headers: { origin: 'https://evil.example' } })),
    ).toBeNull();
    expect(await answer(actionPost({ origin: ORIGIN }))).toBeNull();
    expect(await answer(actionPost({}))).toBeNull(); // no Origin: a script, which carries no one's cookies
  });

  it('refuses a NUL anywhere in the address with 400 and a sentence', async () => {
    for (const path of ['/recruiter/jobs/%00', '/recruiter/jobs/abc?q=%00', '/candidate/r/x%00y/jobs/z'])
      expect(await answer(pageRequest(path)), path).toEqual({
        status: 400,
        type: 'text/plain',
        text: 'This address holds a NUL character (%00), which no Rolefit page takes. Check the link and open it again.',
      });
  });

  it('refuses an action from another origin with 403 and a sentence, as text/plain', async () => {
    for (const origin of ['https://evil.example', 'null', 'http://rolefit.test.evil.example'])
      expect(await answer(actionPost({ origin })), origin).toEqual({
        status: 403,
        type: 'text/plain',
        text: 'This form was sent from another site, so it was refused. Open Rolefit itself and send the form from there.',
      });
    const form = pageRequest('/candidate', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'multipart/form-data; boundary=x' },
      body: '--x--\r\n',
    });
    expect((await answer(form))?.status).toBe(403); // a form posted without JavaScript carries no Next-Action
  });

  it('refuses an action body over the limit with 413, declared or counted as it streams', async () => {
    const declared = actionPost({ origin: ORIGIN, 'content-length': String(ACTION_BODY_MAX_BYTES + 1) });
    expect(await answer(declared)).toMatchObject({ status: 413, type: 'text/plain' });
    expect((await answer(declared))?.text).toMatch(/more than 1 MB.*Shorten what you pasted/);

    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
    expect((await answer(actionPost({ origin: ORIGIN }, endless)))?.status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(ACTION_BODY_MAX_BYTES + 3 * 64 * 1024);

    const atLimit = new Uint8Array(ACTION_BODY_MAX_BYTES).fill(0x61);
    expect(await answer(actionPost({ origin: ORIGIN }, atLimit))).toBeNull();
  });

  it('matches the body limits next.config.js gives Next', () => {
    const experimental = nextConfig.experimental!;
    expect(experimental.serverActions?.bodySizeLimit).toBe(ACTION_BODY_MAX_BYTES);
    expect(Number(experimental.proxyClientMaxBodySize)).toBeGreaterThan(ACTION_BODY_MAX_BYTES);
  });
});
