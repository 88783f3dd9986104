import { sniffDocument, type DocumentKind } from './detect';
import { extractDocxText } from './docx';
import { IngestError, tooMuchTextError } from './errors';
import { normalizeText } from './normalize';
import { extractPdfText, type ExtractedText } from './pdf';

export interface IngestedDocument {
  kind: DocumentKind;
  text: string;
  pages?: number;
  warnings: string[];
}

export const MAX_TEXT_CHARS = 200_000;
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
 * Sniffs, extracts and normalises a document with no time limit of its own: it runs inside the ingest worker,
 * which is terminated when it takes too long. Call `ingestDocument` instead.
 */
export async function extractDocument(bytes: Uint8Array, filename?: string): Promise<IngestedDocument> {
  const sniffed = sniffDocument(bytes);
  if (sniffed.kind === null) throw sniffed.error;

  let extracted: ExtractedText;
  if (sniffed.kind === 'pdf') extracted = await extractPdfText(bytes, MAX_RAW_CHARS);
  else if (sniffed.kind === 'docx') extracted = await extractDocxText(bytes, sniffed.entries);
  else extracted = { text: sniffed.text, warnings: [] };
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
    warnings: [...extensionWarnings(filename, sniffed.kind), ...extracted.warnings],
  };
}

function extensionWarnings(filename: string | undefined, kind: DocumentKind): string[] {
  const extension = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const claimed = extension ? EXTENSION_KINDS[extension] : undefined;
  if (!claimed || claimed === kind) return [];
  const label = { pdf: 'a PDF', docx: 'a DOCX', text: 'plain text' }[kind];
  return [`The file is named .${extension} but its content is ${label}, so it was read as ${label}.`];
}
