import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { IngestError, tooMuchTextError } from './errors';
import { layoutPage, type PageSpan, type TextRun } from './pdf-layout';

export interface ExtractedText {
  text: string;
  pages?: number;
  warnings: string[];
}

// Below this many letters and digits per page there is no usable text layer.
const MIN_READABLE_CHARS_PER_PAGE = 20;
const PAGE_NUMBER_LINE = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
const PDFJS_ERRORS_VERBOSITY = 0;
// The PDF specification's largest page side (200 inches); a crafted box may claim far more.
export const MAX_PAGE_POINTS = 14_400;

/**
 * Extracts reading-order text from a PDF; throws IngestError for damaged, locked or image-only files.
 * Runs in the ingest worker, which is terminated when a file takes too long (see worker-pool.ts).
 */
export async function extractPdfText(bytes: Uint8Array, maxChars: number): Promise<ExtractedText> {
  // pdf.js may transfer (detach) the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: PDFJS_ERRORS_VERBOSITY }).catch(
    (error: unknown) => {
      throw toIngestError(error);
    },
  );
  try {
    const pages: PageText[] = [];
    let length = 0;
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const page = await readPage(pdf, pageNumber);
      pages.push(page);
      length += page.text.length;
      if (length > maxChars) throw tooMuchTextError();
    }
    const text = pages.map((page) => page.text).join('\n\n');
    return { text, pages: pdf.numPages, warnings: textLayerWarnings(pages) };
  } catch (error) {
    throw toIngestError(error);
  } finally {
    void pdf.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

interface PageText {
  text: string;
  readableChars: number;
  /** Only checked on pages with almost no text, to tell a scanned page from a blank one. */
  hasImage: boolean;
}

async function readPage(pdf: PdfDocument, pageNumber: number): Promise<PageText> {
  const page = await pdf.getPage(pageNumber);
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  let spaceBefore = false;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    // pdf.js emits the gaps it recognised as whitespace runs; widths alone sometimes miss them.
    if (item.str.trim() === '') {
      spaceBefore ||= item.str !== '' || item.hasEOL;
      continue;
    }
    const [a, b, c, d, e, f] = item.transform as number[];
    runs.push({
      text: item.str,
      x: e ?? 0,
      y: f ?? 0,
      width: item.width,
      size: Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || item.height,
      spaceBefore,
    });
    spaceBefore = false;
  }
  const text = dropPageNumbers(layoutPage(runs, pageSpan(page.view))).join('\n');
  const readableChars = countReadable(text);
  const hasImage = readableChars < MIN_READABLE_CHARS_PER_PAGE && (await paintsImage(page));
  page.cleanup();
  return { text, readableChars, hasImage };
}

/**
 * The page's horizontal extent from its box (pdf.js's view: MediaBox clipped by CropBox), no wider than the PDF
 * specification allows; undefined when the box is not a usable rectangle.
 */
export function pageSpan(view: readonly number[]): PageSpan | undefined {
  const [a = NaN, , c = NaN] = view;
  if (!Number.isFinite(a) || !Number.isFinite(c) || a === c) return undefined;
  const x0 = Math.min(a, c);
  return { x0, x1: Math.min(Math.max(a, c), x0 + MAX_PAGE_POINTS) };
}

async function paintsImage(page: Awaited<ReturnType<PdfDocument['getPage']>>): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS();
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
  ]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((op) => imageOps.has(op));
}

function dropPageNumbers(lines: string[]): string[] {
  const isPageNumber = (line: string | undefined): boolean =>
    line !== undefined && PAGE_NUMBER_LINE.test(line.trim());
  const out = [...lines];
  if (isPageNumber(out[out.length - 1])) out.pop();
  if (isPageNumber(out[0])) out.shift();
  return out;
}

function textLayerWarnings(pages: PageText[]): string[] {
  const readable = sum(pages.map((page) => page.readableChars));
  if (readable < MIN_READABLE_CHARS_PER_PAGE * pages.length) {
    // No text and no images: a blank or broken page tree, not a scan.
    if (!pages.some((page) => page.hasImage)) {
      throw new IngestError(
        'empty',
        'This PDF has no readable text. Check that you picked the right file, or export it again as PDF, or upload a DOCX or TXT.',
      );
    }
    throw new IngestError(
      'scanned',
      'This PDF looks scanned (no text layer). Upload a text PDF or a DOCX, or run OCR first.',
    );
  }
  const scannedPages = pages.flatMap((page, i) => (page.hasImage ? [i + 1] : []));
  if (scannedPages.length === 0) return [];
  const which =
    scannedPages.length === 1 ? `Page ${scannedPages[0]} is` : `Pages ${scannedPages.join(', ')} are`;
  return [
    `${which} an image without a text layer, so its content was not read. Run OCR first if it matters.`,
  ];
}

function countReadable(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function toIngestError(error: unknown): IngestError {
  if (error instanceof IngestError) return error;
  const name = error instanceof Object && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') {
    return new IngestError(
      'encrypted',
      'This PDF is password-protected. Remove the password (for example, save or print it as a new PDF) and upload it again.',
      { cause: error },
    );
  }
  return new IngestError(
    'corrupt',
    'This PDF could not be read; it may be damaged or incomplete. Re-export it as PDF or upload a DOCX.',
    { cause: error },
  );
}
