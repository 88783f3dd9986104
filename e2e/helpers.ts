import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from '@playwright/test';

export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The chips listed under a skill group ("Matched", "Missing required", ...) inside a match card or detail. */
export function skillGroup(scope: Locator | Page, label: string): Locator {
  return scope.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** The recruiter e2e/auth.setup.ts creates through /setup; the other specs run signed in as them. */
export const FIRST_RECRUITER = {
  email: 'first.recruiter@rolefit.test',
  password: 'first-recruiter-pass',
} as const;
export const RECRUITER_STATE = `e2e/.auth/recruiter-${process.env.E2E_PORT ?? 3100}.json`;

/** For `test.use({ storageState: ANONYMOUS })` or `browser.newContext({ storageState: ANONYMOUS })`. */
export const ANONYMOUS = { cookies: [], origins: [] };

/** A browser context of its own, signed in through the login page as the given recruiter. */
export async function signedInContext(
  browser: Browser,
  baseURL: string,
  who: { email: string; password: string },
  extraHTTPHeaders?: Record<string, string>,
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, storageState: ANONYMOUS, extraHTTPHeaders });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/recruiter\/jobs$/);
  await page.close();
  return context;
}

export interface UploadedResume {
  id: string;
  token: string;
}

/**
 * Uploads a resume over the API as an anonymous candidate would, and waits until it is analysed. It is visible to
 * recruiters unless asked otherwise (a candidate's upload is private unless they say so), since most specs check
 * what the recruiter sees of it.
 */
export async function uploadResume(
  request: APIRequestContext,
  name: string,
  text: string,
  visibility: 'recruiters' | 'private' = 'recruiters',
): Promise<UploadedResume> {
  const res = await request.post('/api/resumes', {
    multipart: { file: { name, mimeType: 'text/plain', buffer: Buffer.from(text) }, visibility },
  });
  if (res.status() !== 202)
    throw new Error(`upload of ${name} answered ${res.status()}: ${await res.text()}`);
  const { id, token } = (await res.json()) as UploadedResume;
  const deadline = Date.now() + 90_000;
  for (;;) {
    const status = (
      await (
        await request.get(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()
    ).status;
    if (status === 'ready') return { id, token };
    if (status === 'failed' || Date.now() > deadline) throw new Error(`resume ${name} ended ${status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * axe-core's WCAG 2.x A and AA rules on the page as it is now: its serious and critical violations, one line each.
 * `include` (a CSS selector) limits the check to a part of the page, for a part that has just changed on a page
 * already checked whole.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const { violations } = await (include ? axe.include(include) : axe).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
