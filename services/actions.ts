// The one wrapper of every server action's work: it checks who is asking, waits for start-up, and turns a failure
// into the form state that says what to do, so an action is only its form parsing and its use case. (A post from
// another site never gets this far: proxy.ts answers it 403, and 413 past the body limit, lib/http/page-guard.ts.)
// Setting up the first account and signing out touch the accounts alone and do not wait for start-up, as sign-in
// does not (app/api/session/route.ts): on a first start, setup must not wait for the demo jobs to be embedded.
import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { UserError } from '../lib/http/errors';
import { resumeIdForLinkToken, type RecruiterAccount } from './auth';
import { requireRecruiter } from './session';
import { ensureReady } from './startup';

/** How a failure reaches the form. Without it, every error goes on to Next's error page. */
export interface ActionFailure<S> {
  /** The form state that shows `message`: a UserError's own sentence, or `unexpected`. */
  failed: (message: string) => S;
  /**
   * What to tell the user when something unexpected failed, after logging the error as `log`. Without it an
   * unexpected error goes on to Next's error page; only UserErrors become form states.
   */
  unexpected?: { log: string; message: string };
}

/** Runs an action's work once start-up is done, mapping its failures (see ActionFailure). Redirects pass through. */
export async function action<S>(work: () => Promise<S>, failure?: ActionFailure<S>): Promise<S> {
  try {
    await ensureReady();
    return await work();
  } catch (err) {
    // redirect() and notFound() work by throwing: they are answers, not failures.
    unstable_rethrow(err);
    if (!failure) throw err;
    if (err instanceof UserError) return failure.failed(err.message);
    if (!failure.unexpected) throw err;
    console.error(failure.unexpected.log, err);
    return failure.failed(failure.unexpected.message);
  }
}

/**
 * An action of the signed-in recruiter; anyone else is sent to sign in, coming back to `returnTo` (the page the form
 * is on). Then as `action`.
 */
export async function recruiterAction<S>(
  returnTo: string | undefined,
  work: (recruiter: RecruiterAccount) => Promise<S>,
  failure?: ActionFailure<S>,
): Promise<S> {
  const recruiter = await requireRecruiter(returnTo);
  return action(() => work(recruiter), failure);
}

export const LINK_GONE = 'This link no longer opens a resume: it may have been deleted.';

/**
 * An action on the resume a candidate's private link opens: a link that opens none any more gets the form state of
 * LINK_GONE. Then as `action`.
 */
export async function linkAction<S>(
  token: string,
  work: (resumeId: string) => Promise<S>,
  failure: ActionFailure<S>,
): Promise<S> {
  return action(async () => {
    const resumeId = await resumeIdForLinkToken(token);
    return resumeId ? work(resumeId) : failure.failed(LINK_GONE);
  }, failure);
}
