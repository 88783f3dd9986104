import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { closeDb, getDbHandle } from '../db/client';
import {
  SESSION_TTL_SECONDS,
  changePassword,
  closeAllSessions,
  closeSession,
  openSession,
  recruiterForSessionId,
} from './account-security';
import { startTestPostgres, type TestPostgres } from '../test-support/postgres';
import {
  createApiToken,
  createRecruiter,
  listApiTokens,
  recruiterForApiToken,
  verifyCredentials,
  type RecruiterAccount,
} from './auth';

// Sessions end on the server: the same tests on the embedded database and on Postgres over the wire
// (a real server in CI, else pglite-socket: test-support/postgres.ts), since both apply the same migrations.

let dataDir: string;
let postgres: TestPostgres;
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-sessions-'));
  postgres = await startTestPostgres({ maxConnections: 8 });
});
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await postgres.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const PASSWORD = 'first-password-1';
async function newRecruiter(): Promise<RecruiterAccount> {
  const { email } = await createRecruiter({
    email: `r-${Math.random().toString(36).slice(2, 10)}@example.com`,
    password: PASSWORD,
  });
  return (await verifyCredentials(email, PASSWORD))!;
}

describe.each(['embedded', 'postgres'] as const)('sessions on the %s database', (kind) => {
  beforeAll(async () => {
    await closeDb();
    process.env.DATA_DIR = dataDir;
    if (kind === 'postgres') process.env.DATABASE_URL = postgres.url;
    else delete process.env.DATABASE_URL;
    expect((await getDbHandle()).kind).toBe(kind === 'postgres' ? 'postgres' : 'pglite');
  });

  it('sign-out ends the session on the server: a copy of the cookie’s id stops working', async () => {
    const me = await newRecruiter();
    const copied = await openSession(me.id);
    expect((await recruiterForSessionId(copied))?.id).toBe(me.id);
    await closeSession(copied);
    expect(await recruiterForSessionId(copied)).toBeNull();
    expect(await recruiterForSessionId('never-issued')).toBeNull();
  });

  it('signing out everywhere ends every session of the account, and no one else’s', async () => {
    const me = await newRecruiter();
    const colleague = await newRecruiter();
    const [laptop, phone, theirs] = await Promise.all([
      openSession(me.id),
      openSession(me.id),
      openSession(colleague.id),
    ]);
    const [script, theirScript] = await Promise.all([
      createApiToken(me.id, 'nightly import'),
      createApiToken(colleague.id, 'their import'),
    ]);
    expect(await closeAllSessions(me.id)).toBe(2);
    expect(await recruiterForSessionId(laptop)).toBeNull();
    expect(await recruiterForSessionId(phone)).toBeNull();
    expect((await recruiterForSessionId(theirs))?.id).toBe(colleague.id);
    // A token made with a stolen session would outlive it: it is revoked too, and listed as such.
    expect(await recruiterForApiToken(script.token)).toBeNull();
    expect((await listApiTokens(me.id)).map((t) => t.revokedAt)).toEqual([expect.any(Date)]);
    expect((await recruiterForApiToken(theirScript.token))?.id).toBe(colleague.id);
  });

  it('a session expires with its cookie', async () => {
    const me = await newRecruiter();
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - (SESSION_TTL_SECONDS + 60) * 1000 });
    const old = await openSession(me.id);
    vi.useRealTimers();
    expect(await recruiterForSessionId(old)).toBeNull();
  });

  it('a password change ends every other session and keeps this one', async () => {
    const me = await newRecruiter();
    const here = await openSession(me.id);
    const elsewhere = await openSession(me.id);
    const script = await createApiToken(me.id, 'nightly import');

    expect(
      await changePassword(me, { current: 'not-my-password', password: 'second-password-2' }, here),
    ).toEqual({
      ok: false,
      field: 'current',
      message: expect.stringMatching(/current password/),
    });
    expect(await changePassword(me, { current: PASSWORD, password: 'short' }, here)).toMatchObject({
      ok: false,
      field: 'password',
    });
    expect((await recruiterForSessionId(elsewhere))?.id).toBe(me.id);
    expect((await recruiterForApiToken(script.token))?.id).toBe(me.id);

    expect(await changePassword(me, { current: PASSWORD, password: 'second-password-2' }, here)).toEqual({
      ok: true,
    });
    expect(await recruiterForSessionId(elsewhere)).toBeNull();
    expect(await recruiterForApiToken(script.token)).toBeNull();
    expect((await recruiterForSessionId(here))?.id).toBe(me.id);
    expect(await verifyCredentials(me.email, PASSWORD)).toBeNull();
    expect((await verifyCredentials(me.email, 'second-password-2'))?.id).toBe(me.id);
  });

  it('the password form cannot be used to guess the password: 5 wrong ones, then a wait', async () => {
    const me = await newRecruiter();
    for (let i = 0; i < 5; i++)
      expect(
        (await changePassword(me, { current: `guess-${i}-password`, password: 'new-password-3' }, null)).ok,
      ).toBe(false);
    expect(await changePassword(me, { current: PASSWORD, password: 'new-password-3' }, null)).toEqual({
      ok: false,
      field: 'current',
      message: expect.stringMatching(/Too many wrong passwords/),
    });
  });
});
