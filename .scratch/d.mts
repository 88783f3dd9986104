import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rf-d-'));
process.env.DATA_DIR = dir;
const { getDb, closeDb } = await import('/work/main/db/client');
let t = performance.now();
await getDb(); console.log('db ms', performance.now() - t);
await closeDb(); fs.rmSync(dir, { recursive: true, force: true });
