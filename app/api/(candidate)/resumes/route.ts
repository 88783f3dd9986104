import { loadConfig } from '@/lib/config';
import { clientAddress, clientKey } from '@/lib/http/rate-limit';
import { tooManyRequests } from '@/lib/http/respond';
import { MAX_UPLOAD_BYTES } from '@/lib/ingest';
import { route } from '@/services/http';
import { sharedRateLimiter } from '@/services/rate-limits';
import { acceptResume, uploadVisibility } from '@/services/resumes';

export const dynamic = 'force-dynamic';

// Refused before a byte of the body is read: cross-site form posts, then clients over their upload rate.
export const POST = route(
  {
    auth: 'public',
    sameOriginOnly: 'Uploads must come from Rolefit’s own pages or from a script, not from another site.',
    upload: { maxFileBytes: MAX_UPLOAD_BYTES, field: 'file', textFields: ['visibility'] },
  },
  async ({ request, file: readFile }) => {
    const limited = await (
      await sharedRateLimiter('upload', loadConfig().uploadRateLimit)
    ).take(clientKey(request.headers));
    if (!limited.ok) {
      return tooManyRequests(
        `Too many uploads from here. Wait ${limited.retryAfterSeconds} seconds, then upload again.`,
        limited.retryAfterSeconds,
      );
    }
    const file = await readFile();
    const visibility = uploadVisibility(file.fields.visibility);
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
  },
);
