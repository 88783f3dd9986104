import { describe, expect, it } from 'vitest';
import { hostileStrings } from '../../test-support/fuzz-fields';
import { DEFAULT_FILTERS, filtersToQuery, isFiltered, pageWindow, parseCandidateFilters } from './filters';

const jobSkills = ['Kubernetes', 'Python', 'C++', 'Amazon Web Services (AWS)'];

describe('parseCandidateFilters', () => {
  it('reads every filter from a query string', () => {
    const f = parseCandidateFilters(
      new URLSearchParams(
        'skill=Kubernetes&skill=python&min=60&q=%20berlin%20%20ops&status=shortlisted&sort=years&size=50&page=3',
      ),
      { jobSkills },
    );
    expect(f).toEqual({
      skills: ['Kubernetes', 'Python'],
      minScore: 60,
      q: 'berlin ops',
      status: 'shortlisted',
      sort: 'years',
      pageSize: 50,
      page: 3,
    });
  });

  it('keeps only skills the job names, in the job’s spelling, once each', () => {
    const f = parseCandidateFilters(
      { skill: ['c++', 'Cobol', 'C++', 'amazon web services (aws)'] },
      { jobSkills },
    );
    expect(f.skills).toEqual(['C++', 'Amazon Web Services (AWS)']);
  });

  it('accepts comma-separated skills from hand-written links', () => {
    expect(parseCandidateFilters({ skill: 'Kubernetes,Python' }, { jobSkills }).skills).toEqual([
      'Kubernetes',
      'Python',
    ]);
  });

  it('falls back to defaults for anything malformed', () => {
    const f = parseCandidateFilters(
      { min: '-5', status: 'fired', sort: 'salary', size: '1000', page: '0' },
      { jobSkills },
    );
    expect(f).toEqual(DEFAULT_FILTERS);
    expect(parseCandidateFilters({ min: '250', page: '1e9' }, { jobSkills })).toMatchObject({
      minScore: 100,
      page: 1,
    });
  });

  it('treats a minimum of 0 as no minimum', () => {
    expect(parseCandidateFilters({ min: '0' }, { jobSkills }).minScore).toBeNull();
  });

  it('does not sort by name under blind review', () => {
    expect(parseCandidateFilters({ sort: 'name' }, { jobSkills }).sort).toBe('name');
    expect(parseCandidateFilters({ sort: 'name' }, { jobSkills, blind: true }).sort).toBe('score');
  });

  it('caps the search text', () => {
    expect(parseCandidateFilters({ q: 'x'.repeat(500) }, { jobSkills }).q).toHaveLength(200);
  });

  it('drops NUL and other control characters from the search text', () => {
    const q = (raw: string) => parseCandidateFilters(new URLSearchParams({ q: raw }), { jobSkills }).q;
    expect(q('ber\u0000lin')).toBe('berlin');
    expect(q('\u0000')).toBe('');
    expect(q('\u0001 data\u001b  ops\u007f\u0085')).toBe('data ops');
  });

  it('reads hostile text in every parameter without throwing, and never passes a NUL on', () => {
    for (const { family, value } of hostileStrings(11, 300)) {
      for (const key of ['q', 'skill', 'min', 'status', 'sort', 'size', 'page']) {
        const f = parseCandidateFilters(new URLSearchParams({ [key]: value }), { jobSkills, blind: true });
        expect(JSON.stringify(f), `${family} in ${key}`).not.toContain('\\u0000');
        expect(f.q.length, `${family} in ${key}`).toBeLessThanOrEqual(200);
      }
    }
  });
});

describe('filtersToQuery', () => {
  it('round-trips through parseCandidateFilters', () => {
    const f = {
      skills: ['Kubernetes', 'C++'],
      minScore: 45,
      q: 'a&b=c',
      status: 'hired' as const,
      sort: 'name' as const,
      pageSize: 100 as const,
      page: 2,
    };
    const query = filtersToQuery(f);
    expect(parseCandidateFilters(new URLSearchParams(query.slice(1)), { jobSkills })).toEqual(f);
  });

  it('leaves defaults out and applies overrides', () => {
    expect(filtersToQuery(DEFAULT_FILTERS)).toBe('');
    expect(filtersToQuery({ ...DEFAULT_FILTERS, page: 4 }, { page: 1, status: 'shortlisted' })).toBe(
      '?status=shortlisted',
    );
  });
});

describe('isFiltered and pageWindow', () => {
  it('tells filters from sorting and paging', () => {
    expect(isFiltered({ ...DEFAULT_FILTERS, sort: 'years', page: 3 })).toBe(false);
    expect(isFiltered({ ...DEFAULT_FILTERS, minScore: 50 })).toBe(true);
  });

  it('clamps a page past the end and reports the rows shown', () => {
    expect(pageWindow(120, { page: 9, pageSize: 50 })).toEqual({ page: 3, pages: 3, from: 101, to: 120 });
    expect(pageWindow(0, { page: 2, pageSize: 25 })).toEqual({ page: 1, pages: 1, from: 0, to: 0 });
  });
});
