import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { Client } from 'pg';
import { ANONYMOUS, uploadResume } from './helpers';

// "Deleted for good": after a candidate deletes their resume, no file of the database's data folder holds its text,
// checked as it was found wanting, by searching every file there. On the embedded database that is the e2e server's
// data dir (it wrote the path for us); on Postgres (CI runs the suite there too) the server's data directory, with
// `wal_recycle = off` set as the README asks of operators.
test.use({ storageState: ANONYMOUS });

let folder: string;
test.beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const file = path.join('e2e', '.auth', `data-dir-${process.env.E2E_PORT ?? 3100}.txt`);
    folder = fs.readFileSync(file, 'utf8').trim();
    return;
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('alter system set wal_recycle = off');
    await client.query('select pg_reload_conf()');
    folder = (await client.query<{ data_directory: string }>('show data_directory')).rows[0]!.data_directory;
  } finally {
    await client.end();
  }
});
const dataDir = () => folder;

/** How many files of the server's data folder hold the marker, as written or lower-cased (search lexemes are). */
function filesHolding(marker: string): number {
  const needles = [Buffer.from(marker), Buffer.from(marker.toLowerCase())];
  let found = 0;
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) {
        // A file may vanish between listing and reading while the database rewrites its tables.
        const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
        if (needles.some((n) => bytes.includes(n))) found++;
      }
    }
  };
  walk(dataDir());
  return found;
}

function resumeText(marker: string): string {
  return [
    `Jordan ${marker}`,
    'Payroll Specialist',
    `Ran payroll for 400 staff at ${marker} Logistics with ADP and Excel; reconciled payroll taxes every quarter.`,
    'Skills: ADP, Payroll, Microsoft Excel, Reconciliation',
  ].join('\n');
}

test('a resume deleted on its data page leaves no copy of its text in the data folder', async ({
  page,
  request,
}) => {
  const marker = `Qzx${Date.now().toString(36)}Mark`;
  const { token } = await uploadResume(request, `${marker}.txt`, resumeText(marker));
  await expect.poll(() => filesHolding(marker), { timeout: 10_000 }).toBeGreaterThan(0);

  await page.goto(`/candidate/r/${token}/data`);
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.waitForURL(/\/candidate\?deleted=1$/);
  await expect(page.getByRole('status').filter({ hasText: 'Your resume was deleted' })).toContainText(
    'wiped from the database’s files on disk',
  );

  await expect.poll(() => filesHolding(marker), { timeout: 60_000, intervals: [1_000] }).toBe(0);
});

test('a resume deleted over the API leaves no copy of its text in the data folder', async ({ request }) => {
  const marker = `Qzx${Date.now().toString(36)}Api`;
  const { id, token } = await uploadResume(request, `${marker}.txt`, resumeText(marker));
  await expect.poll(() => filesHolding(marker), { timeout: 10_000 }).toBeGreaterThan(0);

  const res = await request.delete(`/api/resumes/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status()).toBe(204);
  await expect.poll(() => filesHolding(marker), { timeout: 60_000, intervals: [1_000] }).toBe(0);
});
