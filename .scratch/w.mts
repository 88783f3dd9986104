import { embedTexts, closeEmbedder } from '/work/main/lib/embeddings/model';
const t = performance.now();
const v = await embedTexts(['hello world', 'python developer']);
console.log('ok', v.length, performance.now() - t);
await closeEmbedder();
