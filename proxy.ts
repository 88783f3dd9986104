import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/cookie';
import { refusePageRequest } from './lib/http/page-guard';

/**
 * Runs before every page (not /api, whose route handlers check their own requests): refuses with a sentence what Next
 * would answer with a bare 500 (lib/http/page-guard.ts), then sends recruiter pages opened without a session cookie
 * to /login. The redirect is only a shortcut: every page, action and API route checks the session itself
 * (services/session.ts), since a cookie that is present may still be invalid.
 */
export async function proxy(request: NextRequest) {
  const refused = await refusePageRequest(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  const recruiterPage = pathname === '/recruiter' || pathname.startsWith('/recruiter/');
  if (!recruiterPage || request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', `${pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

// Route handlers under /api are left out: a proxy makes Next buffer the request body before the handler runs, and
// those handlers cap their bodies while streaming (lib/http/body.ts), uploads included.
export const config = { matcher: ['/((?!api/|_next/static/|_next/image).*)'] };
