import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recruiterCommand, type CliIo } from '../cli/recruiter';
import { countRecruiters, listApiTokens } from '../db/accounts';
import { pendingPurges } from '../db/purge';
import {
  createApiToken,
  createFirstRecruiter,
  createRecruiter,
  linkTokenOpens,
  recruiterForApiToken,
  revokeToken,
  verifyCredentials,
} from './auth';
import { openTestDatabase, type TestDatabase } from '../test-support/database';

// A real embedded database in a temporary DATA_DIR: the accounts rules are SQL as much as code.
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase('auth');
});
afterAll(async () => {
  await database.close();
});

function io(
  stdinText: string,
  env: Record<string, string | undefined> = {},
): CliIo & { errors: () => string } {
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  (stdin as unknown as PassThrough).end(stdinText);
  let errors = '';
  const stderr = new PassThrough();
  stderr.on('data', (c: Buffer) => (errors += c.toString()));
  return { stdin, stderr, env, errors: () => errors };
}

describe('recruiter accounts', () => {
  it('the setup lock: only the first recruiter is created that way', async () => {
    expect(await countRecruiters()).toBe(0);
    const [a, b] = await Promise.all([
      createFirstRecruiter({ email: 'First@Example.com', password: 'first-password' }),
      createFirstRecruiter({ email: 'second@example.com', password: 'second-password' }),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(await countRecruiters()).toBe(1);
    expect(await createFirstRecruiter({ email: 'third@example.com', password: 'third-password' })).toBeNull();
  });

  it('signs in by email (any case) and password, and refuses wrong ones alike', async () => {
    await createRecruiter({ email: 'ana@example.com', password: 'ana-password-1' });
    const ana = await verifyCredentials('  ANA@example.com ', 'ana-password-1');
    expect(ana?.email).toBe('ana@example.com');
    expect(await verifyCredentials('ana@example.com', 'ana-password-2')).toBeNull();
    expect(await verifyCredentials('nobody@example.com', 'ana-password-1')).toBeNull();
    await expect(createRecruiter({ email: 'Ana@Example.com', password: 'another-password' })).rejects.toThrow(
      /already/,
    );
  });

  it('refuses short passwords and bad emails', async () => {
    await expect(createRecruiter({ email: 'bob@example.com', password: 'short' })).rejects.toThrow(
      /at least 10/,
    );
    await expect(
      createRecruiter({ email: 'not an email', password: 'long-enough-password' }),
    ).rejects.toThrow(/email/i);
  });
});

describe('API tokens', () => {
  it('act for their recruiter until revoked, and only their owner can revoke them', async () => {
    const owner = (await verifyCredentials('ana@example.com', 'ana-password-1'))!;
    const other = await createRecruiter({ email: 'other@example.com', password: 'other-password' });
    const { id, token } = await createApiToken(owner.id, 'nightly export');
    expect(token).toMatch(/^rf_[A-Za-z0-9_-]{43}$/);
    expect((await recruiterForApiToken(token))?.id).toBe(owner.id);
    expect((await listApiTokens(owner.id))[0]?.lastUsedAt).not.toBeNull();

    expect(await revokeToken(other.id, id)).toBe(false);
    expect((await recruiterForApiToken(token))?.id).toBe(owner.id);
    expect(await revokeToken(owner.id, id)).toBe(true);
    expect(await recruiterForApiToken(token)).toBeNull();
    expect(await revokeToken(owner.id, id)).toBe(false);
  });

  it('are never found by a token that merely looks like one', async () => {
    expect(await recruiterForApiToken(`rf_${'A'.repeat(43)}`)).toBeNull();
    expect(await recruiterForApiToken('rf_short')).toBeNull();
    expect(await linkTokenOpens('no-such-resume', 'A'.repeat(43))).toBe(false);
  });
});

describe('rolefit recruiter create', () => {
  it('creates an account with the password from stdin, printing no password', async () => {
    const cli = io('stdin-password-1\n');
    const created = await recruiterCommand(['create', '--email', 'cli@example.com'], cli);
    expect(created).toEqual({ id: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), email: 'cli@example.com' });
    expect(JSON.stringify(created) + cli.errors()).not.toContain('stdin-password-1');
    expect((await verifyCredentials('cli@example.com', 'stdin-password-1'))?.id).toBe(created.id);
  });

  it('takes ROLEFIT_PASSWORD or --password, and explains what is wrong', async () => {
    await recruiterCommand(
      ['create', '--email', 'env@example.com'],
      io('', { ROLEFIT_PASSWORD: 'env-password-1' }),
    );
    expect(await verifyCredentials('env@example.com', 'env-password-1')).not.toBeNull();
    await recruiterCommand(
      ['create', '--email', 'flag@example.com', '--password', 'flag-password-1'],
      io(''),
    );
    expect(await verifyCredentials('flag@example.com', 'flag-password-1')).not.toBeNull();

    await expect(
      recruiterCommand(['create', '--email', 'flag@example.com', '--password', 'flag-password-1'], io('')),
    ).rejects.toThrow(/already/);
    await expect(recruiterCommand(['create', '--email', 'x@example.com'], io('short\n'))).rejects.toThrow(
      /at least 10/,
    );
    await expect(recruiterCommand(['create'], io(''))).rejects.toThrow(/--email/);
    await expect(recruiterCommand(['remove'], io(''))).rejects.toThrow(/create/);
  });
});

describe('rolefit recruiter delete', () => {
  it('deletes the account for good: it can no longer sign in, and its tokens stop working', async () => {
    const { id } = await createRecruiter({ email: 'leaving@example.com', password: 'leaving-password-1' });
    const { token } = await createApiToken(id, 'script');
    expect(await recruiterCommand(['delete', '--email', ' Leaving@Example.com '], io(''))).toEqual({
      id,
      email: 'leaving@example.com',
      deleted: true,
    });
    expect(await verifyCredentials('leaving@example.com', 'leaving-password-1')).toBeNull();
    expect(await recruiterForApiToken(token)).toBeNull();
    expect(await pendingPurges()).toBe(0);
    await expect(recruiterCommand(['delete', '--email', 'leaving@example.com'], io(''))).rejects.toThrow(
      /no recruiter account for leaving@example.com/,
    );
    await expect(recruiterCommand(['delete'], io(''))).rejects.toThrow(/delete needs --email/);
  });
});
