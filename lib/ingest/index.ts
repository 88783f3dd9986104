import { sniffDocument, type DocumentKind } from './detect';
import { extractDocxText } from './docx';
import { IngestError, tooMuchTextError } from './errors';
import { normalizeText } from './normalize';
import { extractPdfText, type ExtractedText } from './pdf';

export { detectKind, type DocumentKind } from './detect';
export { IngestError, isIngestError, type IngestErrorCode } from './errors';
export { normalizeText } from './normalize';

export interface IngestedDocument {
  kind: DocumentKind;
  text: string;
  pages?: number;
  warnings: string[];
}

export interface IngestOptions {
  /** Only used to warn when the name disagrees with the content; the type is always judged from the bytes. */
  filename?: string;
  timeoutMs?: number;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_TEXT_CHARS = 200_000;
const DEFAULT_TIMEOUT_MS = 15_000;
const MIN_NON_SPACE_CHARS = 30;
// Normalising can shrink text (collapsed spaces), so raw text gets some headroom before the final cap.
const MAX_RAW_CHARS = MAX_TEXT_CHARS * 5;

const EXTENSION_KINDS: Record<string, DocumentKind> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
};

/**
 * Turns uploaded file bytes (PDF, DOCX, or UTF-8/UTF-16/Windows-1252 text) into normalised text.
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
  const sniffed = sniffDocument(bytes);
  if (sniffed.kind === null) throw sniffed.error;

  const extracted = await withTimeout(
    opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    async (signal): Promise<ExtractedText> => {
      if (sniffed.kind === 'pdf') return extractPdfText(bytes, signal, MAX_RAW_CHARS);
      if (sniffed.kind === 'docx') return extractDocxText(bytes, sniffed.entries, signal);
      return { text: sniffed.text, warnings: [] };
    },
  );
  if (extracted.text.length > MAX_RAW_CHARS) throw tooMuchTextError();

  const text = normalizeText(extracted.text);
  if (text.length > MAX_TEXT_CHARS) throw tooMuchTextError();
  if (text.replace(/\s/g, '').length < MIN_NON_SPACE_CHARS) {
    throw new IngestError(
      'empty',
      'The document has no readable text. Check that you picked the right file, or upload it as PDF, DOCX or TXT.',
    );
  }
  return {
    kind: sniffed.kind,
    text,
    ...(extracted.pages === undefined ? {} : { pages: extracted.pages }),
    warnings: [...extensionWarnings(opts.filename, sniffed.kind), ...extracted.warnings],
  };
}

async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timeoutError = new IngestError(
    'timeout',
    'The file took too long to read. Re-export it as a simpler PDF, or upload a DOCX or TXT instead.',
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort(timeoutError);
      reject(timeoutError);
    }, timeoutMs);
  });
  const running = work(controller.signal);
  // The losing promise still settles later; keep that from surfacing as an unhandled rejection.
  running.catch(() => undefined);
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function extensionWarnings(filename: string | undefined, kind: DocumentKind): string[] {
  const extension = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const claimed = extension ? EXTENSION_KINDS[extension] : undefined;
  if (!claimed || claimed === kind) return [];
  const label = { pdf: 'a PDF', docx: 'a DOCX', text: 'plain text' }[kind];
  return [`The file is named .${extension} but its content is ${label}, so it was read as ${label}.`];
}
