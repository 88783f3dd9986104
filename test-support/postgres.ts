// A Postgres server for the tests of the DATABASE_URL path. With TEST_DATABASE_URL (CI sets it to a real PostgreSQL
// with pgvector, see .ci/run) each test file gets a database of its own on that server, so connections run truly in
// parallel; without it, node-postgres talks to @electric-sql/pglite-socket serving an in-memory PGlite, which runs
// one statement at a time (enough for a machine without a Postgres server).
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Client } from 'pg';

export interface TestPostgres {
  url: string;
  /** 'server' for a real PostgreSQL, 'pglite-socket' for the stand-in. */
  kind: 'server' | 'pglite-socket';
  stop(): Promise<void>;
}

/**
 * A new, empty database on the server `serverUrl` names (tests and the bench never touch the database the URL itself
 * names); `drop()` removes it with everything in it.
 */
export async function scratchDatabase(
  serverUrl: string,
  prefix = 'rolefit_test',
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

export async function startTestPostgres(opts: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const scratch = await scratchDatabase(serverUrl);
    return { url: scratch.url, kind: 'server', stop: scratch.drop };
  }
  const pglite = await PGlite.create({ extensions: { vector } });
  const server = new PGLiteSocketServer({
    db: pglite,
    port: 0,
    host: '127.0.0.1',
    maxConnections: opts.maxConnections ?? 32,
  });
  await server.start();
  return {
    url: `postgres://postgres:postgres@${server.getServerConn()}/postgres`,
    kind: 'pglite-socket',
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
