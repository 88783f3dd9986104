import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseContact } from '../structure/contact';
import { interleavedLines, parseCheck, workDates, type ParseCheckItem } from './parse-check';

const NOW = new Date('2026-06-01T00:00:00Z');
const read = (name: string) =>
  fs.readFileSync(new URL(`../../e2e/fixtures/${name}`, import.meta.url), 'utf8');

function check(
  text: string,
  extra: Partial<Parameters<typeof parseCheck>[0]> = {},
): Record<string, ParseCheckItem> {
  const items = parseCheck({ text, contact: parseContact(text), kind: 'text', warnings: [], ...extra }, NOW);
  return Object.fromEntries(items.map((i) => [i.id, i]));
}

describe('parseCheck on the fixtures', () => {
  it('passes a plain, well-formed resume, saying what it found', () => {
    const c = check(read('resume-accountant.txt'));
    expect(Object.values(c).map((i) => i.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    expect(c.contact!.found).toEqual(
      expect.arrayContaining(['Email: priya.nair@example.com', 'Phone: (312) 555-0172']),
    );
    expect(c.sections!.found[0]).toMatch(/Experience \(“EXPERIENCE”\).*Education \(“EDUCATION”\)/);
    // Two roles dated; the graduation and licence years are not work history.
    expect(c.dates!.found[0]).toBe('2 date ranges in your work history read: 2020 - Present; 2017 - 2020.');
    expect(c.layout!.found).toEqual([
      'A plain text file: no columns, tables or headers to confuse a parser.',
    ]);
    for (const item of Object.values(c)) expect(item.advice).toBeNull();
  });

  it('reads a markdown resume’s headings and dates', () => {
    const c = check(read('resume-frontend.md'));
    expect(c.sections!.status).toBe('pass');
    expect(workDates(read('resume-frontend.md'), NOW).read).toEqual(['2022 – present', '2019 – 2022']);
  });
});

describe('contact', () => {
  it('fails without a name or an email, and says where to put them', () => {
    const c = check('Experience\nAnalyst, Acme 2019 - 2021\nEducation\nBSc\nSkills\nExcel');
    expect(c.contact!.status).toBe('fail');
    expect(c.contact!.advice).toMatch(/an email address/);
    expect(c.contact!.advice).toMatch(/first line/);
  });
});

describe('sections', () => {
  it('names the missing essentials', () => {
    const c = check('Ana Lima\nana@example.com\nExperience\nAnalyst, Acme 2019 - 2021');
    expect(c.sections!.status).toBe('warn');
    expect(c.sections!.advice).toMatch(/No Education, Skills heading/);
    expect(check('Ana Lima\nana@example.com\nI did things.').sections!.status).toBe('fail');
  });
});

describe('dates', () => {
  it('lists the lines whose dates cannot be read', () => {
    const text = `Ana Lima\nana@example.com\nExperience\nAnalyst, Acme, Jan '19 – Mar '21\nClerk, Beta, 2016 ~ 2018\nLead, Gamma, Apr 2021 – Present\nEducation\nBSc, 2012 – 2015`;
    const c = check(text);
    expect(c.dates!.status).toBe('warn');
    expect(c.dates!.found).toEqual([
      '1 date range in your work history read: Apr 2021 – Present.',
      '2 lines have dates that could not be read.',
    ]);
    expect(c.dates!.lines).toEqual(["Analyst, Acme, Jan '19 – Mar '21", 'Clerk, Beta, 2016 ~ 2018']);
    expect(c.dates!.advice).toMatch(/Jan 2019 – Mar 2021/);
  });

  it('fails when no role is dated', () => {
    expect(check('Ana Lima\nana@example.com\nExperience\nAnalyst at Acme').dates!.status).toBe('fail');
  });
});

describe('layout', () => {
  const sidebar = [
    'Ana Lima',
    'ana@example.com',
    'Experience',
    ...['Python', 'SQL', 'Tableau', 'Spanish'].flatMap((skill, i) => [
      skill,
      `Built ${i + 2} reporting pipelines for the finance team that replaced manual spreadsheets every month`,
    ]),
  ].join('\n');

  it('sees two columns read across, in a PDF or DOCX', () => {
    expect(interleavedLines(sidebar)).toBe(3);
    const c = check(sidebar, { kind: 'pdf' });
    expect(c.layout!.status).toBe('warn');
    expect(c.layout!.advice).toMatch(/one column/);
    expect(interleavedLines(read('resume-accountant.txt'))).toBe(0);
  });

  it('fails a PDF with pages that are only images', () => {
    const warning =
      'Page 2 is an image without a text layer, so its content was not read. Run OCR first if it matters.';
    const c = check(read('resume-accountant.txt'), { kind: 'pdf', warnings: [warning] });
    expect(c.layout!.status).toBe('fail');
    expect(c.layout!.found).toContain(warning);
  });

  it('flags DOCX tables and contact details in the page header', () => {
    const text = read('resume-accountant.txt');
    const tables = check(text, { kind: 'docx', docx: { tables: 2, headerLines: [], footerLines: [] } });
    expect(tables.layout!.status).toBe('warn');
    expect(tables.layout!.found).toContain('2 tables in the document.');
    const header = check(text, {
      kind: 'docx',
      docx: { tables: 0, headerLines: ['Priya Nair · priya.nair@example.com'], footerLines: [] },
    });
    expect(header.layout!.status).toBe('fail');
    expect(header.layout!.advice).toMatch(/out of the page header/);
    const clean = check(text, { kind: 'docx', docx: { tables: 0, headerLines: [], footerLines: [] } });
    expect(clean.layout!.status).toBe('pass');
  });
});

describe('parseCheck on an uploaded DOCX', () => {
  it('finds the contact line the fixture keeps in its page header, and says to move it into the body', async () => {
    const { extractDocument } = await import('../ingest/extract');
    const { readDocxLayout } = await import('../ingest/docx-layout');
    const { readFixture } = await import('../../test-support/documents');
    const bytes = readFixture('resume-ml-engineer.docx');
    const doc = await extractDocument(bytes, 'resume-ml-engineer.docx');
    const c = check(doc.text, { kind: 'docx', warnings: doc.warnings, docx: readDocxLayout(bytes) });
    expect(c.contact!.status).toBe('pass');
    expect(c.dates!.found[0]).toMatch(/^4 date ranges/);
    expect(c.layout!.status).toBe('fail');
    expect(c.layout!.found).toContain('No tables.');
    expect(c.layout!.advice).toMatch(/contact details out of the page header/);
  });
});
