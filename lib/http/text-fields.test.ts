import { describe, expect, it } from 'vitest';
import { hostileStrings } from '../../test-support/fuzz-fields';
import { hasNul, storableFilename, urlHoldsNul } from './text-fields';

describe('hasNul and urlHoldsNul', () => {
  it('find a NUL in text, and raw or percent-encoded in a URL', () => {
    expect(hasNul('ana\u0000@example.com')).toBe(true);
    expect(hasNul('ana@example.com')).toBe(false);
    expect(urlHoldsNul('http://x/recruiter/jobs/%00')).toBe(true);
    expect(urlHoldsNul('http://x/recruiter/jobs/abc?q=data%00')).toBe(true);
    expect(urlHoldsNul('http://x/recruiter/jobs/abc?q=100%25')).toBe(false);
  });
});

describe('storableFilename', () => {
  it('removes control characters (NUL among them) and trims', () => {
    expect(storableFilename('cv\u0000.pdf')).toBe('cv.pdf');
    expect(storableFilename(' \u0007résumé 履歴書.docx\u009f ')).toBe('résumé 履歴書.docx');
  });

  it('keeps at most 255 characters, without splitting one, and is never empty', () => {
    expect(storableFilename(`${'🚀'.repeat(300)}.txt`)).toBe('🚀'.repeat(255));
    expect(storableFilename('\u0000\u0001')).toBe('resume');
    expect(storableFilename('')).toBe('resume');
  });

  it('never passes a NUL on, whatever the name', () => {
    for (const { family, value } of hostileStrings(3, 300)) {
      const name = storableFilename(value);
      expect(hasNul(name), family).toBe(false);
      expect([...name].length, family).toBeLessThanOrEqual(255);
      expect(name.length, family).toBeGreaterThan(0);
    }
  });
});
