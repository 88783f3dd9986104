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

export async function startTestPostgres(opts: { maxConnections?: number } = {}): Promise<TestPostgres> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `rolefit_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'server',
      async stop() {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
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
