import { readCappedBody } from './body';
import { UserError } from './errors';

/** Room for the multipart boundaries and part headers around the file itself. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
  /** The text fields asked for (`textFields`) sent with the file; a field not sent is absent. */
  fields: Record<string, string | undefined>;
}

export interface UploadLimits {
  maxFileBytes: number;
  field: string;
  /** Plain form fields to read beside the file (their size is bounded by the multipart overhead). */
  textFields?: readonly string[];
}

/**
 * Reads one file field from a multipart/form-data request. The size limit holds while the body streams in: a
 * declared Content-Length over the limit is refused before reading anything, and a chunked or lying body is
 * refused as soon as the bytes received pass it, so at most the limit plus the multipart overhead is ever buffered.
 * Throws UserError (400, 413 or 415) with a sentence that says what to do.
 */
export async function readUploadedFile(
  request: Request,
  { maxFileBytes, field, textFields = [] }: UploadLimits,
): Promise<UploadedFile> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    throw new UserError(
      `Send the resume as multipart/form-data with the file in a field named "${field}".`,
      415,
    );
  }
  const body = await readCappedBody(request, {
    maxBytes: maxFileBytes + MULTIPART_OVERHEAD_BYTES,
    tooLarge: tooLarge(maxFileBytes),
  });

  let form: FormData;
  try {
    // The bytes are already bounded, so the platform's parser can have them whole.
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new UserError(
      `The upload could not be read as a form. Send the resume as multipart/form-data in a field named "${field}".`,
      400,
    );
  }
  const file = form.get(field);
  if (!(file instanceof File))
    throw new UserError(`No file received: send the resume in a form field named "${field}".`, 400);
  if (file.size > maxFileBytes) throw new UserError(tooLarge(maxFileBytes), 413);
  const fields: Record<string, string | undefined> = {};
  for (const name of textFields) {
    const value = form.get(name);
    if (value instanceof File)
      throw new UserError(
        `Send "${name}" as a plain form field with the file, not as a file of its own.`,
        400,
      );
    if (value !== null) fields[name] = value;
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), fields };
}

function tooLarge(maxFileBytes: number): string {
  const megabytes = Math.round(maxFileBytes / 1024 / 1024);
  return `The file is larger than ${megabytes} MB. Upload a smaller PDF, DOCX or text file.`;
}
