// The one wrapper of every route handler under app/api: it waits for start-up, checks who is asking, caps what the
// body may hold, and maps whatever is thrown to a JSON answer (lib/http/respond.ts), so a handler is only its logic.
import 'server-only';
import { isSameOrigin, originHeaders } from '../lib/auth/origin';
import { readFormBody, readJsonBody, type ParsedBodyLimit } from '../lib/http/body';
import { readUploadedFile, type UploadedFile, type UploadLimits } from '../lib/http/multipart';
import { errorResponse, jsonError } from '../lib/http/respond';
import type { RecruiterAccount } from './auth';
import { isWellFormedId } from './ids';
import { NO_SUCH_RESUME, requireApiRecruiter, requireResumeAccess, type ResumeViewer } from './session';
import { ensureReady } from './startup';

type Params = Record<string, string>;

/** The API's answer for a job the recruiter may not see, or that does not exist: the same, so neither is revealed. */
export const NO_SUCH_JOB = 'No job with this id. List your jobs with GET /api/jobs.';

interface RouteOptions {
  /**
   * For an endpoint anyone may call that changes something (a sign-in, an upload): a request from another site is
   * refused first, with this sentence and 403. Recruiters' mutations are checked by their `auth` instead.
   */
  sameOriginOnly?: string;
  /** The request changes something: a recruiter's cookie-authenticated request from another site gets 403. */
  mutation?: boolean;
  /** The cap on a JSON or form body, read with `json()` or `form()`: 413 past it, 400 when it does not parse. */
  body?: ParsedBodyLimit;
  /** The cap on an uploaded file, read with `file()`: 413 past it. */
  upload?: UploadLimits;
  /**
   * Wait for start-up (migrations, demo jobs) before the handler: instrumentation.ts starts it with the server, and a
   * request can arrive before it is done. Off only where the handler waits itself (the health check) or needs no more
   * than the accounts (sign-in).
   */
  ready?: boolean;
}

export interface RouteContext<P extends Params> {
  request: Request;
  params: P;
  /** The body as JSON within `body`'s cap. */
  json(): Promise<unknown>;
  /** The body as form data within `body`'s cap. */
  form(): Promise<FormData>;
  /** The uploaded file within `upload`'s cap. */
  file(): Promise<UploadedFile>;
}

type Handler<C> = (ctx: C) => Promise<Response>;
type RouteHandler<P extends Params> = (
  request: Request,
  context: { params: Promise<P> },
) => Promise<Response>;

/** Anyone may call it (a sign-in, a candidate's upload, the health check). */
export function route<P extends Params = Params>(
  opts: RouteOptions & { auth: 'public' },
  handler: Handler<RouteContext<P>>,
): RouteHandler<P>;
/** A recruiter, by session cookie or API token: 401 otherwise. */
export function route<P extends Params = Params>(
  opts: RouteOptions & { auth: 'recruiter' },
  handler: Handler<RouteContext<P> & { recruiter: RecruiterAccount }>,
): RouteHandler<P>;
/**
 * Whoever may see the resume `params.id` names: its private-link token, or a recruiter unless the candidate keeps it
 * private. Anyone else, and an id that cannot exist, gets the 404 of a missing resume.
 */
export function route<P extends Params & { id: string }>(
  opts: RouteOptions & { auth: 'resume' },
  handler: Handler<RouteContext<P> & { viewer: ResumeViewer }>,
): RouteHandler<P>;
export function route<P extends Params>(
  opts: RouteOptions & { auth: 'public' | 'recruiter' | 'resume' },
  // Each overload's handler takes less than this; each is called with what its `auth` gives.
  handler: Handler<RouteContext<P> & { recruiter: RecruiterAccount; viewer: ResumeViewer }>,
): RouteHandler<P> {
  const run = handler as Handler<RouteContext<P> & { recruiter?: RecruiterAccount; viewer?: ResumeViewer }>;
  return async (request, context) => {
    try {
      if (opts.sameOriginOnly && !isSameOrigin(originHeaders(request.headers)))
        return jsonError(opts.sameOriginOnly, 403);
      const params = await context.params;
      const ctx: RouteContext<P> = {
        request,
        params,
        json: () => readJsonBody(request, required(opts.body, 'body')),
        form: () => readFormBody(request, required(opts.body, 'body')),
        file: () => readUploadedFile(request, required(opts.upload, 'upload')),
      };
      if (opts.auth === 'resume' && !isWellFormedId(params.id ?? '')) return jsonError(NO_SUCH_RESUME, 404);
      if (opts.ready !== false) await ensureReady();
      const mutation = { mutation: !!opts.mutation };
      if (opts.auth === 'recruiter') {
        const access = await requireApiRecruiter(request, mutation);
        return access.ok ? await run({ ...ctx, recruiter: access.value }) : access.response;
      }
      if (opts.auth === 'resume') {
        const access = await requireResumeAccess(request, params.id!, mutation);
        return access.ok ? await run({ ...ctx, viewer: access.value }) : access.response;
      }
      return await run(ctx);
    } catch (err) {
      // Known errors keep their sentence and status; a refused body (413) closes the connection (errorResponse).
      return errorResponse(err);
    }
  };
}

function required<T>(limit: T | undefined, option: string): T {
  if (limit === undefined) throw new Error(`This route reads a body but declares no ${option} limit.`);
  return limit;
}
