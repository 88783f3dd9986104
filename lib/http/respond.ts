import { IngestError } from '../ingest';
import { UserError } from './errors';

export function jsonError(message: string, status: number): Response {
  return Response.json({ error: message }, { status });
}

/** A CSV download: an attachment named `filename` (any characters, UTF-8 in filename*), never cached. */
export function csvAttachment(filename: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'no-store',
    },
  });
}

/** 429 with Retry-After, for a client over its rate limit. */
export function tooManyRequests(message: string, retryAfterSeconds: number): Response {
  return Response.json(
    { error: message },
    { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
  );
}

/** Maps thrown errors to JSON: user errors keep their message and status, anything else is a logged 500. */
export function errorResponse(err: unknown): Response {
  if (err instanceof IngestError || err instanceof UserError) {
    const res = jsonError(err.message, err.status);
    // A refused body may be partly unread: the connection closes with the answer rather than read the rest.
    if (err.status === 413) res.headers.set('Connection', 'close');
    return res;
  }
  console.error(err);
  return jsonError(
    'Something went wrong on our side. Try again in a moment; if it keeps happening, check the server log.',
    500,
  );
}
