// A recruiter's named filters for a job's candidate list: the list's query string under a name. Each recruiter sees
// and deletes only their own.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from './client';
import { savedFilters } from './schema';

export interface SavedFilterRow {
  id: number;
  name: string;
  query: string;
}

const columns = { id: savedFilters.id, name: savedFilters.name, query: savedFilters.query };

/** The recruiter's saved filters for a job, in the order they were saved. */
export async function savedFiltersFor(jobId: string, recruiterId: string): Promise<SavedFilterRow[]> {
  const db = await getDb();
  return db
    .select(columns)
    .from(savedFilters)
    .where(and(eq(savedFilters.jobId, jobId), eq(savedFilters.recruiterId, recruiterId)))
    .orderBy(asc(savedFilters.createdAt), asc(savedFilters.id));
}

/** Saves the filters under the name, replacing the recruiter's earlier filters of that name for the job. */
export async function saveFilter(filter: {
  jobId: string;
  recruiterId: string;
  name: string;
  query: string;
}): Promise<SavedFilterRow> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx
      .delete(savedFilters)
      .where(
        and(
          eq(savedFilters.jobId, filter.jobId),
          eq(savedFilters.recruiterId, filter.recruiterId),
          eq(savedFilters.name, filter.name),
        ),
      );
    const [row] = await tx.insert(savedFilters).values(filter).returning(columns);
    return row!;
  });
}

/** Deletes one of the recruiter's saved filters for the job; false when there was none such. */
export async function deleteSavedFilter(jobId: string, recruiterId: string, id: number): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .delete(savedFilters)
    .where(
      and(eq(savedFilters.id, id), eq(savedFilters.jobId, jobId), eq(savedFilters.recruiterId, recruiterId)),
    )
    .returning({ id: savedFilters.id });
  return rows.length > 0;
}
