import { z } from 'zod';
import { listJobs } from '@/db/queries';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { createJob } from '@/services/jobs';
import { ensureReady } from '@/services/startup';
import { JobInputSchema } from '@/services/job-input';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    await ensureReady();
    return Response.json({ jobs: await listJobs() });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError('Send a JSON body like {"title": "...", "description": "..."}.', 400);
  }
  const parsed = JobInputSchema.safeParse(body);
  if (!parsed.success) return jsonError(z.prettifyError(parsed.error).replace(/\n/g, ' '), 400);
  try {
    await ensureReady();
    const { id, warnings } = await createJob(parsed.data);
    return Response.json({ id, warnings }, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
