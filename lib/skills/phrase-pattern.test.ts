import { describe, expect, it } from 'vitest';
import { phrasePattern } from './phrase-pattern';

describe('phrasePattern', () => {
  it('finds a phrase as whole words, across spacing, in any case', () => {
    expect(phrasePattern('accounts payable').test('Processed Accounts\nPayable weekly')).toBe(true);
    expect(phrasePattern('Java').test('Wrote JavaScript')).toBe(false);
    expect(phrasePattern('C++').test('C++ and C')).toBe(true);
  });

  it('keeps the case of exact-case forms and acronyms, which in lower case are other words', () => {
    expect(phrasePattern('Go').test('ready to go live')).toBe(false);
    expect(phrasePattern('IT').test('made it work')).toBe(false);
    expect(phrasePattern('IT').test('IT support')).toBe(true);
  });

  it('finds every use when global', () => {
    expect([...'SQL, sql and Sql'.matchAll(phrasePattern('SQL', true))]).toHaveLength(3);
    expect([...'Python, python and PYTHON'.matchAll(phrasePattern('Python', true))]).toHaveLength(3);
  });
});
