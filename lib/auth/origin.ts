export interface OriginHeaders {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
}

/**
 * CSRF check for cookie-authenticated mutations, the same rule Next applies to server actions: a browser always
 * sends Origin on a cross-site POST or DELETE, so a present Origin must name this app's own host. No Origin means
 * a script or curl, which cannot carry a victim's cookies.
 */
export function isSameOrigin({ origin, host, forwardedHost }: OriginHeaders): boolean {
  if (origin === null) return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (sandboxed frames, privacy redirects) or garbage
  }
  if (!originHost) return false;
  const forwarded = forwardedHost?.split(',')[0]?.trim();
  return (!!forwarded && originHost === forwarded) || (!!host && originHost === host);
}

export function originHeaders(headers: Headers): OriginHeaders {
  return {
    origin: headers.get('origin'),
    host: headers.get('host'),
    forwardedHost: headers.get('x-forwarded-host'),
  };
}
