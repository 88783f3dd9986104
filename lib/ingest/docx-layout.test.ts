import { describe, expect, it } from 'vitest';
import { readDocxLayout } from './docx-layout';
import { buildDocx, readFixture } from '../../test-support/documents';
import { buildZip } from '../../test-support/zip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('readDocxLayout', () => {
  it('finds the contact line a template keeps in the page header, and no tables', () => {
    const layout = readDocxLayout(readFixture('resume-ml-engineer.docx'))!;
    expect(layout.tables).toBe(0);
    expect(layout.headerLines.join(' ')).toMatch(/@/);
    expect(layout.footerLines).toEqual([]);
  });

  it('counts tables, nested ones too, and reads footers', () => {
    const document = `<w:document xmlns:w="${W}"><w:body><w:tbl><w:tr>${cell('Python')}<w:tc><w:tbl><w:tr>${cell('SQL')}</w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl><w:tbl><w:tr>${cell('2019 – 2021')}</w:tr></w:tbl></w:body></w:document>`;
    const bytes = buildZip([
      { name: 'word/document.xml', data: document },
      {
        name: 'word/footer1.xml',
        data: `<w:ftr xmlns:w="${W}"><w:p><w:r><w:t>Page 1 &amp; more</w:t></w:r></w:p></w:ftr>`,
      },
    ]);
    expect(readDocxLayout(bytes)).toEqual({ tables: 3, headerLines: [], footerLines: ['Page 1 & more'] });
  });

  it('has no layout for what is not a DOCX', () => {
    expect(readDocxLayout(new TextEncoder().encode('plain text'))).toBeNull();
    expect(readDocxLayout(buildZip([{ name: 'other.xml', data: '<x/>' }]))).toBeNull();
    expect(readDocxLayout(buildDocx({ body: ['Hello'] }))).toEqual({
      tables: 0,
      headerLines: [],
      footerLines: [],
    });
  });
});
