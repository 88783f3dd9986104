import { z } from 'zod';
import { readJsonBody } from '@/lib/http/body';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { createJob, listJobs } from '@/services/jobs';
import { requireApiRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';
import { JOB_BODY_LIMIT, JobInputSchema } from '@/services/job-input';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    await ensureReady();
    const access = await requireApiRecruiter(request);
    if (!access.ok) return access.response;
    return Response.json({ jobs: await listJobs({ recruiterId: access.value.id }) });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: Request) {
  let recruiterId: string;
  try {
    await ensureReady();
    const access = await requireApiRecruiter(request, { mutation: true });
    if (!access.ok) return access.response;
    recruiterId = access.value.id;
  } catch (err) {
    return errorResponse(err);
  }
  let body: unknown;
  try {
    body = await readJsonBody(request, JOB_BODY_LIMIT);
  } catch (err) {
    return errorResponse(err);
  }
  const parsed = JobInputSchema.safeParse(body);
  if (!parsed.success) return jsonError(z.prettifyError(parsed.error).replace(/\n/g, ' '), 400);
  try {
    const { id, warnings, ranked } = await createJob(parsed.data, recruiterId);
    // ranked: how many candidates it ranks; null while the ranking goes on in the background (large pools).
    return Response.json({ id, warnings, ranked }, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
