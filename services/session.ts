import { getIronSession, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { loadConfig } from '../lib/config';
import { SESSION_COOKIE, needsSecureCookie } from '../lib/auth/cookie';
import { isSameOrigin, originHeaders } from '../lib/auth/origin';
import { loadSessionSecret } from '../lib/auth/session-secret';
import { bearerToken, isApiToken } from '../lib/auth/tokens';
import { jsonError } from '../lib/http/respond';
import { linkTokenOpens, recruiterById, recruiterForApiToken, type RecruiterAccount } from './auth';

// The one place that knows how a request proves who it is: the session cookie (pages, server actions, the browser's
// API calls), a recruiter's API token, or a candidate's private-link token.

const SESSION_TTL_SECONDS = 7 * 24 * 60 * 60;

interface SessionData {
  recruiterId?: string;
}

let secret: string | undefined;
function sessionSecret(): string {
  if (!secret) {
    const config = loadConfig();
    secret = loadSessionSecret(config.dataDir, config.sessionSecret);
  }
  return secret;
}

async function session() {
  const [cookieStore, h] = await Promise.all([cookies(), headers()]);
  const options: SessionOptions = {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: needsSecureCookie({
        protocol: h.get('x-forwarded-proto'),
        host: h.get('x-forwarded-host') ?? h.get('host'),
        nodeEnv: process.env.NODE_ENV,
      }),
    },
  };
  return getIronSession<SessionData>(cookieStore, options);
}

/** Signs the recruiter in on this browser (route handlers and server actions only: it sets a cookie). */
export async function startSession(recruiterId: string): Promise<void> {
  const s = await session();
  s.recruiterId = recruiterId;
  await s.save();
}

export async function endSession(): Promise<void> {
  (await session()).destroy();
}

/** The signed-in recruiter, looked up once per request; a deleted account ends its sessions. */
export const currentRecruiter = cache(async (): Promise<RecruiterAccount | null> => {
  const { recruiterId } = await session();
  return recruiterId ? recruiterById(recruiterId) : null;
});

/** For recruiter pages and server actions: the signed-in recruiter, or a redirect to /login that comes back to `returnTo`. */
export async function requireRecruiter(returnTo = '/recruiter/jobs'): Promise<RecruiterAccount> {
  const recruiter = await currentRecruiter();
  if (!recruiter) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return recruiter;
}

export type RequestAuth = { recruiter: RecruiterAccount; via: 'token' | 'session' };

/**
 * The recruiter a request acts for: `Authorization: Bearer rf_...` when that header is sent (and then only it),
 * else the session cookie. Null for anonymous requests and for candidates' link tokens.
 */
export async function authenticateRequest(request: Request): Promise<RequestAuth | null> {
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer) {
    const recruiter = await recruiterForApiToken(bearer);
    return recruiter ? { recruiter, via: 'token' } : null;
  }
  const recruiter = await currentRecruiter();
  return recruiter ? { recruiter, via: 'session' } : null;
}

export const SIGN_IN_REQUIRED =
  'Sign in at /login, or send Authorization: Bearer <token> (create one at /recruiter/tokens).';
const CROSS_SITE =
  'Cross-site request refused: send it from Rolefit itself, or with Authorization: Bearer <token>.';

export type ApiAccess<T> = { ok: true; value: T } | { ok: false; response: Response };

function unauthorized(): Response {
  const res = jsonError(SIGN_IN_REQUIRED, 401);
  res.headers.set('WWW-Authenticate', 'Bearer realm="rolefit"');
  return res;
}

/** Cookie-authenticated mutations must come from this app's own pages; bearer tokens cannot be sent cross-site. */
function crossSite(request: Request, auth: RequestAuth, mutation: boolean): boolean {
  return mutation && auth.via === 'session' && !isSameOrigin(originHeaders(request.headers));
}

/** For recruiter API routes: the recruiter, or the 401 (403 for a cross-site cookie mutation) to answer with. */
export async function requireApiRecruiter(
  request: Request,
  opts: { mutation?: boolean } = {},
): Promise<ApiAccess<RecruiterAccount>> {
  const auth = await authenticateRequest(request);
  if (!auth) return { ok: false, response: unauthorized() };
  if (crossSite(request, auth, !!opts.mutation)) return { ok: false, response: jsonError(CROSS_SITE, 403) };
  return { ok: true, value: auth.recruiter };
}

export type ResumeViewer = { kind: 'candidate' } | { kind: 'recruiter'; recruiter: RecruiterAccount };

const NO_SUCH_RESUME = 'No resume here. Open your private link again, or upload the resume again.';

/** The private-link token a candidate sends: `Authorization: Bearer <token>` or `?token=`. */
function linkToken(request: Request): string | null {
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer && !isApiToken(bearer)) return bearer;
  return new URL(request.url).searchParams.get('token');
}

/**
 * For candidate API routes on one resume: its own link token opens it, and so does a signed-in recruiter or a
 * recruiter's API token. Anyone else gets the same 404 as for a resume that does not exist.
 */
export async function requireResumeAccess(
  request: Request,
  resumeId: string,
  opts: { mutation?: boolean } = {},
): Promise<ApiAccess<ResumeViewer>> {
  const token = linkToken(request);
  if (token && (await linkTokenOpens(resumeId, token))) return { ok: true, value: { kind: 'candidate' } };
  const auth = await authenticateRequest(request);
  if (!auth) return { ok: false, response: jsonError(NO_SUCH_RESUME, 404) };
  if (crossSite(request, auth, !!opts.mutation)) return { ok: false, response: jsonError(CROSS_SITE, 403) };
  return { ok: true, value: { kind: 'recruiter', recruiter: auth.recruiter } };
}
