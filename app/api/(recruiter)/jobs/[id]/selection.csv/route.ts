import { errorResponse, jsonError } from '@/lib/http/respond';
import { isWellFormedId } from '@/services/ids';
import { selectionCsv } from '@/services/selection';
import { requireApiRecruiter } from '@/services/session';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

/**
 * The candidates checked in the job's table as CSV, with the export's columns: a form post of `resumeId` fields (the
 * table's "Export selected" button), answered with an attachment. Cookie-authenticated posts must come from Rolefit.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    await ensureReady();
    const access = await requireApiRecruiter(request, { mutation: true });
    if (!access.ok) return access.response;
    if (!isWellFormedId(id)) return jsonError('No job with this id. List your jobs with GET /api/jobs.', 404);
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return jsonError('Send the selection as a form with a resumeId field per candidate.', 400);
    }
    const ids = form
      .getAll('resumeId')
      .filter((v): v is string => typeof v === 'string' && isWellFormedId(v));
    const { filename, csv } = await selectionCsv(id, access.value, ids);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
