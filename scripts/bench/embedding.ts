// 1. Embedding throughput: Rolefit's path (embedTexts: the worker thread, the transformers.js pipeline, padding-aware
// batches) against a bare onnxruntime-node session on the same model file and the same token batches, taken in
// alternation in the same run. The bare session gets its inputs tokenised in advance and pools in plain loops: the
// floor for this hardware. It runs in a child process (bare-session.ts): onnxruntime-node cannot run sessions in two
// threads of one process.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { EMBEDDING_DIMS } from '../../lib/embeddings/config';
import { embedTexts, warmUpEmbedder } from '../../lib/embeddings/model';
import type { BareReply, BareRequest } from './bare-session';
import { embeddingPassages } from './corpus';
import { median, timed, type Row } from './stats';

class BareSession {
  private readonly child: ChildProcess;
  private waiting: { resolve: (reply: BareReply) => void; reject: (error: Error) => void } | null = null;

  constructor() {
    this.child = fork(path.join(process.cwd(), 'scripts', 'bench', 'bare-session.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: BareReply) => this.waiting?.resolve(reply));
    this.child.on('exit', (code) =>
      this.waiting?.reject(new Error(`the bare-session process exited (code ${code})`)),
    );
  }

  async ask<T extends BareReply['type']>(
    request: BareRequest,
    expect: T,
  ): Promise<Extract<BareReply, { type: T }>> {
    const reply = await new Promise<BareReply>((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.child.send(request);
    });
    this.waiting = null;
    if (reply.type === 'error') throw new Error(`bare session: ${reply.message}`);
    if (reply.type !== expect) throw new Error(`bare session answered ${reply.type}, not ${expect}`);
    return reply as Extract<BareReply, { type: T }>;
  }

  stop(): void {
    this.child.kill();
  }
}

export async function benchEmbedding(opts: { runs: number }): Promise<Row[]> {
  const texts = await embeddingPassages();
  const bare = new BareSession();
  try {
    const info = await bare.ask({ type: 'setup', texts }, 'ready');
    await warmUpEmbedder();
    // Warm-up, and a check that both compute the same vectors (else the comparison means nothing).
    const ours = await embedTexts(texts);
    const floor = (await bare.ask({ type: 'vectors' }, 'vectors')).data;
    await bare.ask({ type: 'previous' }, 'timed');
    let agree = 1;
    ours.forEach((v, i) => {
      let dot = 0;
      for (let d = 0; d < EMBEDDING_DIMS; d++) dot += v[d]! * floor[i * EMBEDDING_DIMS + d]!;
      agree = Math.min(agree, dot);
    });

    const oursMs: number[] = [];
    const bareMs: number[] = [];
    const previousMs: number[] = [];
    for (let r = 0; r < opts.runs; r++) {
      // Alternate which side goes first, so neither always runs right after the other warmed the CPU.
      if (r % 2) bareMs.push((await bare.ask({ type: 'bare' }, 'timed')).ms);
      oursMs.push(await timed(() => embedTexts(texts)));
      if (!(r % 2)) bareMs.push((await bare.ask({ type: 'bare' }, 'timed')).ms);
      previousMs.push((await bare.ask({ type: 'previous' }, 'timed')).ms);
    }

    const perSec = (list: number[]) => (texts.length * 1000) / median(list);
    const ratio = perSec(oursMs) / perSec(bareMs);
    return [
      {
        section: '1',
        measure: 'embedding, Rolefit path (embedTexts, worker thread)',
        value: `${perSec(oursMs).toFixed(1)} chunks/s`,
        note: `${texts.length} passages, ${info.tokens} tokens (${info.padded} with padding) in ${info.calls} model calls; median of ${opts.runs}`,
      },
      {
        section: '1',
        measure: 'embedding, bare onnxruntime session, same batches',
        value: `${perSec(bareMs).toFixed(1)} chunks/s`,
        note: `same vectors: min cosine ${agree.toFixed(4)}`,
      },
      {
        section: '1',
        measure: 'embedding, Rolefit / bare',
        value: ratio.toFixed(2),
        target: '>= 0.90',
        met: ratio >= 0.9,
      },
      {
        section: '1',
        measure: 'embedding, previous batching (by characters, 32 a call)',
        value: `${perSec(previousMs).toFixed(1)} chunks/s`,
        note: `padding-aware batches run ${(perSec(oursMs) / perSec(previousMs)).toFixed(2)}x this`,
      },
    ];
  } finally {
    bare.stop();
  }
}
