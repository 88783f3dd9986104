import { UserError } from './errors';

/** A cap on a request body, and the sentence a client gets (with 413) when the body passes it. */
export interface BodyLimit {
  maxBytes: number;
  /** What was too large and what to send instead. */
  tooLarge: string;
}

/** A body cap for a parsed body: also the sentence (with 400) for a body that does not parse. */
export interface ParsedBodyLimit extends BodyLimit {
  malformed: string;
}

/**
 * The request body's bytes, capped while they stream in: a declared Content-Length over the cap is refused before
 * anything is read, and a chunked or lying body as soon as the bytes received pass it, so at most the cap is ever
 * buffered. Throws UserError 413 with `tooLarge`.
 */
export async function readCappedBody(
  request: Request,
  { maxBytes, tooLarge }: BodyLimit,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > maxBytes) throw new UserError(tooLarge, 413);
  const body = await readBodyWithin(request, maxBytes);
  if (body === null) throw new UserError(tooLarge, 413);
  return body;
}

/** The body as JSON, read within the cap (see readCappedBody); a body that is not JSON throws UserError 400. */
export async function readJsonBody(request: Request, limit: ParsedBodyLimit): Promise<unknown> {
  const text = new TextDecoder().decode(await readCappedBody(request, limit));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError(limit.malformed, 400);
  }
}

/**
 * The body as form data (urlencoded or multipart), read within the cap (see readCappedBody); a body that is not a
 * form throws UserError 400.
 */
export async function readFormBody(request: Request, limit: ParsedBodyLimit): Promise<FormData> {
  const body = await readCappedBody(request, limit);
  try {
    // The bytes are already bounded, so the platform's parser can have them whole.
    return await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch {
    throw new UserError(limit.malformed, 400);
  }
}

/** The whole body, or null as soon as it passes `maxBytes` (the rest is never read). */
export async function readBodyWithin(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
