import http from 'node:http';

export interface RawAnswer {
  status: number;
  body: string;
  /** Bytes of the body sent after `head`. */
  sentBytes: number;
}

/**
 * Starts a POST with Node's http client (Playwright's request API sends whole bodies): writes `head`, then
 * `sendBytes` more, and leaves the body open, so the answer can only come from a server that refuses a body before
 * reading all of it. `declaredBytes` (after `head`) goes in Content-Length; without it the body is chunked. The
 * byte that takes the body past a cap goes alone in the last write, after every earlier byte has reached the socket,
 * so the client never writes to a connection the server has closed (which would fail with EPIPE and lose the answer).
 */
export function openPost(
  baseURL: string,
  path: string,
  opts: { headers: Record<string, string>; declaredBytes?: number; sendBytes: number; head?: Buffer },
): Promise<RawAnswer> {
  const chunkBytes = 64 * 1024;
  const chunk = Buffer.alloc(chunkBytes, 'a');
  const head = opts.head ?? Buffer.alloc(0);
  const headers = { ...opts.headers };
  if (opts.declaredBytes !== undefined) headers['content-length'] = String(head.length + opts.declaredBytes);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(new URL(path, baseURL), { method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('error', () => undefined); // the server closes the connection after answering
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentBytes: sent });
      });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    if (head.length) req.write(head);
    else req.flushHeaders();
    const write = (bytes: number): boolean => {
      sent += bytes;
      return req.write(chunk.subarray(0, bytes));
    };
    const pump = (): void => {
      while (!answered && sent < opts.sendBytes - 1) {
        if (!write(Math.min(chunkBytes, opts.sendBytes - 1 - sent))) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered && sent === opts.sendBytes - 1) write(1);
    };
    if (opts.sendBytes > 0) pump();
  });
}
