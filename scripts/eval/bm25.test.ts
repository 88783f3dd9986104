import { describe, expect, it } from 'vitest';
import { Bm25Index, keywordTokens } from './bm25';

describe('keywordTokens', () => {
  it('lower-cases, drops stopwords and keeps C++ and C# whole', () => {
    expect(keywordTokens('The team uses C++ and C# with Node.js')).toEqual([
      'team',
      'uses',
      'c++',
      'c#',
      'node',
      'js',
    ]);
  });
});

describe('Bm25Index', () => {
  const docs = ['kubernetes terraform aws', 'react typescript css', 'kubernetes kubernetes helm'];

  it('scores documents without the query terms at 0', () => {
    expect(new Bm25Index(docs).scores('react')).toEqual([0, expect.any(Number), 0]);
  });

  it('ranks a document that repeats a rare term above one that names it once', () => {
    const [once, , twice] = new Bm25Index(docs).scores('kubernetes');
    expect(twice!).toBeGreaterThan(once!);
  });

  it('weighs a rare term above a common one', () => {
    const index = new Bm25Index(docs);
    const [aws] = index.scores('aws');
    const [kubernetes] = index.scores('kubernetes');
    expect(aws!).toBeGreaterThan(kubernetes!);
  });
});
