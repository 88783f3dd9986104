import fs from 'node:fs';
import { ingestDocument } from '/work/main/lib/ingest';
import { prepareResume } from '/work/main/lib/match';
import { embedTexts, warmUpEmbedder, closeEmbedder } from '/work/main/lib/embeddings/model';
const bytes = new Uint8Array(fs.readFileSync('/work/main/e2e/fixtures/resume-ml-engineer.pdf'));
const doc = await ingestDocument(bytes, { filename: 'r.pdf' });
const p = prepareResume(doc.text);
let t = performance.now(); await warmUpEmbedder(); console.log('load ms', performance.now() - t);
let ticks = 0; const iv = setInterval(() => ticks++, 10);
for (let i = 0; i < 5; i++) { t = performance.now(); const v = await embedTexts(p.chunks); console.log('embed ms', (performance.now() - t).toFixed(0), v.length, v[0]!.length, v[3]![0]); }
clearInterval(iv); console.log('ticks', ticks);
console.log(process.memoryUsage().rss / 1e6);
await closeEmbedder();
