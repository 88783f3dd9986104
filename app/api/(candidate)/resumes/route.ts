import { isSameOrigin, originHeaders } from '@/lib/auth/origin';
import { UserError } from '@/lib/http/errors';
import { readUploadedFile } from '@/lib/http/multipart';
import { clientAddress, clientKey, uploadRateLimit } from '@/lib/http/rate-limit';
import { sharedRateLimiter } from '@/services/rate-limits';
import { errorResponse, jsonError, tooManyRequests } from '@/lib/http/respond';
import { MAX_UPLOAD_BYTES } from '@/lib/ingest';
import { acceptResume, uploadVisibility } from '@/services/resumes';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  // Refused before a byte of the body is read: cross-site form posts, then clients over their upload rate.
  if (!isSameOrigin(originHeaders(request.headers))) {
    return jsonError(
      'Uploads must come from Rolefit’s own pages or from a script, not from another site.',
      403,
    );
  }
  const limited = await (
    await sharedRateLimiter('upload', uploadRateLimit())
  ).take(clientKey(request.headers));
  if (!limited.ok) {
    return tooManyRequests(
      `Too many uploads from here. Wait ${limited.retryAfterSeconds} seconds, then upload again.`,
      limited.retryAfterSeconds,
    );
  }
  try {
    const file = await readUploadedFile(request, {
      maxFileBytes: MAX_UPLOAD_BYTES,
      field: 'file',
      textFields: ['visibility'],
    });
    const visibility = uploadVisibility(file.fields.visibility);
    await ensureReady();
    // A client a trusted proxy names takes one turn at the file readers for all its uploads; unnamed, each upload
    // takes its own.
    const client = clientAddress(request.headers);
    return Response.json(
      await acceptResume(file.bytes, file.name, {
        visibility,
        ...(client ? { client: `client:${client}` } : {}),
      }),
      { status: 202 },
    );
  } catch (err) {
    // An unread remainder of a refused body is not drained: the connection closes with the answer.
    if (err instanceof UserError && err.status === 413) {
      return Response.json({ error: err.message }, { status: 413, headers: { Connection: 'close' } });
    }
    return errorResponse(err);
  }
}
