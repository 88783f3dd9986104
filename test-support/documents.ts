// Documents for tests: the committed fixtures (e2e/fixtures/) and files built on the spot (a DOCX, PDFs that make a
// parser spin or hold huge pages), shared by the unit tests, the e2e specs and the bench.
import { readFileSync } from 'node:fs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildZip } from './zip';

export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../e2e/fixtures/${name}`, import.meta.url)));
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A minimal DOCX that Word and mammoth open: one paragraph per body line and, when given, a page header whose text
 * goes into the XML as it is (so a test can put entities such as `&#x110000;` there).
 */
export function buildDocx({ body, header }: { body: string[]; header?: string }): Uint8Array {
  const paragraphs = (lines: string[]) =>
    lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${line}</w:t></w:r></w:p>`).join('');
  const entries = [
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${header === undefined ? '' : '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${WORD_NS}"><w:body>${paragraphs(body)}</w:body></w:document>`,
    },
  ];
  if (header !== undefined)
    entries.push({
      name: 'word/header1.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="${WORD_NS}">${paragraphs([header])}</w:hdr>`,
    });
  return buildZip(entries);
}

/**
 * A 4 KB PDF that keeps pdf.js busy for minutes: each of 18 nested form XObjects draws the next one twice, so the
 * last, which draws one letter, is drawn 2^18 times. It stands for any file that makes parsing spin.
 */
export async function buildSpinningPdf(): Promise<Uint8Array> {
  const depth = 18;
  const forms = Array.from({ length: depth + 1 }, (_, level) => {
    const id = 6 + level;
    const [resources, content] =
      level === depth
        ? ['/Font << /F1 4 0 R >>', 'BT /F1 1 Tf (a) Tj ET']
        : [`/XObject << /X ${id + 1} 0 R >>`, '/X Do /X Do'];
    return pdfStream(
      `/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << ${resources} >>`,
      content,
    );
  });
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    pdfStream('', 'BT /F1 11 Tf 50 700 Td (Python engineer with Docker and AWS) Tj ET /X Do'),
    ...forms,
  ]);
}

/** A two-column page `width` points wide (the PDF specification allows 14,400; a crafted file may say a billion). */
export async function buildWidePagePdf(width: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([width, 792]);
  for (let i = 0; i < 40; i++) {
    page.drawText(`Line ${i}: Python engineer with Docker and AWS`, {
      x: 50 + (i % 2) * 300,
      y: 700 - i * 15,
      size: 11,
      font,
    });
  }
  // Fixed dates, so two builds of one width are the same bytes.
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  return doc.save();
}

/** A PDF of the given objects (numbered from 1; the first is the catalog), with its cross-reference table. */
function rawPdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets = objects.map((body, i) => {
    const offset = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function pdfStream(dict: string, content: string): string {
  return `<< ${dict} /Length ${content.length} >>\nstream\n${content}\nendstream`;
}
