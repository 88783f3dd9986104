import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, with CRLF rows and a BOM', () => {
    const csv = toCsv(['name', 'skills'], [['Ana "Ace" Díaz', 'Go, SQL\nKafka']]);
    expect(csv).toBe('\uFEFFname,skills\r\n"Ana ""Ace"" Díaz","Go, SQL\nKafka"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['=HYPERLINK("x")', '@SUM(A1)', '-cmd', -3]]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",'@SUM(A1),'-cmd,-3`);
  });

  it('leaves empty cells empty', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]]).split('\r\n')[1]).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads back what toCsv writes: quotes, commas and line breaks inside cells', () => {
    const rows = [['Jane "JJ" Doe', 'a,b', 'line one\nline two']];
    const text = toCsv(['name', 'list', 'notes'], rows).replace(/^\uFEFF/, '');
    expect(parseCsv(text)).toEqual([['name', 'list', 'notes'], ...rows]);
  });
});
