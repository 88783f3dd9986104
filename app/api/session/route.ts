import { z } from 'zod';
import { safeNextPath } from '@/lib/auth/cookie';
import { clientAddress } from '@/lib/http/rate-limit';
import { jsonError, tooManyRequests } from '@/lib/http/respond';
import { hasNul, nulInField } from '@/lib/http/text-fields';
import { route } from '@/services/http';
import { signIn } from '@/services/sign-in';

export const dynamic = 'force-dynamic';

const SEND_CREDENTIALS = 'Send {"email": "...", "password": "..."} as JSON.';
// Far more than an email, a password and a return path take; a longer body is refused before it is parsed.
const SIGN_IN_BODY_LIMIT = {
  maxBytes: 16 * 1024,
  tooLarge: 'The sign-in request is larger than 16 KB. Send only {"email": "...", "password": "..."}.',
  malformed: SEND_CREDENTIALS,
};
const CredentialsSchema = z.object(
  {
    email: z
      .string(SEND_CREDENTIALS)
      .max(320, SEND_CREDENTIALS)
      .refine((email) => !hasNul(email), nulInField('email')),
    password: z.string(SEND_CREDENTIALS).max(1024, SEND_CREDENTIALS),
    next: z.string(SEND_CREDENTIALS).max(2048, SEND_CREDENTIALS).optional(),
  },
  SEND_CREDENTIALS,
);

/**
 * Signs a recruiter in: JSON `{"email", "password"}` answers 200 or 401 in JSON; the login form without JavaScript
 * posts form data and is redirected. Too many wrong passwords get 429 with Retry-After (services/sign-in.ts has the
 * limits; a browser that signed in before is never locked out by others' guesses).
 */
export const POST = route(
  {
    auth: 'public',
    // Login CSRF: a foreign page must not sign a victim's browser into an account of its choosing.
    sameOriginOnly: 'Cross-site sign-in refused: sign in from the Rolefit login page.',
    body: SIGN_IN_BODY_LIMIT,
    // Sign-in needs the accounts alone, not the demo jobs start-up prepares.
    ready: false,
  },
  async ({ request, json, form }) => {
    const isForm = !(request.headers.get('content-type') ?? '').includes('application/json');
    const raw: unknown = isForm ? Object.fromEntries(await form()) : await json();
    const parsed = CredentialsSchema.safeParse(raw);
    if (!parsed.success) return jsonError(parsed.error.issues[0]?.message ?? SEND_CREDENTIALS, 400);
    const input = parsed.data;
    const next = safeNextPath(input.next);
    const back = (error: string) =>
      new Response(null, {
        status: 303,
        headers: { location: `/login?error=${error}&next=${encodeURIComponent(next)}` },
      });

    const outcome = await signIn({
      email: input.email,
      password: input.password,
      client: clientAddress(request.headers),
    });
    if (!outcome.ok && outcome.reason === 'rate') {
      if (isForm) return back('rate');
      return tooManyRequests(
        `Too many sign-in attempts. Try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} minutes.`,
        outcome.retryAfterSeconds,
      );
    }
    if (!outcome.ok) return isForm ? back('invalid') : jsonError('Wrong email or password.', 401);
    const { recruiter } = outcome;
    if (isForm) return new Response(null, { status: 303, headers: { location: next } });
    return Response.json({ recruiter: { id: recruiter.id, email: recruiter.email }, next });
  },
);
