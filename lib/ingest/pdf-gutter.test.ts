import { describe, expect, it } from 'vitest';
import { findGutter, type ColumnChunk } from './pdf-gutter';

/** A left column at `left` and a right column at `right`, twelve lines each, 120 points wide. */
function twoColumns(left: number, right: number): ColumnChunk[] {
  return Array.from({ length: 24 }, (_, i) => {
    const x0 = i % 2 === 0 ? left : right;
    return { x0, x1: x0 + 120, y: 700 - Math.floor(i / 2) * 12, chars: 24 };
  });
}

describe('findGutter', () => {
  it('splits two columns between them, trying a bounded number of positions', () => {
    const chunks = twoColumns(40, 300);
    const search = findGutter(chunks, 122, 490);
    expect(search.x).toBeGreaterThanOrEqual(160 + 3);
    expect(search.x).toBeLessThanOrEqual(300 - 3);
    expect(search.candidates).toBeLessThanOrEqual(8 * chunks.length + 3);
  });

  it('costs the same however wide the search is: a billion points try no more positions than a letter page', () => {
    const chunks = twoColumns(40, 300);
    const letter = findGutter(chunks, 122, 490);
    const huge = findGutter(chunks, 0.2 * 1e9, 0.8 * 1e9);
    expect(huge.candidates).toBeLessThanOrEqual(letter.candidates);
    expect(huge.x).toBeNull();
    const spread = findGutter(twoColumns(40, 5e8), 0.2 * 5e8, 0.8 * 5e8);
    expect(spread.x).not.toBeNull();
    expect(spread.candidates).toBeLessThanOrEqual(8 * 24 + 3);
  });

  it('finds no gutter in a single column whose lines merely end early, nor before right-aligned dates', () => {
    const body = Array.from({ length: 12 }, (_, i) => ({
      x0: 60,
      x1: i % 2 === 0 ? 540 : 90,
      y: 700 - i * 12,
      chars: i % 2 === 0 ? 60 : 5,
    }));
    expect(findGutter(body, 122, 490).x).toBeNull();
    const titlesWithDates = Array.from({ length: 12 }, (_, i) => [
      { x0: 60, x1: 300, y: 700 - i * 12, chars: 40 },
      ...(i % 3 === 0 ? [{ x0: 480, x1: 540, y: 700 - i * 12, chars: 11 }] : []),
    ]).flat();
    expect(findGutter(titlesWithDates, 122, 490).x).toBeNull();
  });
});
