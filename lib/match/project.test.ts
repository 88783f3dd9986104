import { describe, expect, it } from 'vitest';
import { inPassageSpace, jobPassageVectors } from './prepare';
import { scoreMatch } from './score';
import type { JobProfile, ResumeProfile } from './types';
import { dot } from './vector';

// Deterministic pseudo-random unit vectors.
function unit(seed: number, dims = 16): Float32Array {
  const v = Float32Array.from(
    { length: dims },
    (_, i) => (Math.sin(seed * 12.9898 + i * 78.233) * 43758.5453) % 1,
  );
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

const job: JobProfile = {
  title: 'Data Engineer',
  titleVector: unit(1),
  requirements: [
    { text: 'Python pipelines', level: 'required', skills: ['Python'], minYears: null, vector: unit(2) },
    { text: 'Airflow', level: 'required', skills: ['Apache Airflow'], minYears: 3, vector: unit(3) },
    {
      text: 'Kubernetes is a plus',
      level: 'preferred',
      skills: ['Kubernetes'],
      minYears: null,
      vector: unit(4),
    },
  ],
  skills: [
    { name: 'Python', level: 'required' },
    { name: 'Apache Airflow', level: 'required' },
    { name: 'Kubernetes', level: 'preferred' },
  ],
  minYears: 3,
};

const resume: ResumeProfile = {
  chunks: [5, 6, 7, 8].map((seed) => ({ text: `passage ${seed}`, vector: unit(seed) })),
  skills: ['Python'],
  years: 4,
  skillYears: { Python: 4 },
};

describe('inPassageSpace', () => {
  it('scores a resume given as similarities to the posting’s passages exactly as with full vectors', () => {
    const passages = jobPassageVectors(job);
    const projected: ResumeProfile = {
      ...resume,
      chunks: resume.chunks.map((c) => ({ text: c.text, vector: passages.map((p) => dot(p, c.vector)) })),
    };
    expect(scoreMatch(inPassageSpace(job), projected)).toEqual(scoreMatch(job, resume));
  });
});
