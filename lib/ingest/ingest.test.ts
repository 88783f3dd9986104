import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { IngestError, ingestDocument, MAX_UPLOAD_BYTES, type IngestErrorCode } from './index';
import { buildDocx, buildSpinningPdf, readFixture } from '../../test-support/documents';
import { buildZip } from '../../test-support/zip';

const ML_SKILLS = [
  'Python',
  'PyTorch',
  'TensorFlow',
  'scikit-learn',
  'Docker',
  'AWS',
  'SQL',
  'Airflow',
  'experiment tracking',
  'model deployment',
  'CI/CD',
];

async function ingestError(
  bytes: Uint8Array,
  opts?: Parameters<typeof ingestDocument>[1],
): Promise<IngestError> {
  const error = await ingestDocument(bytes, opts).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

async function expectIngestError(
  bytes: Uint8Array,
  code: IngestErrorCode,
  status: number,
  message: RegExp,
): Promise<void> {
  const error = await ingestError(bytes);
  expect({ code: error.code, status: error.status }).toEqual({ code, status });
  expect(error.message).toMatch(message);
}

function lines(text: string): string[] {
  return text.split('\n');
}

describe('ingestDocument: good fixtures', () => {
  it('reads the two-page ML engineer PDF with its lines and sections intact', async () => {
    const doc = await ingestDocument(readFixture('resume-ml-engineer.pdf'), {
      filename: 'resume-ml-engineer.pdf',
    });
    expect(doc.kind).toBe('pdf');
    expect(doc.pages).toBe(2);
    expect(doc.warnings).toEqual([]);
    for (const skill of ML_SKILLS) expect(doc.text).toContain(skill);
    expect(doc.text).not.toMatch(/kubernetes|k8s|mlflow/i);
    expect(lines(doc.text)).toContain('Jordan Lee');
    expect(lines(doc.text)).toContain(
      'Senior Machine Learning Engineer, Northwind Analytics, Seattle, WA Mar 2021 – Present',
    );
    expect(lines(doc.text)).toContain('- Cloud: AWS (S3, EC2, Lambda, ECR, CloudWatch), Terraform, Linux');
    expect(doc.text).toMatch(/\n\nEXPERIENCE\n/);
    expect(doc.text).not.toMatch(/Page \d of \d/);
    const words = doc.text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(800);
  });

  it('reads the same resume from DOCX, with the contact line kept in the page header', async () => {
    const doc = await ingestDocument(readFixture('resume-ml-engineer.docx'));
    expect(doc.kind).toBe('docx');
    expect(doc.pages).toBeUndefined();
    for (const skill of ML_SKILLS) expect(doc.text).toContain(skill);
    expect(doc.text).not.toMatch(/kubernetes|k8s|mlflow/i);
    expect(doc.text).toContain('jordan.lee@example.com');
    expect(lines(doc.text)).toContain(
      'Senior Machine Learning Engineer, Northwind Analytics, Seattle, WA Mar 2021 – Present',
    );
    expect(lines(doc.text)).toContain('- Languages: Python, SQL, Bash, Scala (working knowledge)');
    expect(doc.text).toMatch(/\n\nExperience\n/);
  });

  it('reads the two-column nurse PDF column by column', async () => {
    const doc = await ingestDocument(readFixture('resume-nurse.pdf'));
    const text = lines(doc.text);
    expect(doc.pages).toBe(1);
    expect(text).toContain('- Telemetry monitoring');
    expect(text).toContain('- Epic EHR charting');
    expect(text).toContain('Bachelor of Science in Nursing, Arizona State University, 2019');
    // Sidebar and main column never share a line.
    expect(
      text.filter(
        (line) => /Telemetry monitoring|IV therapy and PICC/.test(line) && /patients|nurses/.test(line),
      ),
    ).toEqual([]);
    expect(doc.text.indexOf('CLINICAL SKILLS')).toBeLessThan(doc.text.indexOf('PROFILE'));
  });

  it('reads a Windows (CRLF) plain-text resume with bullets', async () => {
    const doc = await ingestDocument(readFixture('resume-accountant.txt'));
    expect(doc.kind).toBe('text');
    expect(doc.text).not.toContain('\r');
    expect(lines(doc.text)).toContain('- US GAAP, SOX controls, external audit support');
    for (const skill of ['NetSuite', 'QuickBooks', 'Excel', 'account reconciliation', 'month-end close']) {
      expect(doc.text).toContain(skill);
    }
  });

  it('reads a Markdown resume', async () => {
    const doc = await ingestDocument(readFixture('resume-frontend.md'));
    expect(doc.kind).toBe('text');
    expect(lines(doc.text)).toContain('- React, Next.js, TypeScript, JavaScript (ES2022)');
    for (const skill of ['Node.js', 'Tailwind CSS', 'Playwright', 'GraphQL', 'WCAG'])
      expect(doc.text).toContain(skill);
  });

  it('repairs mojibake and ligatures in a text file', async () => {
    const doc = await ingestDocument(readFixture('mojibake.txt'));
    expect(lines(doc.text)).toEqual([
      'Taylor Brooks – Data Analyst',
      'I’m a data analyst who builds clear dashboards and efficient SQL pipelines.',
      'Skills: SQL, Python, Tableau, Power BI, Excel',
      '- Cleaned and modelled sales data for the finance team, improving forecast accuracy.',
      '- Presented “monthly insights” to leadership at Café Nova.',
      'Workflow automation with Python and Airflow.',
    ]);
  });

  it('judges the type by the bytes, not the name, and says so in a warning', async () => {
    const doc = await ingestDocument(readFixture('resume-ml-engineer.pdf'), { filename: 'resume.txt' });
    expect(doc.kind).toBe('pdf');
    expect(doc.warnings).toEqual([
      'The file is named .txt but its content is a PDF, so it was read as a PDF.',
    ]);
  });

  it('reads a DOCX whose header and body refer to no character, such as &#x110000;', async () => {
    const docx = buildDocx({
      header: 'Ana Ruiz &#x110000; &#xD800; &#0; &#99999999999; ana@example.com',
      body: ['Data engineer with Python, SQL and Airflow, six years.', 'Built &#x110000; pipelines'],
    });
    const doc = await ingestDocument(docx, { filename: 'cv.docx' });
    expect(doc.kind).toBe('docx');
    expect(lines(doc.text)[0]).toBe('Ana Ruiz \ufffd \ufffd \ufffd ana@example.com');
    expect(doc.text).toContain('Data engineer with Python, SQL and Airflow, six years.');
    expect(doc.text).not.toMatch(/\u0000|[\ud800-\udfff]/);
  });
});

describe('ingestDocument: bad fixtures', () => {
  it('rejects a truncated PDF as corrupt', async () => {
    await expectIngestError(
      readFixture('corrupt.pdf'),
      'corrupt',
      422,
      /could not be read.*re-export it as PDF or upload a DOCX/i,
    );
  });

  it('rejects a password-protected PDF', async () => {
    await expectIngestError(
      readFixture('encrypted.pdf'),
      'encrypted',
      422,
      /password-protected\. Remove the password/,
    );
  });

  it('rejects a PDF with no text layer as scanned', async () => {
    await expectIngestError(
      readFixture('scanned.pdf'),
      'scanned',
      422,
      /^This PDF looks scanned \(no text layer\)\. Upload a text PDF or a DOCX, or run OCR first\.$/,
    );
  });

  it('calls a PDF with neither text nor images empty, not scanned', async () => {
    const blank = await PDFDocument.create();
    blank.addPage();
    await expectIngestError(await blank.save(), 'empty', 422, /^This PDF has no readable text\./);
  });

  it('rejects a whitespace-only file as empty', async () => {
    await expectIngestError(readFixture('empty.txt'), 'empty', 422, /^The document has no readable text/);
    await expectIngestError(new Uint8Array(0), 'empty', 422, /no readable text/);
  });

  it('rejects images and legacy .doc files as unsupported', async () => {
    await expectIngestError(
      readFixture('image.png'),
      'unsupported_type',
      415,
      /PNG image.*PDF, DOCX, TXT or Markdown/,
    );
    await expectIngestError(
      readFixture('legacy.doc'),
      'unsupported_type',
      415,
      /old Word \.doc.*save it as DOCX or PDF/i,
    );
  });

  it('rejects a DOCX that unpacks to more than 50 MB', async () => {
    await expectIngestError(readFixture('zip-bomb.docx'), 'zip_bomb', 413, /unpacks to far more data/);
  });

  it('rejects a zip bomb that lies about its sizes', async () => {
    const lying = buildZip([
      { name: 'word/document.xml', data: ' '.repeat(51 * 1024 * 1024), declaredSize: 1000 },
    ]);
    expect(lying.length).toBeLessThan(100 * 1024);
    await expectIngestError(lying, 'zip_bomb', 413, /unpacks to far more data/);
  });

  it('rejects a DOCX with more than 2,000 parts', async () => {
    const parts = Array.from({ length: 2001 }, (_, i) => ({ name: `word/media/p${i}.xml`, data: '' }));
    const docx = buildZip([{ name: 'word/document.xml', data: '<w:document/>' }, ...parts]);
    await expectIngestError(docx, 'zip_bomb', 413, /2,000 parts/);
  });

  it('rejects a truncated DOCX as corrupt', async () => {
    const docx = readFixture('resume-ml-engineer.docx');
    await expectIngestError(docx.subarray(0, docx.length - 300), 'corrupt', 422, /DOCX could not be read/);
  });

  it('rejects uploads over 10 MB with the size in the message', async () => {
    const error = await ingestError(new Uint8Array(MAX_UPLOAD_BYTES + 1024 * 1024));
    expect({ code: error.code, status: error.status }).toEqual({ code: 'too_large', status: 413 });
    expect(error.message).toMatch(/^The file is 11\.0 MB; the limit is 10 MB\./);
  });

  it('rejects far more text than a resume', async () => {
    const bytes = new TextEncoder().encode('Python engineer with Docker. '.repeat(8000));
    await expectIngestError(bytes, 'too_much_text', 422, /does not look like one/);
  });

  it('gives up when parsing exceeds the time limit', async () => {
    const error = await ingestError(readFixture('resume-ml-engineer.pdf'), { timeoutMs: 1 });
    expect({ code: error.code, status: error.status }).toEqual({ code: 'timeout', status: 422 });
    expect(error.message).toMatch(/took too long to read/);
  });

  it('stops a parse that spins, without blocking the caller, and reads the next file', async () => {
    const spinning = await buildSpinningPdf();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    const error = await ingestError(spinning, { timeoutMs: 1500 });
    clearInterval(ticker);
    expect({ code: error.code, status: error.status }).toEqual({ code: 'timeout', status: 422 });
    expect(Date.now() - started).toBeLessThan(10_000);
    // The event loop kept running while the worker spun: a main-thread parse would have let no tick through.
    expect(ticks).toBeGreaterThan(10);
    const next = await ingestDocument(readFixture('resume-accountant.txt'));
    expect(next.text).toContain('NetSuite');
  });
});

describe('ingestDocument: text with stray control characters', () => {
  it('cleans a posting with a few \\x1a bytes (as in SkillSpan) instead of refusing it', async () => {
    const posting = `Data Engineer\n${'We build data pipelines in Python, SQL and Airflow on AWS.\x1a '.repeat(8)}\nApply now.`;
    const doc = await ingestDocument(new TextEncoder().encode(posting), { filename: 'posting.txt' });
    expect(doc.kind).toBe('text');
    expect(doc.text).not.toMatch(/[\x00-\x08\x0b\x0e-\x1f]/);
    expect(doc.text).toContain('We build data pipelines in Python, SQL and Airflow on AWS.');
  });

  it('refuses binary junk that decodes as text with a 422', async () => {
    const junk = new TextEncoder().encode(
      'Skills\x01\x02\x03 Python\x04\x05\x06 SQL\x07\x0e\x0f '.repeat(30),
    );
    await expectIngestError(junk, 'not_text', 422, /mostly control characters or binary data/);
  });
});
