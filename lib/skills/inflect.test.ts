import { describe, expect, it } from 'vitest';
import { otherNumber, pluralOf, singularOf } from './inflect';

describe('the other number of a noun', () => {
  it('follows the regular rules', () => {
    expect(pluralOf('review')).toBe('reviews');
    expect(pluralOf('entry')).toBe('entries');
    expect(pluralOf('approach')).toBe('approaches');
    expect(singularOf('assets')).toBe('asset');
    expect(singularOf('entries')).toBe('entry');
    expect(singularOf('batches')).toBe('batch');
  });

  it('leaves words with no other number alone', () => {
    for (const word of ['testing', 'analytics', 'analysis', 'business', 'devops', 'news', 'software'])
      expect([word, pluralOf(word), singularOf(word)]).toEqual([word, null, null]);
  });

  it('turns the last word of a multi-word name only', () => {
    expect(otherNumber(['fixed', 'assets'])).toEqual(['fixed', 'asset']);
    expect(otherNumber(['code', 'review'])).toEqual(['code', 'reviews']);
    expect(otherNumber(['python'])).toBeNull();
  });
});
