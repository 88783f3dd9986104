import { describe, expect, it } from 'vitest';
import { chunkText } from './chunk';

describe('chunkText', () => {
  it('keeps every chunk within the word budget', () => {
    const text = Array.from(
      { length: 60 },
      (_, i) => `Sentence number ${i} talks about distributed systems and testing.`,
    ).join(' ');
    const chunks = chunkText(text, 40);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  it('starts a new chunk at a section heading', () => {
    const chunks = chunkText(
      'SUMMARY\nBackend engineer with ten years in payments.\nEXPERIENCE\nLed the migration to Kubernetes at Acme.',
    );
    expect(chunks).toEqual([
      'SUMMARY\nBackend engineer with ten years in payments.',
      'EXPERIENCE\nLed the migration to Kubernetes at Acme.',
    ]);
  });

  it('never loses words from a very long line', () => {
    const words = Array.from({ length: 250 }, (_, i) => `w${i}`);
    expect(chunkText(words.join(' '), 80).join(' ').split(/\s+/)).toEqual(words);
  });

  it('with joinWrapped, keeps a sentence a PDF wrapped over lines in one piece, and a heading apart', () => {
    const text =
      'Experience\nResponsible for population health initiatives. Promote collaboration with physician practices,\nmajor health systems, payors and community organizations.\nSkills\nproject management';
    const lines = chunkText(text, 25, { joinWrapped: true });
    expect(lines).toContainEqual(
      expect.stringContaining(
        'Promote collaboration with physician practices, major health systems, payors and community organizations.',
      ),
    );
    expect(lines.some((l) => l.startsWith('major health systems'))).toBe(false);
    expect(lines.some((l) => l.includes('Skills project management'))).toBe(false);
  });
});
