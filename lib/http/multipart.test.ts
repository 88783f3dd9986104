import { describe, expect, it } from 'vitest';
import { UserError } from './errors';
import { MULTIPART_OVERHEAD_BYTES, readUploadedFile } from './multipart';

const LIMITS = { maxFileBytes: 1024 * 1024, field: 'file' };

function formRequest(form: FormData): Request {
  return new Request('http://rolefit.test/api/resumes', { method: 'POST', body: form });
}

async function refusal(request: Request): Promise<UserError> {
  const error = await readUploadedFile(request, LIMITS).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

/** A body that never ends, counting what the reader pulled from it. */
function endlessBody(chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readUploadedFile', () => {
  it('returns the file of the named field with its name and bytes', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Python engineer']), 'cv.txt');
    const file = await readUploadedFile(formRequest(form), LIMITS);
    expect(file.name).toBe('cv.txt');
    expect(new TextDecoder().decode(file.bytes)).toBe('Python engineer');
  });

  it('reads the text fields asked for beside the file, and leaves out those not sent', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Python engineer']), 'cv.txt');
    form.append('visibility', 'private');
    const upload = await readUploadedFile(formRequest(form), {
      ...LIMITS,
      textFields: ['visibility', 'note'],
    });
    expect(upload.fields).toEqual({ visibility: 'private' });
    expect((await readUploadedFile(formRequest(form), LIMITS)).fields).toEqual({});
  });

  it('refuses a text field sent as a file, saying how to send it', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Python engineer']), 'cv.txt');
    form.append('visibility', new Blob(['private']), 'visibility.txt');
    const error = await readUploadedFile(formRequest(form), { ...LIMITS, textFields: ['visibility'] }).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).status).toBe(400);
    expect((error as UserError).message).toMatch(/plain form field/);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { stream, pulled } = endlessBody(64 * 1024);
    const request = new Request('http://rolefit.test/api/resumes', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: {
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(200 * 1024 * 1024),
      },
    } as RequestInit);
    const error = await refusal(request);
    expect(error.status).toBe(413);
    expect(error.message).toBe('The file is larger than 1 MB. Upload a smaller PDF, DOCX or text file.');
    expect(pulled()).toBeLessThanOrEqual(64 * 1024 * 2); // at most what the stream buffered ahead on its own
  });

  it('stops reading a chunked body as soon as it passes the limit', async () => {
    const chunk = 64 * 1024;
    const { stream, pulled } = endlessBody(chunk);
    const request = new Request('http://rolefit.test/api/resumes', {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    } as RequestInit);
    const error = await refusal(request);
    expect(error.status).toBe(413);
    expect(pulled()).toBeLessThanOrEqual(LIMITS.maxFileBytes + MULTIPART_OVERHEAD_BYTES + 3 * chunk);
  });

  it('refuses a file over the limit that fits in the multipart overhead', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(LIMITS.maxFileBytes + 10)]), 'big.txt');
    expect((await refusal(formRequest(form))).status).toBe(413);
  });

  it('says what to send when the body is not a form, or has no file', async () => {
    const json = new Request('http://rolefit.test/api/resumes', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    const notForm = await refusal(json);
    expect({ status: notForm.status, message: notForm.message }).toEqual({
      status: 415,
      message: 'Send the resume as multipart/form-data with the file in a field named "file".',
    });

    const form = new FormData();
    form.append('resume', 'just text');
    expect((await refusal(formRequest(form))).message).toMatch(
      /No file received: send the resume in a form field named "file"/,
    );

    const garbled = new Request('http://rolefit.test/api/resumes', {
      method: 'POST',
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect((await refusal(garbled)).status).toBe(400);
  });
});
