import { describe, expect, it } from 'vitest';
import { listWindow } from './paging';

const win = (query: string) => listWindow(new URL(`http://x/api?${query}`));

describe('listWindow', () => {
  it('defaults to the first 100', () => {
    expect(win('')).toEqual({ limit: 100, offset: 0 });
  });
  it('takes whole numbers and clamps the limit to 1..500', () => {
    expect(win('limit=20&offset=40')).toEqual({ limit: 20, offset: 40 });
    expect(win('limit=0')).toEqual({ limit: 1, offset: 0 });
    expect(win('limit=9000')).toEqual({ limit: 500, offset: 0 });
  });
  it('ignores what is not a whole number', () => {
    expect(win('limit=-5&offset=abc')).toEqual({ limit: 100, offset: 0 });
    expect(win('limit=1e3&offset=2.5')).toEqual({ limit: 100, offset: 0 });
  });
});
