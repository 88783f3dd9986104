// Applies the committed migrations to the configured database (DATA_DIR or DATABASE_URL) and exits.
import { closeDb, getDbHandle } from '../db/client';

const { kind } = await getDbHandle();
console.log(`Migrations applied (${kind}).`);
await closeDb();
