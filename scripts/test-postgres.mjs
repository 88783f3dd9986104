// npm run test:postgres: the suite's Postgres half, on the server TEST_DATABASE_URL names (PostgreSQL with pgvector,
// as a superuser: it creates and drops databases). The tests of the DATABASE_URL path run there, each file in a
// database of its own, then the whole e2e suite runs against a fresh database on it, then two production instances
// share one (playwright.instances.config.ts). `npm test` runs everything on the
// embedded database; CI (.ci/run) runs both, starting a throwaway server with ../shared/tools/postgres-pgvector.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const server = process.env.TEST_DATABASE_URL;
if (!server) {
  console.error(
    'Set TEST_DATABASE_URL to a PostgreSQL server with pgvector, for example postgres://postgres@127.0.0.1:54329/postgres',
  );
  process.exit(2);
}

const POSTGRES_UNIT_TESTS = [
  'db/postgres.test.ts',
  'services/account-security.test.ts',
  'services/rate-limits.test.ts',
];

function run(command, args, env) {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`${[command, ...args].join(' ')}: ${Math.round((Date.now() - started) / 1000)} s`);
  return result.status ?? 1;
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs `args` with DATABASE_URL naming a fresh database on the server, dropped after. */
async function onFreshDatabase(args) {
  const name = `rolefit_e2e_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  try {
    const url = new URL(server);
    url.pathname = `/${name}`;
    return run('npx', args, { DATABASE_URL: url.toString() });
  } finally {
    await admin(`drop database if exists ${name} with (force)`);
  }
}

let status = run('npx', ['vitest', 'run', ...POSTGRES_UNIT_TESTS], {});
status ||= await onFreshDatabase(['playwright', 'test']);
// Two production instances on one database, behind a round-robin proxy (reusing the e2e build in .next-e2e).
status ||= await onFreshDatabase(['playwright', 'test', '-c', 'playwright.instances.config.ts']);
process.exit(status);
