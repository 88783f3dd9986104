// Every table, for drizzle-kit (drizzle.config.ts) and the typed client (db/client.ts), each with its row type
// ($inferSelect). The tables are declared by entity under db/tables/. Not marked server-only: drizzle-kit loads it in
// plain Node.
export * from './tables/accounts';
export * from './tables/jobs';
export * from './tables/resumes';
export * from './tables/scores';
export * from './tables/workspace';
