import { describe, expect, it } from 'vitest';
import { highlightJobSkills, segmentMentions, wantedSkills } from './highlight';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('segmentMentions', () => {
  const text = 'Kubernetes and Python on AWS';
  const mentions = [
    { name: 'Kubernetes', start: 0, end: 10 },
    { name: 'Python', start: 15, end: 21 },
    { name: 'AWS', start: 25, end: 28 },
  ];

  it('marks only the wanted skills and keeps every character', () => {
    const segments = segmentMentions(
      text,
      mentions,
      new Map([
        ['Kubernetes', 'Kubernetes'],
        ['AWS', 'AWS'],
      ]),
    );
    expect(segments).toEqual([
      { text: 'Kubernetes', skill: 'Kubernetes' },
      { text: ' and Python on ' },
      { text: 'AWS', skill: 'AWS' },
    ]);
    expect(join(segments)).toBe(text);
  });

  it('drops overlapping and out-of-range mentions', () => {
    const segments = segmentMentions(
      text,
      [
        { name: 'Python', start: 15, end: 21 },
        { name: 'Py', start: 15, end: 17 },
        { name: 'Go', start: 20, end: 99 },
        { name: 'Bad', start: 5, end: 5 },
      ],
      new Map([
        ['Python', 'Python'],
        ['Py', 'Py'],
        ['Go', 'Go'],
        ['Bad', 'Bad'],
      ]),
    );
    expect(segments.filter((s) => s.skill).map((s) => s.text)).toEqual(['Python']);
    expect(join(segments)).toBe(text);
  });

  it('names the job skill a mention stands for', () => {
    const segments = segmentMentions(
      'Ran EKS',
      [{ name: 'Amazon EKS', start: 4, end: 7 }],
      new Map([['Amazon EKS', 'Kubernetes']]),
    );
    expect(segments[1]).toEqual({ text: 'EKS', skill: 'Kubernetes', via: 'Amazon EKS' });
  });

  it('returns the text as one plain piece when nothing is wanted', () => {
    expect(segmentMentions(text, mentions, new Map())).toEqual([{ text }]);
    expect(segmentMentions('', mentions, new Map())).toEqual([]);
  });
});

describe('highlightJobSkills', () => {
  it('finds skills by alias and word boundary, as extraction does', () => {
    const text = 'Built services in Python 3 and golang; deployed with k8s. Not a Pythonista.';
    const marked = highlightJobSkills(text, ['Python', 'Kubernetes']).filter((s) => s.skill);
    expect(marked.map((s) => [s.text, s.skill])).toEqual([
      ['Python 3', 'Python'],
      ['k8s', 'Kubernetes'],
    ]);
  });

  it('marks a skill that implies a job skill', () => {
    const marked = highlightJobSkills('Ran workloads on Amazon EKS for three years.', ['Kubernetes']).filter(
      (s) => s.skill,
    );
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatchObject({ skill: 'Kubernetes' });
    expect(marked[0]!.via).toBeTruthy();
  });

  it('leaves markup as text for React to escape', () => {
    const text = '<script>alert(1)</script> Python <b>';
    const segments = highlightJobSkills(text, ['Python']);
    expect(join(segments)).toBe(text);
    expect(segments.find((s) => s.skill)?.text).toBe('Python');
  });
});

describe('wantedSkills', () => {
  it('maps job skills to themselves and leaves unrelated ones out', () => {
    expect(wantedSkills(['Python', 'Excel'], ['Python', 'Kubernetes'])).toEqual(
      new Map([['Python', 'Python']]),
    );
  });
});
