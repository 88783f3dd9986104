import { UserError } from './errors';

/** Room for the multipart boundaries and part headers around the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface UploadLimits {
  maxFileBytes: number;
  field: string;
}

/**
 * Reads one file field from a multipart/form-data request. The size limit holds while the body streams in: a
 * declared Content-Length over the limit is refused before reading anything, and a chunked or lying body is
 * refused as soon as the bytes received pass it, so at most the limit plus the multipart overhead is ever buffered.
 * Throws UserError (400, 413 or 415) with a sentence that says what to do.
 */
export async function readUploadedFile(
  request: Request,
  { maxFileBytes, field }: UploadLimits,
): Promise<UploadedFile> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    throw new UserError(
      `Send the resume as multipart/form-data with the file in a field named "${field}".`,
      415,
    );
  }
  const maxBodyBytes = maxFileBytes + MULTIPART_OVERHEAD_BYTES;
  const declared = Number(request.headers.get('content-length') ?? 'NaN');
  if (declared > maxBodyBytes) throw tooLarge(maxFileBytes);

  const body = await readBodyWithin(request, maxBodyBytes);
  if (body === null) throw tooLarge(maxFileBytes);

  let file: FormDataEntryValue | null;
  try {
    // The bytes are already bounded, so the platform's parser can have them whole.
    file = (await new Response(body, { headers: { 'content-type': contentType } }).formData()).get(field);
  } catch {
    throw new UserError(
      `The upload could not be read as a form. Send the resume as multipart/form-data in a field named "${field}".`,
      400,
    );
  }
  if (!(file instanceof File))
    throw new UserError(`No file received: send the resume in a form field named "${field}".`, 400);
  if (file.size > maxFileBytes) throw tooLarge(maxFileBytes);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The whole body, or null as soon as it passes `maxBytes` (the rest is never read). */
export async function readBodyWithin(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function tooLarge(maxFileBytes: number): UserError {
  const megabytes = Math.round(maxFileBytes / 1024 / 1024);
  return new UserError(
    `The file is larger than ${megabytes} MB. Upload a smaller PDF, DOCX or text file.`,
    413,
  );
}
