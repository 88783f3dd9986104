import { NextResponse } from 'next/server';
import { getDbHandle } from '@/db/client';
import { countJobs } from '@/db/jobs';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await ensureReady();
    const { kind } = await getDbHandle();
    return NextResponse.json({ status: 'ok', database: kind, jobs: await countJobs() });
  } catch (err) {
    console.error(err);
    return NextResponse.json(
      {
        status: 'error',
        error: 'The database is not available. Check DATA_DIR or DATABASE_URL and the server log.',
      },
      { status: 503 },
    );
  }
}
