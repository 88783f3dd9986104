import { isSameOrigin, originHeaders } from '../auth/origin';
import { readBodyWithin } from './body';
import { urlHoldsNul } from './text-fields';

/**
 * The most a server action's body may hold; next.config.js sets serverActions.bodySizeLimit to the same (a test
 * keeps them equal). The longest form is a job posting: 50,000 characters, at most 200 KB as UTF-8.
 */
export const ACTION_BODY_MAX_BYTES = 1024 * 1024;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What a request for a page (not /api) is refused with before Next handles it, or null to let it through. Pages take
 * GETs and server-action POSTs only. Next refuses an action from a foreign origin, or one whose body is over its
 * limit, by throwing, which answers 500 with no word on what to do; these answers say it first. They are text/plain,
 * which the client router shows as the failed action's error message.
 */
export async function refusePageRequest(request: Request): Promise<Response | null> {
  if (urlHoldsNul(request.url))
    return refusal(
      400,
      'This address holds a NUL character (%00), which no Rolefit page takes. Check the link and open it again.',
    );
  if (SAFE_METHODS.has(request.method)) return null;
  if (!isSameOrigin(originHeaders(request.headers)))
    return refusal(
      403,
      'This form was sent from another site, so it was refused. Open Rolefit itself and send the form from there.',
    );
  if (await bodyOverLimit(request))
    return refusal(
      413,
      'The form holds more than 1 MB, far more than any Rolefit form takes. Shorten what you pasted and send it again.',
    );
  return null;
}

/** Refused on a declared length alone; a body sent without one is counted as it streams in (up to the limit). */
async function bodyOverLimit(request: Request): Promise<boolean> {
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) > ACTION_BODY_MAX_BYTES;
  return (await readBodyWithin(request, ACTION_BODY_MAX_BYTES)) === null;
}

function refusal(status: number, message: string): Response {
  // Exactly text/plain: the client router shows only that content type's text.
  return new Response(message, { status, headers: { 'content-type': 'text/plain' } });
}
