import { z } from 'zod';
import { jsonError } from '@/lib/http/respond';
import { route } from '@/services/http';
import { createJob, listJobs } from '@/services/jobs';
import { JOB_BODY_LIMIT, JobInputSchema } from '@/services/job-input';

export const dynamic = 'force-dynamic';

export const GET = route({ auth: 'recruiter' }, async ({ recruiter }) =>
  Response.json({ jobs: await listJobs({ recruiterId: recruiter.id }) }),
);

export const POST = route(
  { auth: 'recruiter', mutation: true, body: JOB_BODY_LIMIT },
  async ({ recruiter, json }) => {
    const parsed = JobInputSchema.safeParse(await json());
    if (!parsed.success) return jsonError(z.prettifyError(parsed.error).replace(/\n/g, ' '), 400);
    const { id, warnings, ranked } = await createJob(parsed.data, recruiter.id);
    // ranked: how many candidates it ranks; null while the ranking goes on in the background (large pools).
    return Response.json({ id, warnings, ranked }, { status: 201 });
  },
);
