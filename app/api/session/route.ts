import { z } from 'zod';
import { isSameOrigin, originHeaders } from '@/lib/auth/origin';
import { safeNextPath } from '@/lib/auth/cookie';
import { clientKey, takeToken } from '@/lib/http/rate-limit';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { ensureDemoRecruiter, verifyCredentials } from '@/services/auth';
import { startSession } from '@/services/session';

export const dynamic = 'force-dynamic';

const LOGIN_LIMIT = { limit: 10, windowMs: 15 * 60 * 1000 };
const CredentialsSchema = z.object({
  email: z.string().max(320),
  password: z.string().max(1024),
  next: z.string().max(2048).optional(),
});

/**
 * Signs a recruiter in: JSON `{"email", "password"}` answers 200 or 401 in JSON; the login form without JavaScript
 * posts form data and is redirected. At most 10 attempts per client and email in 15 minutes, then 429 with Retry-After.
 */
export async function POST(request: Request) {
  const isForm = !(request.headers.get('content-type') ?? '').includes('application/json');
  // Login CSRF: a foreign page must not sign a victim's browser into an account of its choosing.
  if (!isSameOrigin(originHeaders(request.headers)))
    return jsonError('Cross-site sign-in refused: sign in from the Rolefit login page.', 403);

  let input: z.infer<typeof CredentialsSchema>;
  try {
    const raw = isForm ? Object.fromEntries(await request.formData()) : await request.json();
    input = CredentialsSchema.parse(raw);
  } catch {
    return jsonError('Send {"email": "...", "password": "..."} as JSON.', 400);
  }
  const next = safeNextPath(input.next);
  const back = (error: string) =>
    new Response(null, {
      status: 303,
      headers: { location: `/login?error=${error}&next=${encodeURIComponent(next)}` },
    });

  const limited = takeToken(
    `login:${clientKey(request.headers)}:${input.email.trim().toLowerCase()}`,
    LOGIN_LIMIT,
  );
  if (!limited.ok) {
    if (isForm) return back('rate');
    const res = jsonError(
      `Too many sign-in attempts. Try again in ${Math.ceil(limited.retryAfterSeconds / 60)} minutes.`,
      429,
    );
    res.headers.set('Retry-After', String(limited.retryAfterSeconds));
    return res;
  }

  try {
    await ensureDemoRecruiter();
    const recruiter = await verifyCredentials(input.email, input.password);
    if (!recruiter) return isForm ? back('invalid') : jsonError('Wrong email or password.', 401);
    await startSession(recruiter.id);
    if (isForm) return new Response(null, { status: 303, headers: { location: next } });
    return Response.json({ recruiter: { id: recruiter.id, email: recruiter.email }, next });
  } catch (err) {
    return errorResponse(err);
  }
}
