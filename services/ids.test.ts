import { describe, expect, it } from 'vitest';
import { hostileStrings } from '../test-support/fuzz-fields';
import { isWellFormedId, newId } from './ids';

describe('isWellFormedId', () => {
  it('accepts the ids newId makes', () => {
    for (let i = 0; i < 100; i++) expect(isWellFormedId(newId())).toBe(true);
  });

  it('refuses NUL, other characters a database query should not see, and very long strings', () => {
    for (const id of ['', 'a\u0000b', '\u0000', 'abc%00', '../x', 'a b', 'é', 'x'.repeat(65)])
      expect(isWellFormedId(id), JSON.stringify(id)).toBe(false);
    for (const { family, value } of hostileStrings(7, 300))
      if (value.includes('\u0000')) expect(isWellFormedId(value), family).toBe(false);
  });
});
