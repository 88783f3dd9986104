import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rf-smoke-'));
process.env.DATA_DIR = dir;
const { ensureReady } = await import('/work/main/services/startup');
const { acceptResume, queueIdle } = await import('/work/main/services/resumes');
const { getResume, matchesForResume } = await import('/work/main/db/queries');
const { closeDb } = await import('/work/main/db/client');
const { closeEmbedder } = await import('/work/main/lib/embeddings/model');
let t = performance.now();
await ensureReady(); console.log('ready (seed 10 jobs) ms', (performance.now() - t).toFixed(0));
const bytes = new Uint8Array(fs.readFileSync('/work/main/e2e/fixtures/resume-ml-engineer.pdf'));
for (let i = 0; i < 4; i++) {
  const b = i === 3 ? bytes : new Uint8Array([...bytes, ...new TextEncoder().encode(`\n%${i}\n`)]);
  t = performance.now();
  const { id } = await acceptResume(b, 'cv.pdf');
  const t1 = performance.now();
  await queueIdle();
  const r = await getResume(id);
  const m = await matchesForResume(id, 'candidate');
  console.log(i, r?.status, r?.attempts, r?.claimedBy, 'accept', (t1 - t).toFixed(0), 'total', (performance.now() - t).toFixed(0), 'matches', m.length, m[0]?.title, m[0]?.score);
}
await closeEmbedder(); await closeDb(); fs.rmSync(dir, { recursive: true, force: true });
