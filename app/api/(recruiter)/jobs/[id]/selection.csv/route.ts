import { csvAttachment, jsonError } from '@/lib/http/respond';
import { NO_SUCH_JOB, route } from '@/services/http';
import { isWellFormedId } from '@/services/ids';
import { MAX_SELECTION, selectionCsv } from '@/services/selection';

export const dynamic = 'force-dynamic';

// A resumeId field per checked candidate, at most MAX_SELECTION of them: a few KB, far under the cap.
const SELECTION_BODY_LIMIT = {
  maxBytes: 256 * 1024,
  tooLarge: `The selection is larger than 256 KB. Select at most ${MAX_SELECTION} candidates, then export again.`,
  malformed: 'Send the selection as a form with a resumeId field per candidate.',
};

/**
 * The candidates checked in the job's table as CSV, with the export's columns: a form post of `resumeId` fields (the
 * table's "Export selected" button), answered with an attachment. Cookie-authenticated posts must come from Rolefit.
 */
export const POST = route<{ id: string }>(
  { auth: 'recruiter', mutation: true, body: SELECTION_BODY_LIMIT },
  async ({ params: { id }, recruiter, form }) => {
    if (!isWellFormedId(id)) return jsonError(NO_SUCH_JOB, 404);
    const ids = (await form())
      .getAll('resumeId')
      .filter((v): v is string => typeof v === 'string' && isWellFormedId(v));
    const { filename, csv } = await selectionCsv(id, recruiter, ids);
    return csvAttachment(filename, csv);
  },
);
