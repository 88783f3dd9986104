import 'server-only';
import { resumeOriginal } from '../db/resume-files';
import { getResume } from '../db/resumes';
import { parseCheck, type ParseCheckItem } from '../lib/candidate/parse-check';
import { readDocxLayout } from '../lib/ingest/docx-layout';

export type { ParseCheckItem };

/**
 * The parse check of a ready resume: contact, sections, dates and layout as an applicant-tracking parser would meet
 * them, from the stored text and (for a DOCX) the original file's XML. Null while it is not ready or when it is gone.
 */
export async function resumeParseCheck(resumeId: string): Promise<ParseCheckItem[] | null> {
  const resume = await getResume(resumeId);
  if (!resume || resume.status !== 'ready') return null;
  const original = resume.kind === 'docx' ? await resumeOriginal(resumeId) : null;
  return parseCheck({
    text: resume.text,
    contact: resume.contact ?? null,
    kind: resume.kind,
    warnings: resume.warnings,
    docx: original ? readDocxLayout(original.bytes) : null,
  });
}
