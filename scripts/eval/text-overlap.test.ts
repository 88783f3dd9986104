import { describe, expect, it } from 'vitest';
import { containment, coveredShare, jaccard, mostSimilar, tokenSet } from './text-overlap';

describe('tokenSet', () => {
  it('lower-cases words and keeps + and #', () => {
    expect([...tokenSet('Java and/or C++, C#!')]).toEqual(['java', 'and', 'or', 'c++', 'c#']);
  });
});

describe('jaccard and containment', () => {
  it('measure shared words', () => {
    const a = tokenSet('advanced knowledge of excel');
    const b = tokenSet('knowledge of excel');
    expect(jaccard(a, b)).toBeCloseTo(0.75);
    expect(containment(a, b)).toBe(1);
  });
});

describe('coveredShare', () => {
  it('is the share of the first text found in the second', () => {
    expect(coveredShare('post journal entries', 'We post journal entries in SAP')).toBe(1);
    expect(coveredShare('post journal entries daily', 'journal entries')).toBe(0.5);
  });
});

describe('mostSimilar', () => {
  const candidates = [
    'Lead the month-end close and prepare financial statements under US GAAP',
    'US GAAP',
    'Experience with CRM software (e.g. Salesforce)',
  ];

  it('prefers the exact requirement over one that merely contains it', () => {
    expect(mostSimilar('US GAAP', candidates)).toBe(1);
  });

  it('finds a requirement that Rolefit kept only in part', () => {
    expect(
      mostSimilar('Experience with CRM software (e.g. Salesforce) for pipeline tracking', candidates),
    ).toBe(2);
  });

  it('does not find a one-word label inside a longer sentence', () => {
    expect(mostSimilar('CPA', ['Prepare financial statements for the CPA firm'])).toBe(-1);
  });

  it('returns -1 when nothing is similar', () => {
    expect(mostSimilar('Fluency in English & Hindi', candidates)).toBe(-1);
  });
});
