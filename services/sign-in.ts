import 'server-only';
import type { RateLimiter } from '../lib/http/rate-limit';
import { sharedRateLimiter } from './rate-limits';
import { ensureDemoRecruiter, verifyCredentials, type RecruiterAccount } from './auth';
import { knownDevice, rememberDevice, startSession } from './session';

// Sign-in limits, counted apart so that guessing is slowed down without a stranger ever locking the recruiter out of
// a browser they have signed in on before: such a browser (device cookie) counts only its own failures, and every
// other attempt counts per client and account, per account, and per client. Past any of them even the right password
// waits, or a guess could tell. A proxy must name the client (TRUST_PROXY) for the per-client count to apply.
const MINUTE = 60 * 1000;
const LIMITS = {
  /** Failures of a browser that has signed in to the account before; a right password starts it afresh. */
  device: { limit: 10, windowMs: 15 * MINUTE },
  /** Failures of one client on one account; a right password starts it afresh. */
  clientAccount: { limit: 10, windowMs: 15 * MINUTE },
  /** Failures of every unknown browser on one account: many addresses guessing one password. */
  account: { limit: 50, windowMs: 60 * MINUTE },
  /** Failures of one client on any account: one address trying many accounts. */
  client: { limit: 100, windowMs: 24 * 60 * MINUTE },
};

export interface SignInAttempt {
  email: string;
  password: string;
  /** The client's address as a trusted proxy reports it, or null when there is none to believe. */
  client: string | null;
  /** This browser's device id when an earlier sign-in to this email issued it, else null. */
  device: string | null;
}

export type SignInOutcome =
  | { ok: true; recruiter: RecruiterAccount }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate'; retryAfterSeconds: number };

interface Counter {
  limiter: RateLimiter;
  key: string;
  /** Counts consecutive failures: a right password resets it, rather than giving back one attempt. */
  consecutive: boolean;
}

async function countersFor(email: string, { client, device }: SignInAttempt): Promise<Counter[]> {
  if (device)
    return [
      { limiter: await sharedRateLimiter('sign-in:device', LIMITS.device), key: device, consecutive: true },
    ];
  const counters: Counter[] = [
    {
      limiter: await sharedRateLimiter('sign-in:client-account', LIMITS.clientAccount),
      key: `${client ?? 'unknown'} ${email}`,
      consecutive: true,
    },
    { limiter: await sharedRateLimiter('sign-in:account', LIMITS.account), key: email, consecutive: false },
  ];
  // Without a proxy every client looks alike, and one stranger must not use up everyone's attempts.
  if (client)
    counters.push({
      limiter: await sharedRateLimiter('sign-in:client', LIMITS.client),
      key: client,
      consecutive: false,
    });
  return counters;
}

/** Checks an email and password within the sign-in limits: the account, 'invalid', or 'rate' with how long to wait. */
export async function checkSignIn(attempt: SignInAttempt): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase();
  const counters = await countersFor(email, attempt);
  // Counted before the password is checked, so a burst of parallel guesses cannot slip past the limit.
  const taken: Counter[] = [];
  for (const counter of counters) {
    const result = await counter.limiter.take(counter.key);
    if (!result.ok) {
      await Promise.all(taken.map((c) => c.limiter.refund(c.key)));
      return { ok: false, reason: 'rate', retryAfterSeconds: result.retryAfterSeconds };
    }
    taken.push(counter);
  }
  const recruiter = await verifyCredentials(email, attempt.password);
  if (!recruiter) return { ok: false, reason: 'invalid' };
  await Promise.all(counters.map((c) => (c.consecutive ? c.limiter.reset(c.key) : c.limiter.refund(c.key))));
  return { ok: true, recruiter };
}

/**
 * Signs a recruiter in on this browser (route handlers only: it sets cookies): within the limits, a right password
 * opens a session and marks the browser as one that knows the account.
 */
export async function signIn(input: {
  email: string;
  password: string;
  client: string | null;
}): Promise<SignInOutcome> {
  await ensureDemoRecruiter();
  const device = await knownDevice(input.email);
  const outcome = await checkSignIn({ ...input, device });
  if (outcome.ok) {
    await startSession(outcome.recruiter.id);
    await rememberDevice(input.email, device);
  }
  return outcome;
}
