import { IngestError } from './errors';
import type { IngestedDocument } from './extract';
import { extractInWorker } from './worker-pool';

export { detectKind, type DocumentKind } from './detect';
export { IngestError, isIngestError, type IngestErrorCode } from './errors';
export { MAX_TEXT_CHARS, type IngestedDocument } from './extract';
export { normalizeText } from './normalize';

export interface IngestOptions {
  /** Only used to warn when the name disagrees with the content; the type is always judged from the bytes. */
  filename?: string;
  timeoutMs?: number;
  /**
   * Who sent the file (an uploader's address, a recruiter): clients take turns at the readers, so one client's many
   * or slow files delay only that client. Calls that name none count as one client.
   */
  client?: string;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Turns uploaded file bytes (PDF, DOCX, or UTF-8/UTF-16/Windows-1252 text) into normalised text.
 * Parsing runs in a worker thread that is terminated after `timeoutMs` (default INGEST_TIMEOUT_MS, 15 s), or after
 * INGEST_TURN_MS (3 s) while another client's file waits, and has a heap cap (INGEST_WORKER_MEMORY_MB, 512), so a
 * file that makes a parser spin or balloon costs one worker for a few seconds, not the server.
 * Throws IngestError with an HTTP status and a user-facing message for anything it cannot read.
 */
export async function ingestDocument(bytes: Uint8Array, opts: IngestOptions = {}): Promise<IngestedDocument> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) {
    const megabytes = (bytes.byteLength / 1024 / 1024).toFixed(1);
    throw new IngestError(
      'too_large',
      `The file is ${megabytes} MB; the limit is 10 MB. Upload a smaller file, such as a PDF without large images, or a DOCX.`,
    );
  }
  return extractInWorker(bytes, opts.filename, { client: opts.client, timeoutMs: opts.timeoutMs });
}
