import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ANONYMOUS, signedInContext } from './helpers';

// Sessions end on the server, and strangers' guesses never lock a recruiter out. Each test adds a recruiter of its own
// (as the first recruiter, through the Team page), so signing out everywhere never touches the other specs' session.

const unique = () => Math.random().toString(36).slice(2, 8);

interface Recruiter {
  email: string;
  password: string;
}

async function addRecruiter(page: Page): Promise<Recruiter> {
  const who = { email: `trust-${unique()}@rolefit.test`, password: `first-${unique()}-password` };
  await page.goto('/recruiter/team');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Their first password').fill(who.password);
  await page.getByRole('button', { name: 'Add recruiter' }).click();
  await expect(page.getByText(`Added ${who.email}.`)).toBeVisible();
  return who;
}

async function openJobs(context: BrowserContext, who: Recruiter): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/recruiter/jobs');
  await expect(page.getByText(`Signed in as ${who.email}`)).toBeVisible();
  return page;
}

async function expectSignedOut(page: Page): Promise<void> {
  await page.goto('/recruiter/jobs');
  await expect(page).toHaveURL(/\/login\?next=%2Frecruiter%2Fjobs$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find((c) => c.name === 'rolefit_session');
  expect(cookie, 'the session cookie').toBeDefined();
  return cookie!.value;
}

async function browserWithCookie(browser: Browser, baseURL: string, value: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  await context.addCookies([{ name: 'rolefit_session', value, domain: '127.0.0.1', path: '/' }]);
  return context;
}

test('after sign-out, a copied session cookie no longer works', async ({
  page,
  browser,
  baseURL,
  playwright,
}) => {
  const who = await addRecruiter(page);
  const context = await signedInContext(browser, baseURL!, who);
  const copied = await sessionCookie(context);

  // While the session lasts, the copy works in another browser and for the API, as any cookie would.
  const thief = await playwright.request.newContext({ baseURL, storageState: ANONYMOUS });
  expect((await thief.get('/api/jobs', { headers: { cookie: `rolefit_session=${copied}` } })).status()).toBe(
    200,
  );

  const own = await openJobs(context, who);
  await own.getByRole('button', { name: 'Sign out', exact: true }).click();
  await own.waitForURL(/\/login$/);

  // Signed out on the server: the copy is refused everywhere.
  expect((await thief.get('/api/jobs', { headers: { cookie: `rolefit_session=${copied}` } })).status()).toBe(
    401,
  );
  const copy = await browserWithCookie(browser, baseURL!, copied);
  await expectSignedOut(await copy.newPage());

  await Promise.all([thief.dispose(), copy.close(), context.close()]);
});

test('"Sign out everywhere" ends the session of every other browser, and only this recruiter’s', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = await addRecruiter(page);
  const laptop = await signedInContext(browser, baseURL!, who);
  const phone = await signedInContext(browser, baseURL!, who);
  const phonePage = await openJobs(phone, who);

  const laptopPage = await laptop.newPage();
  await laptopPage.goto('/recruiter/jobs');
  await laptopPage
    .getByRole('navigation', { name: 'Recruiter' })
    .getByRole('link', { name: 'Account', exact: true })
    .click();
  await expect(laptopPage.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await laptopPage.getByRole('button', { name: 'Sign out everywhere' }).click();
  await laptopPage.waitForURL(/\/login$/);

  await expectSignedOut(phonePage);
  await expectSignedOut(laptopPage);
  // The phone still holds its cookie; the server no longer accepts it.
  expect(await sessionCookie(phone)).toBeTruthy();

  // Everyone else stays signed in, and the recruiter can sign in again.
  await page.goto('/recruiter/jobs');
  await expect(page).toHaveURL(/\/recruiter\/jobs$/);
  const again = await signedInContext(browser, baseURL!, who);
  await openJobs(again, who);

  await Promise.all([laptop.close(), phone.close(), again.close()]);
});

test('a password change signs out every other browser and keeps this one', async ({
  page,
  browser,
  baseURL,
}) => {
  const who = await addRecruiter(page);
  const laptop = await signedInContext(browser, baseURL!, who);
  const phone = await signedInContext(browser, baseURL!, who);
  const phonePage = await openJobs(phone, who);
  const newPassword = `second-${unique()}-password`;

  const laptopPage = await laptop.newPage();
  await laptopPage.goto('/recruiter/account');
  await laptopPage.getByLabel('Current password').fill(who.password);
  await laptopPage.getByLabel('New password', { exact: true }).fill(newPassword);
  await laptopPage.getByLabel('Repeat the new password').fill(newPassword);
  await laptopPage.getByRole('button', { name: 'Change password' }).click();
  await expect(laptopPage.getByRole('status').filter({ hasText: 'Password changed.' })).toBeVisible();

  await expectSignedOut(phonePage);
  await openJobs(laptop, who);
  const withNew = await signedInContext(browser, baseURL!, { email: who.email, password: newPassword });
  await openJobs(withNew, who);

  await Promise.all([laptop.close(), phone.close(), withNew.close()]);
});

test('11 wrong passwords from the same client do not stop the right password in the recruiter’s browser', async ({
  page,
  browser,
  baseURL,
  playwright,
}) => {
  const who = await addRecruiter(page);
  // One address for the recruiter's browser and the stranger, as a proxy would report it (the e2e server trusts
  // X-Forwarded-For): the same client, and one of this test's own, so its failures never count against other tests.
  const sameClient = {
    'x-forwarded-for': `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250)).join('.')}`,
  };
  // The recruiter has signed in on this browser before, and signed out.
  const context = await signedInContext(browser, baseURL!, who, sameClient);
  const own = await openJobs(context, who);
  await own.getByRole('button', { name: 'Sign out', exact: true }).click();
  await own.waitForURL(/\/login$/);

  // A stranger guesses from the same address.
  const stranger = await playwright.request.newContext({
    baseURL,
    storageState: ANONYMOUS,
    extraHTTPHeaders: sameClient,
  });
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) {
    const res = await stranger.post('/api/session', {
      data: { email: who.email, password: `guess-${i}-password` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
  // The stranger is stopped, even with the right password...
  expect((await stranger.post('/api/session', { data: who })).status()).toBe(429);

  // ...and the recruiter is not.
  await own.getByLabel('Email').fill(who.email);
  await own.getByLabel('Password').fill(who.password);
  await own.getByRole('button', { name: 'Sign in' }).click();
  await own.waitForURL(/\/recruiter\/jobs$/);
  await expect(own.getByText(`Signed in as ${who.email}`)).toBeVisible();

  await Promise.all([stranger.dispose(), context.close()]);
});
