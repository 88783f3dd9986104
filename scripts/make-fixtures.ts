// Generates the upload fixtures in e2e/fixtures/ (used by lib/ingest unit tests and the e2e suite).
// Run once with `npx tsx scripts/make-fixtures.ts`; the outputs are committed, tests never regenerate them.
// encrypted.pdf needs the `qpdf` binary; without it the committed file is left as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { AlignmentType, Document, Header, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { buildZip } from '../test-support/zip';

const OUT_DIR = path.resolve(import.meta.dirname, '../e2e/fixtures');
const FIXED_DATE = new Date('2025-01-15T12:00:00Z');

interface Role {
  title: string;
  org: string;
  dates: string;
  bullets: string[];
}
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'role'; role: Role }
  | { kind: 'pageBreak' };

// Jordan Lee must never mention Kubernetes, k8s or MLflow: the e2e test expects them as missing skills.
const JORDAN = {
  name: 'Jordan Lee',
  headline: 'Senior Machine Learning Engineer',
  contact:
    'Seattle, WA · jordan.lee@example.com · (206) 555-0143 · linkedin.com/in/jordanlee-ml · github.com/jordanlee',
  blocks: [
    { kind: 'heading', text: 'Summary' },
    {
      kind: 'paragraph',
      text: 'Machine learning engineer with 8 years of experience taking models from notebook to production. I build training pipelines, feature stores and low-latency inference services in Python, and I care about the unglamorous parts that keep models healthy: data validation, experiment tracking, reproducible builds, monitoring and clear documentation. Comfortable owning a system end to end, explaining trade-offs to product managers and clinicians, and mentoring engineers who are new to ML. Looking for a team that ships models to real users and measures whether they help.',
    },
    { kind: 'heading', text: 'Skills' },
    {
      kind: 'bullets',
      items: [
        'Languages: Python, SQL, Bash, Scala (working knowledge)',
        'Machine learning: PyTorch, TensorFlow, Keras, scikit-learn, XGBoost, LightGBM, Hugging Face Transformers',
        'Data and pipelines: Apache Airflow, Apache Spark, dbt, Pandas, NumPy, PostgreSQL, Snowflake',
        'MLOps: Docker, model deployment (FastAPI, TorchServe, Amazon SageMaker), CI/CD with GitHub Actions, experiment tracking with Weights & Biases, model monitoring, Feast feature store',
        'Cloud: AWS (S3, EC2, Lambda, ECR, CloudWatch), Terraform, Linux',
      ],
    },
    { kind: 'heading', text: 'Experience' },
    {
      kind: 'role',
      role: {
        title: 'Senior Machine Learning Engineer',
        org: 'Northwind Analytics, Seattle, WA',
        dates: 'Mar 2021 – Present',
        bullets: [
          'Lead a team of four engineers building the demand forecasting platform used by 40 retail clients; cut forecast error (WAPE) by 18% with a PyTorch temporal fusion model.',
          'Designed the model deployment path: Docker images built in CI/CD, canary releases on Amazon SageMaker endpoints, automatic rollback on latency or drift alerts.',
          'Moved 60 nightly jobs from cron to Apache Airflow with data quality checks, reducing failed runs from weekly to about once a quarter.',
          'Introduced experiment tracking and a model registry convention so every production model links to its data snapshot, code commit and evaluation report.',
          'Built a shared Python package for feature engineering and evaluation that six teams now use, with typed interfaces, unit tests and documentation.',
          'Partnered with product and finance to define model success metrics and a monthly review of model impact on inventory costs.',
          'Run the internal ML reading group and review design documents for the data science team.',
        ],
      },
    },
    {
      kind: 'role',
      role: {
        title: 'Machine Learning Engineer',
        org: 'Brightline Health, Portland, OR',
        dates: 'Jun 2018 – Feb 2021',
        bullets: [
          'Built a readmission risk model (XGBoost, scikit-learn) served through a FastAPI service on AWS Lambda, used by care managers at 12 hospitals.',
          'Trained TensorFlow text classifiers that route 30,000 patient messages a month to the right care team with 94% accuracy.',
          'Wrote the SQL and Spark feature pipelines behind four models and added unit tests and schema checks to each of them.',
          'Set up GitHub Actions pipelines that lint, test and package models, cutting release time from two days to under an hour.',
          'Added model monitoring dashboards in CloudWatch that track input drift, calibration and latency, with on-call alerts for the team.',
        ],
      },
    },
    { kind: 'pageBreak' },
    {
      kind: 'role',
      role: {
        title: 'Data Scientist',
        org: 'Cascade Retail Group, Seattle, WA',
        dates: 'Jul 2016 – May 2018',
        bullets: [
          'Built customer lifetime value and churn models in Python that guided a $2M retention budget.',
          'Designed A/B tests for pricing and email campaigns and reported results to marketing leadership.',
          'Automated weekly reporting with SQL and Pandas, saving the analytics team about ten hours a week.',
        ],
      },
    },
    {
      kind: 'role',
      role: {
        title: 'Software Engineer',
        org: 'Evergreen Logistics, Tacoma, WA',
        dates: 'Jun 2014 – Jun 2016',
        bullets: [
          'Built REST services in Python and PostgreSQL for shipment tracking, handling two million events a day.',
          'Wrote the first route-time prediction model with scikit-learn, which sparked my move into machine learning.',
        ],
      },
    },
    { kind: 'heading', text: 'Projects' },
    {
      kind: 'bullets',
      items: [
        'tabular-drift: open-source Python library for detecting feature drift in tabular data; 600 stars on GitHub.',
        'Talk at PyData Seattle 2023: "Shipping forecasting models without losing sleep".',
      ],
    },
    { kind: 'heading', text: 'Education' },
    {
      kind: 'bullets',
      items: [
        'M.S. Computer Science (Machine Learning), University of Washington, 2016',
        'B.S. Mathematics, Oregon State University, 2014',
      ],
    },
    { kind: 'heading', text: 'Certifications' },
    { kind: 'bullets', items: ['AWS Certified Machine Learning – Specialty, 2022'] },
  ] satisfies Block[],
};

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const written: string[] = [];
  const write = (name: string, bytes: Uint8Array | string): void => {
    writeFileSync(path.join(OUT_DIR, name), bytes);
    written.push(name);
  };

  const resumePdf = await makeResumePdf();
  write('resume-ml-engineer.pdf', resumePdf);
  write('resume-ml-engineer.docx', await makeResumeDocx());
  write('resume-nurse.pdf', await makeNursePdf());
  write('resume-accountant.txt', ACCOUNTANT_TXT.replace(/\n/g, '\r\n'));
  write('resume-frontend.md', FRONTEND_MD);

  write('corrupt.pdf', resumePdf.slice(0, 1200));
  write('scanned.pdf', await makeScannedPdf());
  write('empty.txt', '  \n\t\n   \n');
  write('image.png', makePng(16, 16));
  write(
    'zip-bomb.docx',
    buildZip(
      [
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        {
          name: 'word/document.xml',
          data: `${DOCUMENT_XML_HEAD}${' '.repeat(60 * 1024 * 1024)}${DOCUMENT_XML_TAIL}`,
        },
      ],
      { level: 9, dosDate: 0x21 },
    ),
  );
  write('legacy.doc', makeLegacyDoc());
  write('mojibake.txt', MOJIBAKE_TXT);

  const encrypted = await makeEncryptedPdf();
  if (encrypted) write('encrypted.pdf', encrypted);
  else console.warn('qpdf not found: kept the existing encrypted.pdf');

  console.log(
    `wrote ${written.length} fixtures to ${path.relative(process.cwd(), OUT_DIR)}: ${written.join(', ')}`,
  );
}

// ---- PDF ----

interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
}

const LETTER: [number, number] = [612, 792];

/** A tiny flowing-text writer: wraps paragraphs and bullets, right-aligns dates, numbers pages. */
class PdfFlow {
  page: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: PdfFonts,
    private readonly margin = 54,
  ) {
    this.page = this.addPage();
  }

  addPage(): PDFPage {
    this.page = this.doc.addPage(LETTER);
    this.y = LETTER[1] - this.margin;
    return this.page;
  }

  get width(): number {
    return LETTER[0] - 2 * this.margin;
  }

  line(
    text: string,
    options: { size?: number; bold?: boolean; indent?: number; gapAfter?: number } = {},
  ): void {
    const size = options.size ?? 10.5;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    this.page.drawText(text, { x: this.margin + (options.indent ?? 0), y: this.y, size, font });
    this.y -= size * 1.35 + (options.gapAfter ?? 0);
  }

  paragraph(text: string, indent = 0, size = 10.5): void {
    for (const line of wrap(text, this.fonts.regular, size, this.width - indent))
      this.line(line, { size, indent });
  }

  bullet(text: string): void {
    const size = 10.5;
    this.page.drawText('•', { x: this.margin + 6, y: this.y, size, font: this.fonts.regular });
    this.paragraph(text, 18, size);
  }

  heading(text: string): void {
    this.y -= 10;
    this.line(text.toUpperCase(), { size: 12, bold: true, gapAfter: 2 });
  }

  role(role: Role): void {
    const size = 10.5;
    const dateWidth = this.fonts.regular.widthOfTextAtSize(role.dates, size);
    this.page.drawText(role.dates, {
      x: LETTER[0] - this.margin - dateWidth,
      y: this.y,
      size,
      font: this.fonts.regular,
    });
    this.line(`${role.title}, ${role.org}`, { size, bold: true });
    for (const item of role.bullets) this.bullet(item);
    this.y -= 6;
  }
}

async function makeResumePdf(): Promise<Uint8Array> {
  const doc = await newPdf('Jordan Lee – Resume');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const flow = new PdfFlow(doc, fonts);
  flow.line(JORDAN.name, { size: 20, bold: true, gapAfter: 2 });
  flow.line(JORDAN.headline, { size: 12 });
  flow.line(JORDAN.contact, { size: 9.5, gapAfter: 4 });
  for (const block of JORDAN.blocks) {
    if (block.kind === 'heading') flow.heading(block.text);
    else if (block.kind === 'paragraph') flow.paragraph(block.text);
    else if (block.kind === 'bullets') block.items.forEach((item) => flow.bullet(item));
    else if (block.kind === 'role') flow.role(block.role);
    else flow.addPage();
  }
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    const label = `Page ${i + 1} of ${pages.length}`;
    const width = fonts.regular.widthOfTextAtSize(label, 8);
    page.drawText(label, {
      x: (LETTER[0] - width) / 2,
      y: 30,
      size: 8,
      font: fonts.regular,
      color: rgb(0.4, 0.4, 0.4),
    });
  });
  return doc.save();
}

// Two columns drawn row by row (sidebar line, then main line at the same height), the way some
// generators emit them, so extraction must separate the columns itself.
async function makeNursePdf(): Promise<Uint8Array> {
  const doc = await newPdf('Maria Alvarez – Resume');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage(LETTER);
  page.drawText('Maria Alvarez, RN, BSN', { x: 40, y: 740, size: 22, font: bold });
  page.drawText('Registered Nurse – Medical-Surgical and Telemetry', {
    x: 40,
    y: 716,
    size: 12,
    font: regular,
  });
  page.drawRectangle({ x: 40, y: 700, width: 532, height: 1, color: rgb(0.6, 0.6, 0.6) });

  const sidebar = layoutColumn(NURSE_SIDEBAR, regular, bold, 40, 150);
  const main = layoutColumn(NURSE_MAIN, regular, bold, 220, 352);
  const rows = [...sidebar, ...main].sort((a, b) => b.y - a.y || a.x - b.x);
  for (const row of rows) page.drawText(row.text, { x: row.x, y: row.y, size: row.size, font: row.font });
  return doc.save();
}

function layoutColumn(
  blocks: Array<{ heading: string; lines: string[] }>,
  regular: PDFFont,
  bold: PDFFont,
  x: number,
  width: number,
): Array<{ text: string; x: number; y: number; size: number; font: PDFFont }> {
  const out: Array<{ text: string; x: number; y: number; size: number; font: PDFFont }> = [];
  let y = 676;
  for (const block of blocks) {
    out.push({ text: block.heading.toUpperCase(), x, y, size: 11, font: bold });
    y -= 16;
    for (const entry of block.lines) {
      const isBullet = entry.startsWith('• ');
      const body = isBullet ? entry.slice(2) : entry;
      wrap(body, regular, 9.5, width - (isBullet ? 10 : 0)).forEach((line, i) => {
        if (isBullet && i === 0) out.push({ text: '•', x, y, size: 9.5, font: regular });
        out.push({ text: line, x: x + (isBullet ? 10 : 0), y, size: 9.5, font: regular });
        y -= 12.5;
      });
    }
    y -= 10;
  }
  return out;
}

async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = await newPdf('Scanned resume');
  const page = doc.addPage(LETTER);
  const png = await doc.embedPng(makePng(64, 80));
  page.drawImage(png, { x: 56, y: 100, width: 500, height: 625 });
  for (let i = 0; i < 30; i++) {
    page.drawRectangle({
      x: 80,
      y: 680 - i * 18,
      width: 200 + ((i * 37) % 240),
      height: 6,
      color: rgb(0.2, 0.2, 0.2),
    });
  }
  return doc.save();
}

async function makeEncryptedPdf(): Promise<Uint8Array | null> {
  if (!hasQpdf()) return null;
  const doc = await newPdf('Protected resume');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(LETTER);
  page.drawText('Alex Morgan – Operations Manager. This resume is password protected.', {
    x: 54,
    y: 720,
    size: 11,
    font,
  });
  const plain = path.join(OUT_DIR, '.plain.tmp.pdf');
  const target = path.join(OUT_DIR, '.encrypted.tmp.pdf');
  writeFileSync(plain, await doc.save());
  execFileSync('qpdf', ['--encrypt', 'open-sesame', 'owner-secret', '256', '--', plain, target]);
  const bytes = new Uint8Array(readFileSync(target));
  for (const file of [plain, target]) rmSync(file);
  return bytes;
}

function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function newPdf(title: string): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setCreator('Rolefit fixtures');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  return doc;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

// ---- DOCX ----

async function makeResumeDocx(): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(JORDAN.name)] }),
    new Paragraph({ children: [new TextRun({ text: JORDAN.headline, bold: true })] }),
  ];
  for (const block of JORDAN.blocks) {
    if (block.kind === 'heading')
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: block.text }));
    else if (block.kind === 'paragraph') children.push(new Paragraph({ text: block.text }));
    else if (block.kind === 'bullets') children.push(...block.items.map(bulletParagraph));
    else if (block.kind === 'role') {
      const { title, org, dates, bullets } = block.role;
      children.push(
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: 9360 }],
          children: [new TextRun({ text: `${title}, ${org}`, bold: true }), new TextRun(`\t${dates}`)],
        }),
        ...bullets.map(bulletParagraph),
      );
    }
  }
  const doc = new Document({
    creator: 'Jordan Lee',
    title: 'Jordan Lee – Resume',
    sections: [
      {
        // Many resume templates keep the contact line in the page header, which mammoth ignores.
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(JORDAN.contact)] }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function bulletParagraph(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

// ---- ZIP, PNG, OLE ----

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCUMENT_XML_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>';
const DOCUMENT_XML_TAIL = '</w:t></w:r></w:p></w:body></w:document>';

/** A real (decodable) greyscale PNG with a diagonal pattern. */
function makePng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (x * 13 + y * 7) % 2 === 0 ? 40 : 220;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function makeLegacyDoc(): Uint8Array {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  bytes.writeUInt16LE(0x003e, 24); // minor version
  bytes.writeUInt16LE(0x0003, 26); // major version 3
  bytes.writeUInt16LE(0xfffe, 28); // little-endian byte order mark
  Buffer.from('WordDocument', 'utf16le').copy(bytes, 1024);
  return new Uint8Array(bytes);
}

// ---- Text resumes ----

const NURSE_SIDEBAR = [
  { heading: 'Contact', lines: ['Phoenix, AZ', '(602) 555-0188', 'maria.alvarez@example.com'] },
  {
    heading: 'Licenses',
    lines: [
      'Registered Nurse, Arizona (compact), #RN-204481',
      'BLS and ACLS, American Heart Association',
      'PALS certified',
    ],
  },
  {
    heading: 'Clinical skills',
    lines: [
      '• Telemetry monitoring',
      '• IV therapy and PICC care',
      '• Wound care and wound VAC',
      '• Medication administration',
      '• Epic EHR charting',
      '• Patient and family education',
      '• Sepsis bundle compliance',
    ],
  },
  { heading: 'Languages', lines: ['English, Spanish (fluent)'] },
];

const NURSE_MAIN = [
  {
    heading: 'Profile',
    lines: [
      'Registered nurse with six years of acute care experience on medical-surgical and telemetry units. Calm under pressure, precise with medications and documentation, and known for clear patient education.',
    ],
  },
  {
    heading: 'Experience',
    lines: [
      'Staff Nurse, Telemetry Unit – Banner University Medical Center, Phoenix, AZ (2021 – Present)',
      '• Care for five to six cardiac telemetry patients per shift, interpreting rhythms and escalating changes to the rapid response team.',
      '• Precept new graduate nurses and led the unit falls-prevention project, reducing falls by 22% in one year.',
      '• Administer IV medications, titrate heparin and insulin drips, and chart assessments in Epic.',
      'Registered Nurse, Medical-Surgical – St. Luke\u2019s Hospital, Tempe, AZ (2019 – 2021)',
      '• Managed post-operative patients, wound care and discharge planning for a 32-bed unit.',
      '• Served on the sepsis committee and audited bundle compliance monthly.',
    ],
  },
  { heading: 'Education', lines: ['Bachelor of Science in Nursing, Arizona State University, 2019'] },
];

const ACCOUNTANT_TXT = `PRIYA NAIR, CPA
Senior Accountant
Chicago, IL | priya.nair@example.com | (312) 555-0172

SUMMARY
Certified public accountant with seven years of experience in month-end close, financial reporting and audit
support for mid-size manufacturing and services companies. Strong with GAAP, account reconciliation and
ERP systems; I like turning messy spreadsheets into repeatable processes.

SKILLS
• General ledger, month-end and year-end close
• Account reconciliation and variance analysis
• Accounts payable and accounts receivable
• US GAAP, SOX controls, external audit support
• NetSuite, SAP, QuickBooks, Excel (pivot tables, Power Query), Power BI
• Budgeting and forecasting

EXPERIENCE
Senior Accountant, Lakeshore Components Inc., Chicago, IL    2020 - Present
• Own the month-end close for three entities; shortened the close from 9 to 5 business days.
• Prepare balance sheet reconciliations and flux analysis for the controller and auditors.
• Led the migration of fixed assets and accruals from spreadsheets into NetSuite.

Staff Accountant, Meridian Services Group, Evanston, IL    2017 - 2020
• Processed accounts payable for 400 vendors and managed the weekly payment run.
• Supported the annual external audit and quarterly sales tax filings.

EDUCATION
B.S. Accounting, University of Illinois Urbana-Champaign, 2017
Certified Public Accountant (Illinois), 2019
`;

const FRONTEND_MD = `# Sam Rivera

**Frontend Developer** · Austin, TX · sam.rivera@example.com · github.com/samrivera

## Summary

Frontend developer with five years of experience building accessible, fast web applications with React and
TypeScript. I enjoy design systems, performance work and pairing with designers.

## Skills

* React, Next.js, TypeScript, JavaScript (ES2022)
* HTML, CSS, Tailwind CSS, CSS Modules
* Accessibility (WCAG 2.1 AA), responsive design
* Jest, React Testing Library, Playwright
* GraphQL, REST APIs, Node.js
* Vite, Webpack, Storybook, Figma

## Experience

### Senior Frontend Developer — Lumen Commerce, Austin, TX (2022 – present)

- Rebuilt the checkout in Next.js and TypeScript, improving Largest Contentful Paint by 40%.
- Created a shared component library in Storybook used by four product teams.
- Led an accessibility audit and fixed 120 WCAG issues across the storefront.

### Frontend Developer — Parcel Labs, Remote (2019 – 2022)

- Built dashboards in React with GraphQL and charting libraries.
- Added Playwright end-to-end tests to CI, catching regressions before release.

## Education

B.S. Computer Science, University of Texas at Austin, 2019
`;

// UTF-8 text that went through a Windows-1252 decoder, plus PDF-style ligatures.
const MOJIBAKE_TXT = `Taylor Brooks â€“ Data Analyst
Iâ€™m a data analyst who builds clear dashboards and eï¬ƒcient SQL pipelines.
Skills: SQL, Python, Tableau, Power BI, Excel
â€¢ Cleaned and modelled sales data for the ﬁnance team, improving forecast accuracy.
â€¢ Presented â€œmonthly insightsâ€ to leadership at CafÃ© Nova.
Workflow automation with Python and Airﬂow.
`;

await main();
