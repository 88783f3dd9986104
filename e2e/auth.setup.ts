import { expect, test as setup } from '@playwright/test';
import { ANONYMOUS, FIRST_RECRUITER, RECRUITER_STATE, seriousViolations } from './helpers';

setup(
  'the first visit creates the first recruiter through /setup, which then locks itself',
  async ({ page, browser, baseURL }) => {
    // A fresh install sends a recruiter from any recruiter page, through sign-in, to setup.
    await page.goto('/recruiter/jobs');
    await expect(page).toHaveURL(/\/setup$/);
    await expect(page.getByRole('heading', { name: 'Set up Rolefit' })).toBeVisible();
    // The one page no other spec can open (it locks itself below): axe checks it here, at both widths.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await seriousViolations(page), `/setup at ${width} px`).toEqual([]);
    }

    await page.getByLabel('Email').fill(FIRST_RECRUITER.email);
    await page.getByLabel('Password', { exact: true }).fill(FIRST_RECRUITER.password);
    await page.getByLabel('Repeat the password').fill('a different password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText(/passwords differ/)).toBeVisible();

    await page.getByLabel('Password', { exact: true }).fill(FIRST_RECRUITER.password);
    await page.getByLabel('Repeat the password').fill(FIRST_RECRUITER.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/recruiter\/jobs$/);
    await expect(page.getByText(`Signed in as ${FIRST_RECRUITER.email}`)).toBeVisible();
    await page.context().storageState({ path: RECRUITER_STATE });

    // Locked: neither a stranger nor the recruiter gets the setup form again.
    const stranger = await browser.newContext({ baseURL, storageState: ANONYMOUS });
    const strangerPage = await stranger.newPage();
    await strangerPage.goto('/setup');
    await expect(strangerPage).toHaveURL(/\/login$/);
    await expect(strangerPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await stranger.close();
    await page.goto('/setup');
    await expect(page).not.toHaveURL(/\/setup$/);
  },
);
