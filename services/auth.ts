import 'server-only';
import { z } from 'zod';
import {
  countRecruiters,
  deleteRecruiter,
  findRecruiterByEmail,
  getRecruiterAccount,
  insertApiToken,
  insertFirstRecruiter,
  insertRecruiter,
  type RecruiterAccount,
  resumeAccessHash,
  resumeIdByAccessHash,
  revokeApiToken,
  useApiToken,
} from '../db/accounts';
import {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
} from '../lib/auth/password';
import { hashToken, isApiToken, looksLikeToken, newApiToken, sameDigest } from '../lib/auth/tokens';
import { loadConfig } from '../lib/config';
import { processGlobal } from '../lib/process-global';
import { UserError } from '../lib/http/errors';
import { hasNul, nulInField } from '../lib/http/text-fields';
import { newId } from './ids';
import { purgeNow } from './purge';

export type { RecruiterAccount } from '../db/accounts';
export { listApiTokens, listRecruiterAccounts } from '../db/accounts';

export const DEMO_RECRUITER = { email: 'demo@rolefit.local', password: 'rolefit-demo' } as const;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Keep the email under 254 characters.')
  .pipe(z.email('Enter an email address like name@company.com.'));

export const NewPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Keep the password under ${MAX_PASSWORD_LENGTH} characters.`);

/** What creating a recruiter account takes, from the setup page, the team page or the CLI. */
export const NewRecruiterSchema = z.object({ email: EmailSchema, password: NewPasswordSchema });
export type NewRecruiterInput = z.infer<typeof NewRecruiterSchema>;

async function prepare(input: NewRecruiterInput) {
  const { email, password } = NewRecruiterSchema.parse(input);
  return { id: newId(), email, passwordHash: await hashPassword(password) };
}

/** Creates a recruiter account; a UserError (409) when the email already has one. */
export async function createRecruiter(input: NewRecruiterInput): Promise<{ id: string; email: string }> {
  const recruiter = await prepare(input);
  if (!(await insertRecruiter(recruiter)))
    throw new UserError(`There is already a recruiter account for ${recruiter.email}.`, 409);
  return { id: recruiter.id, email: recruiter.email };
}

/**
 * Deletes a recruiter account for good, with their own postings and everything scored or noted on them (db/accounts.ts
 * deleteRecruiter says what goes and what stays), and purges the bytes before it returns: an operator's command, not
 * a request. A UserError (404) when the email has no account.
 */
export async function deleteRecruiterAccount(email: string): Promise<{ id: string; email: string }> {
  const normalized = EmailSchema.parse(email);
  const recruiter = await findRecruiterByEmail(normalized);
  if (!recruiter || !(await deleteRecruiter(recruiter.id)))
    throw new UserError(`There is no recruiter account for ${normalized}.`, 404);
  await purgeNow();
  return { id: recruiter.id, email: recruiter.email };
}

/** Creates the first recruiter, or returns null when one exists already: the setup page locks itself this way. */
export async function createFirstRecruiter(
  input: NewRecruiterInput,
): Promise<{ id: string; email: string } | null> {
  const recruiter = await prepare(input);
  return (await insertFirstRecruiter(recruiter)) ? { id: recruiter.id, email: recruiter.email } : null;
}

export async function needsSetup(): Promise<boolean> {
  return (await countRecruiters()) === 0;
}

/** The account for an email and password, or null; an unknown email takes as long to refuse as a wrong password. */
export async function verifyCredentials(email: string, password: string): Promise<RecruiterAccount | null> {
  const normalized = email.trim().toLowerCase();
  const recruiter = normalized && password ? await findRecruiterByEmail(normalized) : null;
  if (!recruiter) return verifyAgainstDummy(password).then(() => null);
  if (!(await verifyPassword(recruiter.passwordHash, password))) return null;
  return {
    id: recruiter.id,
    email: recruiter.email,
    blindReview: recruiter.blindReview,
    createdAt: recruiter.createdAt,
  };
}

export function recruiterById(id: string): Promise<RecruiterAccount | null> {
  return getRecruiterAccount(id);
}

const demoRecruiter = processGlobal<Promise<void>>('demoRecruiter');

/** In development only, makes sure the documented demo recruiter exists (README, Quick start). */
export function ensureDemoRecruiter(): Promise<void> {
  if (loadConfig().nodeEnv !== 'development') return Promise.resolve();
  return demoRecruiter.getOrCreate(() =>
    (async () => {
      if (!(await findRecruiterByEmail(DEMO_RECRUITER.email)))
        await createRecruiter(DEMO_RECRUITER).catch(() => undefined);
    })().catch((err: unknown) => {
      demoRecruiter.clear();
      throw err;
    }),
  );
}

export const TokenNameSchema = z
  .string()
  .trim()
  .min(1, 'Name the token after the script that will use it.')
  .max(100, 'Keep the name under 100 characters.')
  .refine((name) => !hasNul(name), nulInField('name'));

/** Creates an API token for the recruiter; the token itself is in the answer only, never stored. */
export async function createApiToken(
  recruiterId: string,
  name: string,
): Promise<{ id: string; name: string; token: string }> {
  const token = newApiToken();
  const id = newId();
  const cleanName = TokenNameSchema.parse(name);
  await insertApiToken({ id, recruiterId, name: cleanName, tokenHash: hashToken(token) });
  return { id, name: cleanName, token };
}

export function revokeToken(recruiterId: string, tokenId: string): Promise<boolean> {
  return revokeApiToken(tokenId, recruiterId);
}

/** The recruiter an API token (`rf_...`) acts for, or null when it is unknown, revoked or not an API token. */
export async function recruiterForApiToken(token: string): Promise<RecruiterAccount | null> {
  if (!isApiToken(token) || !looksLikeToken(token)) return null;
  return useApiToken(hashToken(token));
}

/** The resume a candidate's private-link token opens, or null. */
export async function resumeIdForLinkToken(token: string): Promise<string | null> {
  if (isApiToken(token) || !looksLikeToken(token)) return null;
  return resumeIdByAccessHash(hashToken(token));
}

/** Whether a private-link token opens this particular resume. */
export async function linkTokenOpens(resumeId: string, token: string): Promise<boolean> {
  if (isApiToken(token) || !looksLikeToken(token)) return false;
  const stored = await resumeAccessHash(resumeId);
  return stored !== null && sameDigest(stored, hashToken(token));
}
