const LOOPBACK = /^(localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The host without its port, lower-cased; IPv6 keeps its brackets. */
export function hostname(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.split(':')[0] ?? h;
}

/**
 * Whether the session cookie gets the Secure flag: always over https, and in production unless the app is reached
 * on a loopback address (a local `npm start`, the e2e suite), where the browser would drop a Secure cookie sent over http.
 */
export function needsSecureCookie(opts: {
  protocol: string | null;
  host: string | null;
  nodeEnv: string | undefined;
}): boolean {
  if (opts.protocol?.replace(/:$/, '') === 'https') return true;
  if (opts.nodeEnv !== 'production') return false;
  return !opts.host || !LOOPBACK.test(hostname(opts.host));
}

/** A `next` target after sign-in: only a path on this site, never another origin (`//evil`, `/\evil`). */
export function safeNextPath(next: string | null | undefined, fallback = '/recruiter/jobs'): string {
  if (
    !next ||
    !next.startsWith('/') ||
    next.startsWith('//') ||
    next.startsWith('/\\') ||
    /[\r\n\t]/.test(next)
  )
    return fallback;
  return next;
}

/** Name of the sealed session cookie (iron-session); the proxy only checks that it is there. */
export const SESSION_COOKIE = 'rolefit_session';

/** Name of the sealed cookie that marks a browser which signed in to an account before (see services/session.ts). */
export const DEVICE_COOKIE = 'rolefit_device';
