import { describe, expect, it } from 'vitest';
import { extractSkills } from './index';

const levels = (text: string) =>
  Object.fromEntries(extractSkills(text, { kind: 'posting' }).map((s) => [s.name, s.level]));

describe('skill levels in a posting', () => {
  it('marks skills under a "Nice to have" heading preferred', () => {
    expect(levels('Requirements\n- Python and SQL\nNice to have\n- Kafka\n- Terraform')).toEqual({
      Python: 'required',
      SQL: 'required',
      'Apache Kafka': 'preferred',
      Terraform: 'preferred',
    });
  });

  it('marks a skill in an "... is a plus" sentence preferred', () => {
    expect(levels('Experience with CircleCI pipelines. Jenkins is a plus.')).toEqual({
      CircleCI: 'required',
      Jenkins: 'preferred',
    });
  });

  it('reads other preferred cues: ideally, bonus, familiarity is an advantage, good to have', () => {
    expect(
      levels(
        'Ideally you know GraphQL.\nBonus points for experience with Rust.\nFamiliarity with Figma is an advantage.\nGood to have: Redis',
      ),
    ).toEqual({
      GraphQL: 'preferred',
      Rust: 'preferred',
      Figma: 'preferred',
      Redis: 'preferred',
    });
  });

  it('keeps a requirement’s head as asked when a wish only trails it', () => {
    expect(levels('Requirements\n- Strong Python experience, ideally with Django')).toEqual({
      Python: 'required',
      Django: 'preferred',
    });
    // A wish in brackets ends with them; what follows is asked as the line asks it.
    expect(levels('Must-haves: experience in fintech ( ideally with Kafka ) and Java development')).toEqual({
      Fintech: 'required',
      'Apache Kafka': 'preferred',
      Java: 'required',
    });
    expect(levels("Bachelor's degree in Accounting (Master's degree preferred) and SAP experience")).toEqual({
      "Bachelor's Degree": 'required',
      Accounting: 'required',
      "Master's Degree": 'preferred',
      SAP: 'required',
    });
    // A wish that opens the sentence is all of it.
    expect(levels('Ideally, you know GraphQL and Redis.')).toEqual({
      GraphQL: 'preferred',
      Redis: 'preferred',
    });
  });

  it('resets to required at a requirements heading', () => {
    const text =
      'Preferred Qualifications\nHadoop experience\nWhat you will need:\nJava 8 experience\nMust have\nDocker';
    expect(levels(text)).toEqual({ Hadoop: 'preferred', Java: 'required', Docker: 'required' });
  });

  it('keeps a skill required when it is also listed as preferred', () => {
    expect(levels('Must have: Python, AWS\nPreferred\nPython, GCP')).toEqual({
      Python: 'required',
      'Amazon Web Services': 'required',
      'Google Cloud': 'preferred',
    });
  });

  it('does not take a short bullet for a heading that resets the section', () => {
    expect(levels('Nice to have:\nExperience with Kubernetes\nHelm charts')).toEqual({
      Kubernetes: 'preferred',
      Helm: 'preferred',
    });
  });
});
