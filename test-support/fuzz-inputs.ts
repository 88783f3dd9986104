// Reproducible malformed uploads for the fuzz tests (lib/ingest/fuzz.test.ts through ingestDocument,
// e2e/fuzz.spec.ts through the HTTP API). Same seed, same inputs.
import { MAX_TEXT_CHARS } from '../lib/ingest/extract';
import { buildDocx, readFixture } from './documents';
import { buildZip } from './zip';

export interface FuzzInput {
  /** Which generator made it, for reports: "bitflip-pdf", "utf16-no-bom", ... */
  family: string;
  filename: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface FuzzOptions {
  /**
   * Share of inputs that are well-formed text in odd encodings, which ingest accepts. The HTTP fuzz keeps it low,
   * since every accepted upload is stored and embedded.
   */
  readableTextShare?: number;
}

/** mulberry32: tiny, fast and good enough to make fuzz runs reproducible from one seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const PDF_FIXTURES = [
  'resume-ml-engineer.pdf',
  'resume-nurse.pdf',
  'encrypted.pdf',
  'scanned.pdf',
  'corrupt.pdf',
];
const DOCX_FIXTURES = ['resume-ml-engineer.docx'];
const TEXT_FIXTURES = ['resume-accountant.txt', 'resume-frontend.md', 'posting-ml-engineer-hybrid.txt'];

const MAGIC_HEADERS: Array<[string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff, 0xe0]],
  ['gif', [...Buffer.from('GIF89a')]],
  ['webp', [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['elf', [0x7f, ...Buffer.from('ELF')]],
  ['exe', [...Buffer.from('MZ'), 0x90, 0]],
  ['gzip', [0x1f, 0x8b, 0x08, 0]],
  ['rar', [...Buffer.from('Rar!'), 0x1a, 0x07]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['rtf', [...Buffer.from('{\\rtf1\\ansi ')]],
  ['pdf-header-only', [...Buffer.from('%PDF-1.7\n')]],
  ['zip-header-only', [0x50, 0x4b, 0x03, 0x04]],
];

const ODD_TEXT_SAMPLES = [
  'مهندس برمجيات أول، خبرة ثماني سنوات في بايثون وتعلم الآلة وخطوط البيانات', // Arabic, RTL
  'מהנדסת תוכנה בכירה עם ניסיון ב-React, TypeScript ו-Node.js', // Hebrew, RTL with embedded LTR
  'Senior engineer 👩‍💻🚀 shipping Python 🐍 and Rust 🦀 services ☁️ on AWS, 10× faster 💯',
  'Ｆｕｌｌｗｉｄｔｈ résumé with ﬁnance ligatures, combining é and e\u0301, and ⁠zero​width‌chars',
  '日本語の履歴書：Pythonとデータ分析の経験が五年あります。中文简历：熟悉机器学习。한국어 이력서',
  '\u202eevil RTL override\u202c text with \u2066isolates\u2069 and \u200fmarks\u200e in a skills line',
];

type Generator = (
  random: Random,
  fixtures: Map<string, Uint8Array>,
) => Omit<FuzzInput, 'family'> & { family?: string };

const BINARY_GENERATORS: Record<string, Generator> = {
  'random-bytes': (random) =>
    named(randomBytes(random, pickLength(random)), 'upload.bin', 'application/octet-stream'),
  'random-bytes-named-pdf': (random) =>
    named(randomBytes(random, pickLength(random)), 'resume.pdf', 'application/pdf'),
  'control-heavy-text': (random, fixtures) => {
    const text = pickTextBytes(random, fixtures);
    return named(
      sprinkle(random, text, 0.08, () => 1 + Math.floor(random() * 8)),
      'resume.txt',
      'text/plain',
    );
  },
  'truncated-pdf': (random, fixtures) => {
    const pdf = pick(
      random,
      PDF_FIXTURES.map((name) => fixtures.get(name)!),
    );
    return named(pdf.subarray(0, Math.floor(random() * pdf.length)), 'resume.pdf', 'application/pdf');
  },
  'bitflip-pdf': (random, fixtures) =>
    named(
      flipBits(
        random,
        pick(
          random,
          PDF_FIXTURES.map((name) => fixtures.get(name)!),
        ),
      ),
      'resume.pdf',
      'application/pdf',
    ),
  'spliced-pdf': (random, fixtures) =>
    named(
      splice(
        random,
        pick(
          random,
          PDF_FIXTURES.map((name) => fixtures.get(name)!),
        ),
      ),
      'resume.pdf',
      'application/pdf',
    ),
  'garbage-pdf': (random) => {
    const body = randomBytes(random, pickLength(random));
    const objects = `1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Kids [${'3 0 R '.repeat(Math.floor(random() * 50))}] /Count ${Math.floor(random() * 1e9)} >> endobj\n`;
    return named(
      concat(
        Buffer.from(`%PDF-1.${Math.floor(random() * 8)}\n${objects}`),
        body,
        Buffer.from('\ntrailer << /Root 1 0 R >>\n%%EOF'),
      ),
      'resume.pdf',
      'application/pdf',
    );
  },
  'truncated-docx': (random, fixtures) => {
    const docx = fixtures.get(pick(random, DOCX_FIXTURES))!;
    return named(docx.subarray(0, Math.floor(random() * docx.length)), 'resume.docx', DOCX_TYPE);
  },
  'bitflip-docx': (random, fixtures) =>
    named(flipBits(random, fixtures.get(pick(random, DOCX_FIXTURES))!), 'resume.docx', DOCX_TYPE),
  'spliced-docx': (random, fixtures) =>
    named(splice(random, fixtures.get(pick(random, DOCX_FIXTURES))!), 'resume.docx', DOCX_TYPE),
  'crafted-docx': (random) => named(craftedDocx(random), 'resume.docx', DOCX_TYPE),
  'wrong-type': (random, fixtures) => {
    const [label, magic] = pick(random, MAGIC_HEADERS);
    // A real document after a foreign header is still that document (a PDF header may start anywhere in the first KB).
    const onFixture = random() < 0.5;
    const tail = onFixture ? pick(random, [...fixtures.values()]) : randomBytes(random, pickLength(random));
    const filename = `resume.${pick(random, ['pdf', 'docx', 'txt', label])}`;
    return {
      ...named(concat(new Uint8Array(magic), tail), filename, 'application/octet-stream'),
      family: `wrong-type-${label}${onFixture ? '-on-fixture' : ''}`,
    };
  },
  'other-zip': (random) => {
    const kind = pick(random, ['xlsx', 'pptx', 'odt', 'plain'] as const);
    const entries: Record<typeof kind, Array<{ name: string; data: string }>> = {
      xlsx: [{ name: 'xl/workbook.xml', data: '<workbook/>' }],
      pptx: [{ name: 'ppt/presentation.xml', data: '<presentation/>' }],
      odt: [{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }],
      plain: [{ name: 'resume.txt', data: 'Python engineer' }],
    };
    return {
      ...named(buildZip(entries[kind]), `resume.${kind === 'plain' ? 'zip' : kind}`, 'application/zip'),
      family: `other-zip-${kind}`,
    };
  },
  'huge-text-over-cap': (random) => {
    // Over the cap after normalising, so refused: 1.1x to 5x the limit of one resume-like line repeated.
    const line = 'Engineer with Python, SQL and Docker experience across many teams.\n';
    const chars = Math.floor(MAX_TEXT_CHARS * (1.1 + random() * 3.9));
    return named(
      new TextEncoder().encode(line.repeat(Math.ceil(chars / line.length))),
      'resume.txt',
      'text/plain',
    );
  },
  'tiny-text': (random) =>
    named(
      new TextEncoder().encode(' \n\t'.repeat(Math.floor(random() * 20)) + 'Hi'),
      'resume.txt',
      'text/plain',
    ),
};

/** Well-formed text in odd encodings: ingest should read these (or call them empty), never fail on them. */
const TEXT_GENERATORS: Record<string, Generator> = {
  'utf16le-bom': (random, fixtures) =>
    named(
      concat(new Uint8Array([0xff, 0xfe]), Buffer.from(pickText(random, fixtures), 'utf16le')),
      'resume.txt',
      'text/plain',
    ),
  'utf16be-bom': (random, fixtures) =>
    named(
      concat(new Uint8Array([0xfe, 0xff]), Buffer.from(pickText(random, fixtures), 'utf16le').swap16()),
      'resume.txt',
      'text/plain',
    ),
  'utf16le-no-bom': (random, fixtures) =>
    named(Buffer.from(pickText(random, fixtures), 'utf16le'), 'resume.txt', 'text/plain'),
  'utf16be-no-bom': (random, fixtures) =>
    named(Buffer.from(pickText(random, fixtures), 'utf16le').swap16(), 'resume.txt', 'text/plain'),
  latin1: (random, fixtures) =>
    named(
      Buffer.from(`${pickText(random, fixtures)}\nCafé crème, Zürich, São Paulo`, 'latin1'),
      'resume.txt',
      'text/plain',
    ),
  'invalid-utf8': (random, fixtures) =>
    named(
      sprinkle(random, pickTextBytes(random, fixtures), 0.01, () =>
        pick(random, [0xc0, 0xc1, 0xf5, 0xff, 0x80, 0xbf, 0xed]),
      ),
      'resume.txt',
      'text/plain',
    ),
  'stray-nuls-and-controls': (random, fixtures) =>
    named(
      sprinkle(random, pickTextBytes(random, fixtures), 0.005, () =>
        pick(random, [0x00, 0x1a, 0x01, 0x7f, 0x0b]),
      ),
      'resume.txt',
      'text/plain',
    ),
  'odd-scripts': (random, fixtures) => {
    const lines = Array.from({ length: 3 + Math.floor(random() * 10) }, () => pick(random, ODD_TEXT_SAMPLES));
    return named(
      new TextEncoder().encode(`${lines.join('\n')}\n${pickText(random, fixtures)}`),
      'resume.md',
      'text/markdown',
    );
  },
  'utf8-bom-crlf': (random, fixtures) =>
    named(
      concat(
        new Uint8Array([0xef, 0xbb, 0xbf]),
        new TextEncoder().encode(pickText(random, fixtures).replace(/\n/g, random() < 0.5 ? '\r\n' : '\r')),
      ),
      'resume.txt',
      'text/plain',
    ),
  'entity-docx': (random) => {
    // A sound DOCX whose header and body refer to characters that do not exist or cannot be stored.
    const entities = () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(random, HOSTILE_ENTITIES)).join(' ');
    return named(
      buildDocx({
        header: `Ana Ruiz ${entities()} ana@example.com`,
        body: [
          'Data engineer with Python, SQL and Airflow, six years of pipelines on AWS.',
          `Skills: Python ${entities()} Spark`,
        ],
      }),
      'resume.docx',
      DOCX_TYPE,
    );
  },
  'html-in-text': () =>
    named(
      new TextEncoder().encode(
        '<script>alert(1)</script><img src=x onerror=alert(2)>\nPython engineer <b>bold</b> &amp; &#x3C;SQL&#x3E; with Docker and AWS, eight years.',
      ),
      'resume.html',
      'text/html',
    ),
};

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Character references past U+10FFFF, to surrogates, to NUL, absurdly long, and a few good ones among them. */
const HOSTILE_ENTITIES = [
  '&#x110000;',
  '&#1114112;',
  '&#xD800;',
  '&#xDFFF;',
  '&#56320;',
  '&#0;',
  '&#x0;',
  '&#99999999999999999999;',
  '&#xFFFFFFFFFFFFFFFF;',
  '&#x1F600;',
  '&#233;',
  '&amp;',
];

/** Reads the fixtures the generators mutate (from e2e/fixtures). */
export function loadFuzzFixtures(): Map<string, Uint8Array> {
  return new Map(
    [...PDF_FIXTURES, ...DOCX_FIXTURES, ...TEXT_FIXTURES].map((name) => [name, readFixture(name)]),
  );
}

/** `count` malformed inputs from `seed`; a share of them (`readableTextShare`, default 0.2) is odd but readable text. */
export function fuzzInputs(
  seed: number,
  count: number,
  fixtures: Map<string, Uint8Array>,
  opts: FuzzOptions = {},
): FuzzInput[] {
  const random = seededRandom(seed);
  const textShare = opts.readableTextShare ?? 0.2;
  const binary = Object.entries(BINARY_GENERATORS);
  const text = Object.entries(TEXT_GENERATORS);
  return Array.from({ length: count }, () => {
    const [family, generate] = random() < textShare ? pick(random, text) : pick(random, binary);
    const input = generate(random, fixtures);
    return { ...input, family: input.family ?? family };
  });
}

function named(bytes: Uint8Array, filename: string, mimeType: string): Omit<FuzzInput, 'family'> {
  return { bytes, filename, mimeType };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickLength(random: Random): number {
  return Math.floor(random() * pick(random, [1, 16, 512, 4096, 65_536, 1_000_000]));
}

function pickText(random: Random, fixtures: Map<string, Uint8Array>): string {
  const name = pick(random, TEXT_FIXTURES);
  return new TextDecoder().decode(
    fixtures.get(name) ?? new TextEncoder().encode(pick(random, ODD_TEXT_SAMPLES).repeat(4)),
  );
}

function pickTextBytes(random: Random, fixtures: Map<string, Uint8Array>): Uint8Array {
  return new TextEncoder().encode(pickText(random, fixtures));
}

function randomBytes(random: Random, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes;
}

function flipBits(random: Random, source: Uint8Array): Uint8Array {
  const bytes = source.slice();
  const flips = 1 + Math.floor(random() * random() * 200);
  for (let i = 0; i < flips && bytes.length > 0; i++) {
    const at = Math.floor(random() * bytes.length);
    bytes[at] = bytes[at]! ^ (1 << Math.floor(random() * 8));
  }
  return bytes;
}

/** Deletes, duplicates or overwrites a random slice. */
function splice(random: Random, source: Uint8Array): Uint8Array {
  const start = Math.floor(random() * source.length);
  const end = Math.min(source.length, start + Math.floor(random() * 2048));
  const slice = source.subarray(start, end);
  const operation = pick(random, ['delete', 'duplicate', 'overwrite']);
  if (operation === 'delete') return concat(source.subarray(0, start), source.subarray(end));
  if (operation === 'duplicate') return concat(source.subarray(0, end), slice, slice, source.subarray(end));
  return concat(source.subarray(0, start), randomBytes(random, slice.length), source.subarray(end));
}

function sprinkle(random: Random, source: Uint8Array, share: number, byte: () => number): Uint8Array {
  const out: number[] = [];
  for (const value of source) {
    out.push(value);
    if (random() < share) out.push(byte());
  }
  return new Uint8Array(out);
}

/** A DOCX whose document.xml is hostile: deep nesting, runaway entities, unclosed tags or a huge single run. */
function craftedDocx(random: Random): Uint8Array {
  const depth = 1 + Math.floor(random() * 50_000);
  const xml = pick(random, [
    () =>
      `<w:document><w:body>${'<w:p><w:r>'.repeat(depth)}<w:t>deep</w:t>${'</w:r></w:p>'.repeat(depth)}</w:body></w:document>`,
    () =>
      `<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document><w:body><w:p><w:r><w:t>&c;&c;&c;</w:t></w:r></w:p></w:body></w:document>`,
    () => `<w:document><w:body><w:p><w:r><w:t>${'unclosed <w:p '.repeat(depth % 5000)}`,
    () =>
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${'Python '.repeat(depth)}</w:t></w:r></w:p></w:body></w:document>`,
    () => new TextDecoder('latin1').decode(randomBytes(random, depth % 10_000)),
  ])();
  const entries = [
    {
      name: '[Content_Types].xml',
      data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    { name: 'word/document.xml', data: xml },
  ];
  if (random() < 0.5)
    entries.push({
      name: 'word/header1.xml',
      data: `<w:hdr><w:p><w:r><w:t>${Array.from({ length: depth % 1000 }, () => pick(random, HOSTILE_ENTITIES)).join('')}</w:t></w:r></w:p></w:hdr>`,
    });
  return buildZip(entries);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
