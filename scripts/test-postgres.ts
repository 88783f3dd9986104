// npm run test:postgres: the suite's Postgres half, on the server TEST_DATABASE_URL names (PostgreSQL with pgvector,
// as a superuser: it creates and drops databases). The unit tests that use a database run there, each file in a
// database of its own, then the whole e2e suite runs against a fresh database on it, then two production instances
// share one (playwright.instances.config.ts). `npm test` runs everything on the
// embedded database; CI (.ci/run) runs both, starting a throwaway server with ../shared/tools/postgres-pgvector.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { scratchDatabase } from '../test-support/postgres';

const server = process.env.TEST_DATABASE_URL;
if (!server) {
  console.error(
    'Set TEST_DATABASE_URL to a PostgreSQL server with pgvector, for example postgres://postgres@127.0.0.1:54329/postgres',
  );
  process.exit(2);
}

/**
 * The unit tests that touch a database: those of the DATABASE_URL path (test-support/postgres.ts) and those that
 * open their database through test-support/database.ts, which TEST_DB=postgres points at a scratch database.
 */
function databaseTests(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (
        /\.test\.tsx?$/.test(entry.name) &&
        /test-support\/(database|postgres)'/.test(fs.readFileSync(file, 'utf8'))
      )
        found.push(file);
    }
  };
  for (const dir of ['app', 'cli', 'db', 'lib', 'services']) if (fs.existsSync(dir)) walk(dir);
  return found.sort();
}

function run(command: string, args: string[], env: Record<string, string>): number {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`${[command, ...args].join(' ')}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status ?? 1;
}

/** Runs `args` with DATABASE_URL naming a fresh database on the server, dropped after. */
async function onFreshDatabase(args: string[]): Promise<number> {
  const scratch = await scratchDatabase(server!, 'rolefit_e2e');
  try {
    return run('npx', args, { DATABASE_URL: scratch.url });
  } finally {
    await scratch.drop();
  }
}

let status = run('npx', ['vitest', 'run', ...databaseTests()], { TEST_DB: 'postgres' });
status ||= await onFreshDatabase(['playwright', 'test']);
// Two production instances on one database, behind a round-robin proxy (reusing the e2e build in .next-e2e).
status ||= await onFreshDatabase(['playwright', 'test', '-c', 'playwright.instances.config.ts']);
process.exit(status);
