// Builds the app into its own dist dir and starts it on a fresh, private data dir for the e2e suite.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const port = process.argv[2] ?? '3100';
// One build dir per port, so suites on different ports never overwrite each other's build.
const distDir = port === '3100' ? '.next-e2e' : `.next-e2e-${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rolefit-e2e-'));
// Specs that check what is on disk ("deleted for good") find the data dir here.
fs.mkdirSync(path.join('e2e', '.auth'), { recursive: true });
fs.writeFileSync(path.join('e2e', '.auth', `data-dir-${port}.txt`), dataDir);
// The specs stand in for clients behind a proxy (X-Forwarded-For names each one), so rate limits apply per test
// client; 300 uploads a minute per client leaves room for the load test, and a 5 s parse limit keeps hostile files quick.
const testDefaults = { TRUST_PROXY: '1', UPLOAD_RATE_LIMIT: '300', INGEST_TIMEOUT_MS: '5000' };
const env = {
  ...testDefaults,
  ...process.env,
  NEXT_DIST_DIR: distDir,
  DATA_DIR: dataDir,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: '1',
};
const next = path.join('node_modules', 'next', 'dist', 'bin', 'next');

if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(process.execPath, [next, 'build'], { env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Playwright's API client keeps idle connections open with no time limit of its own, and Node's server closes one after
// 5 s idle: a request sent on a connection in the instant the server closes it fails with ECONNRESET (one CI run lost
// a test to it, after 5 s of page checks between two uploads). Idle connections stay open for longer than a test
// may last (its 120 s timeout), so the client never reuses one the server is closing.
const KEEP_ALIVE_MS = '130000';
const server = spawn(
  process.execPath,
  [next, 'start', '-p', port, '-H', '127.0.0.1', '--keepAliveTimeout', KEEP_ALIVE_MS],
  {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
// The server's output goes on to the test runner and into a file, where a spec can check a request left no error.
const log = fs.createWriteStream(path.join('e2e', '.auth', `server-log-${port}.txt`));
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
server.stderr.on('data', (chunk) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
const stop = () => {
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
