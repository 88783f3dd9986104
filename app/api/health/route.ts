import { NextResponse } from 'next/server';
import { health } from '@/services/startup';

export const dynamic = 'force-dynamic';

export async function GET() {
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
}
