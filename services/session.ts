import 'server-only';
import { getIronSession, sealData, unsealData, type SessionOptions } from 'iron-session';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { isVisibleToRecruiters } from '../db/resume-visibility';
import { loadConfig } from '../lib/config';
import { DEVICE_COOKIE, SESSION_COOKIE, needsSecureCookie } from '../lib/auth/cookie';
import { isSameOrigin, originHeaders } from '../lib/auth/origin';
import { loadSessionSecret } from '../lib/auth/session-secret';
import { bearerToken, isApiToken } from '../lib/auth/tokens';
import { jsonError } from '../lib/http/respond';
import {
  SESSION_TTL_SECONDS,
  changePassword,
  closeAllSessions,
  closeSession,
  openSession,
  recruiterForSessionId,
  type PasswordChange,
} from './account-security';
import { linkTokenOpens, recruiterForApiToken, type RecruiterAccount } from './auth';
import { newId } from './ids';

// The one place that knows how a request proves who it is: the session cookie (pages, server actions, the browser's
// API calls), a recruiter's API token, or a candidate's private-link token.

interface SessionData {
  /** Names a row in the sessions table: the cookie is only good while that row exists. */
  sid?: string;
}

let secret: string | undefined;
function sessionSecret(): string {
  if (!secret) {
    const config = loadConfig();
    secret = loadSessionSecret(config.dataDir, config.sessionSecret);
  }
  return secret;
}

async function secureCookies(): Promise<boolean> {
  const h = await headers();
  return needsSecureCookie({
    protocol: h.get('x-forwarded-proto'),
    host: h.get('x-forwarded-host') ?? h.get('host'),
    nodeEnv: loadConfig().nodeEnv,
  });
}

async function session() {
  const [cookieStore, secure] = await Promise.all([cookies(), secureCookies()]);
  const options: SessionOptions = {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: { httpOnly: true, sameSite: 'lax', path: '/', secure },
  };
  return getIronSession<SessionData>(cookieStore, options);
}

/** Signs the recruiter in on this browser (route handlers and server actions only: it sets a cookie). */
export async function startSession(recruiterId: string): Promise<void> {
  const s = await session();
  // A fresh id every time (no fixation). The browser's previous session is left to expire rather than ended: scripts
  // that share one cookie jar would otherwise sign each other out by signing in.
  s.sid = await openSession(recruiterId);
  await s.save();
}

/** Signs this browser out: its session ends on the server, so a copy of the cookie stops working too. */
export async function endSession(): Promise<void> {
  const s = await session();
  if (s.sid) await closeSession(s.sid);
  s.destroy();
}

/** Signs the recruiter out on every browser, this one included, and revokes their API tokens. */
export async function endAllSessions(recruiterId: string): Promise<void> {
  await closeAllSessions(recruiterId);
  (await session()).destroy();
}

/** Changes the signed-in recruiter's password; every other session of theirs ends and their API tokens are revoked. */
export async function changeOwnPassword(
  recruiter: RecruiterAccount,
  input: { current: string; password: string },
): Promise<PasswordChange> {
  return changePassword(recruiter, input, (await session()).sid ?? null);
}

/** The signed-in recruiter, looked up once per request: null once the session is ended or the account deleted. */
export const currentRecruiter = cache(async (): Promise<RecruiterAccount | null> => {
  const { sid } = await session();
  return sid ? recruiterForSessionId(sid) : null;
});

// A device cookie marks a browser that has signed in to an account before (OWASP's "device cookies"): its sign-ins
// are limited by its own failures only, so strangers guessing the password cannot lock it out. Sent only to the
// sign-in endpoint.
const DEVICE_TTL_SECONDS = 180 * 24 * 60 * 60;
const DEVICE_PATH = '/api/session';

interface DeviceData {
  email: string;
  device: string;
}

/** This browser's device id when its device cookie was issued for `email` by an earlier sign-in, else null. */
export async function knownDevice(email: string): Promise<string | null> {
  const sealed = (await cookies()).get(DEVICE_COOKIE)?.value;
  if (!sealed) return null;
  const data = await unsealData<Partial<DeviceData>>(sealed, {
    password: sessionSecret(),
    ttl: DEVICE_TTL_SECONDS,
  }).catch(() => ({}) as Partial<DeviceData>);
  return data.email === email.trim().toLowerCase() && typeof data.device === 'string' ? data.device : null;
}

/** Remembers this browser as one that signed in to `email` (after a right password only). */
export async function rememberDevice(email: string, device: string | null): Promise<void> {
  const data: DeviceData = { email: email.trim().toLowerCase(), device: device ?? newId() };
  const sealed = await sealData(data, { password: sessionSecret(), ttl: DEVICE_TTL_SECONDS });
  (await cookies()).set(DEVICE_COOKIE, sealed, {
    httpOnly: true,
    sameSite: 'strict',
    path: DEVICE_PATH,
    maxAge: DEVICE_TTL_SECONDS,
    secure: await secureCookies(),
  });
}

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

export const NO_SUCH_RESUME = 'No resume here. Open your private link again, or upload the resume again.';

/** The private-link token a candidate sends: `Authorization: Bearer <token>` or `?token=`. */
function linkToken(request: Request): string | null {
  const bearer = bearerToken(request.headers.get('authorization'));
  if (bearer && !isApiToken(bearer)) return bearer;
  return new URL(request.url).searchParams.get('token');
}

/**
 * For candidate API routes on one resume: its own link token opens it, and so does a signed-in recruiter or a
 * recruiter's API token unless the candidate keeps it private. Anyone else gets the same 404 as for a resume that
 * does not exist.
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
  if (!(await isVisibleToRecruiters(resumeId)))
    return { ok: false, response: jsonError(NO_SUCH_RESUME, 404) };
  return { ok: true, value: { kind: 'recruiter', recruiter: auth.recruiter } };
}
