import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/auth/cookie';

/**
 * A fast redirect to /login for recruiter pages opened without a session cookie. Only a shortcut: every page, action
 * and API route checks the session itself (services/session.ts), since a cookie that is present may still be invalid.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(SESSION_COOKIE)) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/recruiter/:path*'] };
