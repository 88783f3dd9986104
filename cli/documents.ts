import fs from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../lib/config';
import { EMBEDDING_DIMS } from '../lib/embeddings/config';
import { embedTexts, modelInfo } from '../lib/embeddings/model';
import { ingestDocument } from '../lib/ingest';
import {
  jobPassages,
  prepareJob,
  prepareResume,
  resumePassages,
  toJobProfile,
  toResumeProfile,
  type JobProfile,
  type PreparedJob,
  type PreparedResume,
  type ResumeProfile,
} from '../lib/match';
import { guessTitle } from '../lib/structure';
import { VectorCache } from './vector-cache';

export class CliError extends Error {}

export async function readDocument(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? String(err)})`,
    );
  }
  try {
    return (await ingestDocument(new Uint8Array(bytes), { filename: path.basename(file) })).text;
  } catch (err) {
    throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export interface LoadedJob {
  file: string;
  prepared: PreparedJob;
  profile: JobProfile;
}
export interface LoadedResume {
  file: string;
  prepared: PreparedResume;
  profile: ResumeProfile;
}

/**
 * Embeds the passages of many documents with one model load, reading cached vectors where a document was
 * embedded before (the cache lives under DATA_DIR/cache/vectors).
 */
async function embedAll(docs: string[][]): Promise<Float32Array[][]> {
  const { modelId, dtype } = await modelInfo();
  const cache = new VectorCache(path.join(loadConfig().dataDir, 'cache', 'vectors'), `${modelId}|${dtype}`);
  const result: (Float32Array[] | null)[] = docs.map((p) => cache.get(p, EMBEDDING_DIMS));
  const todo = docs.map((p, i) => ({ p, i })).filter(({ i }) => result[i] === null);
  const flat = await embedTexts(todo.flatMap(({ p }) => p));
  let at = 0;
  for (const { p, i } of todo) {
    const vectors = flat.slice(at, at + p.length);
    at += p.length;
    cache.set(p, vectors);
    result[i] = vectors;
  }
  return result as Float32Array[][];
}

export async function loadJobs(files: string[]): Promise<LoadedJob[]> {
  const texts = await Promise.all(files.map(readDocument));
  const prepared = texts.map((t) => prepareJob(guessTitle(t), t));
  const vectors = await embedAll(prepared.map(jobPassages));
  return files.map((file, i) => ({
    file,
    prepared: prepared[i]!,
    profile: toJobProfile(prepared[i]!, vectors[i]!),
  }));
}

export async function loadResumes(files: string[]): Promise<LoadedResume[]> {
  const texts = await Promise.all(files.map(readDocument));
  const prepared = texts.map((t) => prepareResume(t));
  const vectors = await embedAll(prepared.map(resumePassages));
  return files.map((file, i) => ({
    file,
    prepared: prepared[i]!,
    profile: toResumeProfile(prepared[i]!, vectors[i]!),
  }));
}
