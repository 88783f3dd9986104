import { UserError } from '@/lib/http/errors';
import { jsonError } from '@/lib/http/respond';
import { IngestError } from '@/lib/ingest';
import { isResumeArchive, MAX_ARCHIVE_BYTES } from '@/lib/workspace/archive';
import { addArchiveToJob, addResumeToJob } from '@/services/bulk';
import { NO_SUCH_JOB, route } from '@/services/http';
import { jobForRecruiter } from '@/services/jobs';
import { resumeStatuses } from '@/services/workspace';

export const dynamic = 'force-dynamic';

const MAX_STATUS_IDS = 200;

/**
 * Bulk upload: one resume, or one .zip of resumes, for a job. The answer streams as NDJSON, one line per event:
 * `{"type":"archive","entries":[{index,name}]}` for a zip, then `{"type":"result","index","name","outcome":"added"|
 * "duplicate"|"error","message","resumeId"?}` per file as it is done, and `{"type":"done",...counts}` last.
 * A client that goes away mid-stream stops only the answer: every file received is still stored and ranked, so
 * sending the batch again adds only what never arrived.
 */
export const POST = route<{ id: string }>(
  { auth: 'recruiter', mutation: true, upload: { maxFileBytes: MAX_ARCHIVE_BYTES, field: 'file' } },
  async ({ params: { id }, recruiter, file: readFile }) => {
    const job = await jobForRecruiter(id, recruiter.id);
    if (!job) return jsonError(NO_SUCH_JOB, 404);
    if (job.status !== 'open') return jsonError('This job is closed. Reopen it to add candidates.', 409);
    const recruiterId = recruiter.id;
    const file = await readFile();
    const archive = isResumeArchive(file.name, file.bytes);

    const encoder = new TextEncoder();
    const counts = { added: 0, duplicates: 0, errors: 0 };
    /** False once the client is gone: nothing more is written to it, but the files go on being processed. */
    let listening = true;
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: object) => {
          if (!listening) return;
          try {
            controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
          } catch {
            listening = false;
          }
        };
        const count = (outcome: 'added' | 'duplicate' | 'error') => {
          if (outcome === 'added') counts.added++;
          else if (outcome === 'duplicate') counts.duplicates++;
          else counts.errors++;
        };
        try {
          if (archive) {
            for await (const event of addArchiveToJob(job.id, recruiterId, file.bytes)) {
              if (event.type === 'result') count(event.outcome);
              send(event);
            }
          } else {
            const outcome = await addResumeToJob(job.id, recruiterId, file.bytes, file.name);
            count(outcome.outcome);
            send({ type: 'result', index: 0, name: file.name, ...outcome });
          }
          send({ type: 'done', ...counts });
        } catch (err) {
          const known = err instanceof IngestError || err instanceof UserError;
          if (!known) console.error('Bulk upload failed:', err);
          send({
            type: 'failed',
            error: known
              ? err.message
              : 'The upload stopped because of an error on our side. Upload the rest again.',
          });
        } finally {
          if (listening) {
            try {
              controller.close();
            } catch {
              // Closed by the client going away in the meantime.
            }
          }
        }
      },
      cancel() {
        listening = false;
      },
    });
    // no-transform keeps compression from holding the lines back until the end.
    return new Response(stream, {
      headers: {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Cache-Control': 'no-store, no-transform',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  },
);

/** Where bulk-uploaded resumes stand: `?ids=a,b,c` gives `{"resumes": [{"id", "status", "error"}]}`. */
export const GET = route<{ id: string }>(
  { auth: 'recruiter' },
  async ({ request, params: { id }, recruiter }) => {
    if (!(await jobForRecruiter(id, recruiter.id))) return jsonError(NO_SUCH_JOB, 404);
    const ids = (new URL(request.url).searchParams.get('ids') ?? '')
      .split(',')
      .filter((s) => /^[\w-]{1,64}$/.test(s));
    if (ids.length > MAX_STATUS_IDS)
      return jsonError(`Ask for at most ${MAX_STATUS_IDS} resumes at a time.`, 400);
    return Response.json(
      { resumes: await resumeStatuses(ids) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  },
);
