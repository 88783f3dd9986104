import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecruiter } from './auth';
import { checkSignIn, type SignInAttempt, type SignInOutcome } from './sign-in';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// A real embedded database in a temporary DATA_DIR, and the real limiters (counts live in this process).
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('sign-in');
});
afterAll(async () => {
  await database.close();
});

const PASSWORD = 'the-right-password';
let n = 0;
async function newAccount(): Promise<string> {
  const email = `recruiter-${++n}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await createRecruiter({ email, password: PASSWORD });
  return email;
}

async function attempts(count: number, attempt: Omit<SignInAttempt, 'password'>): Promise<string[]> {
  const reasons: string[] = [];
  for (let i = 0; i < count; i++)
    reasons.push(reason(await checkSignIn({ ...attempt, password: `wrong-guess-${i}` })));
  return reasons;
}
const reason = (outcome: SignInOutcome) => (outcome.ok ? 'ok' : outcome.reason);

describe('checkSignIn', () => {
  it('a stranger’s wrong passwords never stop the right password from a browser that signed in before', async () => {
    const email = await newAccount();
    // No proxy: the stranger and the recruiter look like the same client.
    const stranger = await attempts(11, { email, client: null, device: null });
    expect(stranger.slice(0, 10)).toEqual(Array(10).fill('invalid'));
    expect(stranger[10]).toBe('rate');
    const recruiter = await checkSignIn({
      email,
      password: PASSWORD,
      client: null,
      device: 'recruiter-laptop',
    });
    expect(recruiter.ok && recruiter.recruiter.email).toBe(email);
  });

  it('stops guessing from unknown browsers: after 10 wrong passwords even the right one waits', async () => {
    const email = await newAccount();
    await attempts(10, { email: email.toUpperCase(), client: null, device: null });
    const outcome = await checkSignIn({ email, password: PASSWORD, client: null, device: null });
    expect(outcome).toEqual({ ok: false, reason: 'rate', retryAfterSeconds: expect.any(Number) });
    if (!outcome.ok && outcome.reason === 'rate') expect(outcome.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('counts a known browser’s own failures only, and a right password starts them afresh', async () => {
    const email = await newAccount();
    expect(await attempts(9, { email, client: null, device: 'laptop' })).toEqual(Array(9).fill('invalid'));
    expect(reason(await checkSignIn({ email, password: PASSWORD, client: null, device: 'laptop' }))).toBe(
      'ok',
    );
    expect(await attempts(10, { email, client: null, device: 'laptop' })).toEqual(Array(10).fill('invalid'));
    expect(reason(await checkSignIn({ email, password: PASSWORD, client: null, device: 'laptop' }))).toBe(
      'rate',
    );
    // Another of the recruiter's browsers, and unknown ones, are not held up by the laptop's failures.
    expect(reason(await checkSignIn({ email, password: PASSWORD, client: null, device: 'phone' }))).toBe(
      'ok',
    );
    expect(reason(await checkSignIn({ email, password: PASSWORD, client: null, device: null }))).toBe('ok');
  });

  it('behind a proxy, counts each client apart: one address guessing does not stop another', async () => {
    const email = await newAccount();
    const guesser = await attempts(11, { email, client: '203.0.113.7', device: null });
    expect(guesser[10]).toBe('rate');
    expect(
      reason(await checkSignIn({ email, password: PASSWORD, client: '198.51.100.2', device: null })),
    ).toBe('ok');
  });

  it('limits one client trying many accounts, and only that client', async () => {
    const client = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) {
      const reasons = await attempts(10, { email: `nobody-${i}@example.com`, client, device: null });
      expect(reasons).toEqual(Array(10).fill('invalid'));
    }
    const email = await newAccount();
    expect(reason(await checkSignIn({ email, password: PASSWORD, client, device: null }))).toBe('rate');
    expect(
      reason(await checkSignIn({ email, password: PASSWORD, client: '198.51.100.9', device: null })),
    ).toBe('ok');
  });
});
