import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

/**
 * Vectors of a document's passages on disk, keyed by a hash of the model and the passages, so a file embedded
 * once is never embedded again, whatever it is matched against.
 */
export class VectorCache {
  constructor(
    private readonly dir: string,
    private readonly modelKey: string,
  ) {}

  private file(passages: readonly string[]): string {
    const hash = createHash('sha256')
      .update(this.modelKey)
      .update('\0')
      .update(JSON.stringify(passages))
      .digest('hex');
    return path.join(this.dir, hash.slice(0, 2), `${hash}.f32`);
  }

  get(passages: readonly string[], dims: number): Float32Array[] | null {
    try {
      const buf = fs.readFileSync(this.file(passages));
      if (buf.byteLength !== passages.length * dims * 4) return null;
      const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
      return passages.map((_, i) => all.slice(i * dims, (i + 1) * dims));
    } catch {
      return null;
    }
  }

  set(passages: readonly string[], vectors: readonly Float32Array[]): void {
    const target = this.file(passages);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const dims = vectors[0]?.length ?? 0;
    const all = new Float32Array(vectors.length * dims);
    vectors.forEach((v, i) => all.set(v, i * dims));
    // Write then rename, so a concurrent reader never sees half a file.
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(all.buffer));
    fs.renameSync(tmp, target);
  }
}
