import { describe, expect, it } from 'vitest';
import { ingestDocument } from './index';
import { MAX_PAGE_POINTS, pageSpan } from './pdf';
import { buildWidePagePdf } from '../../test-support/documents';

describe('PDF pages with absurd boxes', () => {
  it('reads a two-column page a billion points wide as it reads the same page at letter width', async () => {
    // Before layout followed the text rather than the page, this page kept a reader busy for minutes.
    const [letter, huge] = await Promise.all([
      ingestDocument(await buildWidePagePdf(612)),
      ingestDocument(await buildWidePagePdf(1e9)),
    ]);
    expect(huge.text).toBe(letter.text);
    const lines = huge.text.split('\n').filter((line) => line !== '');
    // Column by column: the even lines (left column) first, then the odd ones.
    expect(lines.slice(0, 2)).toEqual([
      'Line 0: Python engineer with Docker and AWS',
      'Line 2: Python engineer with Docker and AWS',
    ]);
    expect(lines[20]).toBe('Line 1: Python engineer with Docker and AWS');
  });

  it('takes a page box no wider than the PDF specification allows, and none that is not a rectangle', () => {
    expect(pageSpan([0, 0, 612, 792])).toEqual({ x0: 0, x1: 612 });
    expect(pageSpan([612, 792, 0, 0])).toEqual({ x0: 0, x1: 612 });
    expect(pageSpan([0, 0, 1e9, 792])).toEqual({ x0: 0, x1: MAX_PAGE_POINTS });
    expect(pageSpan([-1e9, 0, 1e9, 792])).toEqual({ x0: -1e9, x1: -1e9 + MAX_PAGE_POINTS });
    for (const view of [[NaN, 0, 612, 792], [0, 0, Infinity, 792], [0, 0, 0, 792], []])
      expect(pageSpan(view)).toBeUndefined();
  });
});
