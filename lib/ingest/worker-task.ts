// What the ingest worker thread runs for one file, with the outcome in a form that survives postMessage.
import { IngestError, type IngestErrorCode } from './errors';
import { extractDocument, type IngestedDocument } from './extract';

export interface ExtractRequest {
  bytes: Uint8Array;
  filename?: string;
}

export type ExtractReply =
  | { type: 'done'; doc: IngestedDocument }
  | { type: 'refused'; code: IngestErrorCode; message: string }
  | { type: 'failed'; message: string; stack?: string };

export async function runExtraction({ bytes, filename }: ExtractRequest): Promise<ExtractReply> {
  try {
    return { type: 'done', doc: await extractDocument(bytes, filename) };
  } catch (error) {
    if (error instanceof IngestError) return { type: 'refused', code: error.code, message: error.message };
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    return { type: 'failed', message, ...(stack ? { stack } : {}) };
  }
}
