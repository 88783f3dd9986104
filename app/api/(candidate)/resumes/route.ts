import { MAX_UPLOAD_BYTES } from '@/lib/ingest';
import { errorResponse, jsonError } from '@/lib/http/respond';
import { acceptResume } from '@/services/resumes';
import { ensureReady } from '@/services/startup';

export const dynamic = 'force-dynamic';

const MULTIPART_OVERHEAD = 64 * 1024;

export async function POST(request: Request) {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD) {
    return jsonError(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Upload a smaller PDF, DOCX or text file.`, 413);
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get('file');
  } catch {
    return jsonError('Send the resume as multipart/form-data with the file in a field named "file".', 400);
  }
  if (!(file instanceof File)) return jsonError('No file received: send the resume in a form field named "file".', 400);
  if (file.size > MAX_UPLOAD_BYTES) {
    return jsonError(`The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 10 MB. Upload a smaller PDF, DOCX or text file.`, 413);
  }
  try {
    await ensureReady();
    const accepted = await acceptResume(new Uint8Array(await file.arrayBuffer()), file.name);
    return Response.json(accepted, { status: 202 });
  } catch (err) {
    return errorResponse(err);
  }
}
