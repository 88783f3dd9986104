import { NextResponse } from 'next/server';
import { route } from '@/services/http';
import { health } from '@/services/startup';

export const dynamic = 'force-dynamic';

// Waits for start-up itself (health() does), so a database that cannot open answers 503 with what to check.
export const GET = route({ auth: 'public', ready: false }, async () => {
  try {
    return NextResponse.json({ status: 'ok', ...(await health()) });
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
});
