export type IngestErrorCode =
  | 'too_large'
  | 'unsupported_type'
  | 'corrupt'
  | 'encrypted'
  | 'scanned'
  | 'empty'
  | 'timeout'
  | 'too_much_text'
  | 'zip_bomb'
  | 'not_text'
  | 'too_complex'
  | 'busy';

const STATUS_BY_CODE: Record<IngestErrorCode, number> = {
  too_large: 413,
  zip_bomb: 413,
  unsupported_type: 415,
  corrupt: 422,
  encrypted: 422,
  scanned: 422,
  empty: 422,
  timeout: 422,
  too_much_text: 422,
  not_text: 422,
  too_complex: 422,
  busy: 503,
};

/** A document we refuse to read. `message` is a user-facing sentence that says what to do next. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly status: number;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.code = code;
    this.status = STATUS_BY_CODE[code];
  }
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

export function tooMuchTextError(): IngestError {
  return new IngestError(
    'too_much_text',
    'The document holds far more text than a resume or job posting, so it does not look like one. Upload a single resume or posting.',
  );
}
