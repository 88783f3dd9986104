// Column types drizzle has no builder for, shared by the tables that use them.
import { customType } from 'drizzle-orm/pg-core';

/**
 * Postgres's text-search vector. Only the database reads it (`@@` in db/candidate-filters.ts); rows leave it out, so
 * the app never sees its value.
 */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
