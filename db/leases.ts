// Leases on queue rows (resumes to process, jobs to score): a claim holds until its lease ends, and a row whose lease
// ended (or never began) may be claimed again.
import 'server-only';
import { isNull, lt, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** The database time `ms` milliseconds from now, for a lease's end. */
export const leaseEnd = (ms: number): SQL => sql`now() + ${ms} * interval '1 millisecond'`;

/** True where the lease in `until` has ended or was never taken. */
export const leaseFree = (until: AnyColumn): SQL => or(isNull(until), lt(until, sql`now()`))!;
