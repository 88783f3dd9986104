import { expect, test } from '@playwright/test';
import { PLATFORM_POSTING, generateResumes, makeZip } from './workspace-fixtures';
// TEMPORARY: screenshots for a visual check, deleted after use.
test('shots', async ({ page }) => {
  test.setTimeout(300_000);
  const res = await page.request.post('/api/jobs', { data: { title: 'Platform Engineer', description: PLATFORM_POSTING } });
  const { id } = await res.json();
  const zip = makeZip(generateResumes().slice(0, 20).map((r) => ({ name: r.file, data: Buffer.from(r.text) })));
  const up = await page.request.post(`/api/jobs/${id}/uploads`, { multipart: { file: { name: 'a.zip', mimeType: 'application/zip', buffer: zip } } });
  console.log((await up.text()).split('\n').length);
  const url = `/recruiter/jobs/${id}`;
  await expect(async () => {
    await page.goto(url);
    await expect(page.getByText(/still being analysed/)).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 200_000 });
  for (const [w, h, tag] of [[1280, 900, 'desk'], [390, 844, 'phone']] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const [name, path] of [['job', url], ['filtered', `${url}?skill=Python&skill=Kubernetes&size=50`], ['upload', `${url}/upload`], ['edit', `${url}/edit`]]) {
      await page.goto(path!);
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map((e) => `${e.tagName}.${(e as HTMLElement).className.slice(0, 60)} ${Math.round(e.getBoundingClientRect().right)}`));
      console.log(tag, name, await page.evaluate(() => document.documentElement.scrollWidth), JSON.stringify(wide));
      await page.screenshot({ path: `/tmp/ws/shots/${name}-${tag}.png`, fullPage: true });
    }
    const href = await page.goto(url).then(() => page.getByRole('region', { name: 'Candidates table' }).locator('tbody tr td:nth-child(2) a').first().getAttribute('href'));
    await page.goto(href!);
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 8).map((e) => `${e.tagName}.${(e as HTMLElement).className.slice(0, 60)} ${Math.round(e.getBoundingClientRect().right)}`));
    console.log(tag, 'candidate', await page.evaluate(() => document.documentElement.scrollWidth), JSON.stringify(wide));
    await page.screenshot({ path: `/tmp/ws/shots/candidate-${tag}.png`, fullPage: true });
    await page.goto(`${url}/upload`);
    await page.getByLabel('Resumes or a .zip of resumes').setInputFiles([
      { name: 'a.txt', mimeType: 'text/plain', buffer: Buffer.from(`Zed Quark ${tag}\nWelder\nzed${tag}@example.com\n\nExperience\nWelder, Acme — 2015 – 2024\n- Welding and fabrication of steel frames for bridges, MIG and TIG welding.`) },
      { name: 'bad.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 broken') },
      { name: generateResumes()[0]!.file, mimeType: 'text/plain', buffer: Buffer.from(generateResumes()[0]!.text) },
    ]);
    await page.waitForTimeout(5000);
    await page.screenshot({ path: `/tmp/ws/shots/uploading-${tag}.png`, fullPage: true });
  }
});
