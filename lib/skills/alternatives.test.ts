import { describe, expect, it } from 'vitest';
import { alternativeGroups, includedParts } from './alternatives';
import { findSkillMentions } from './extract';

const groups = (text: string) => alternativeGroups(text, findSkillMentions(text));

describe('alternativeGroups', () => {
  it('reads "A, B or C" and "A and/or B" lists as alternatives', () => {
    expect(groups('Hands-on experience with AWS, GCP, or Azure')).toEqual([
      ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure'],
    ]);
    expect(groups('Python and/or Java in production')).toEqual([['Python', 'Java']]);
  });

  it('keeps a skill joined by "and" out of the list', () => {
    expect(groups('PyTorch or TensorFlow and Kubernetes')).toEqual([['PyTorch', 'TensorFlow']]);
  });

  it('takes the field, not the degree, from "a degree in X, Y or a related field"', () => {
    expect(groups("Bachelor's degree in Computer Science, Statistics or a related field")).toEqual([
      ['Computer Science', 'Statistics'],
    ]);
  });

  it('starts the list at a qualifier, so what the qualifier narrows is no alternative', () => {
    expect(
      groups(
        '3+ years of HR generalist experience, preferably in logistics, manufacturing, or another multi-shift environment',
      ),
    ).toEqual([['Logistics', 'Manufacturing Industry']]);
  });

  it('finds nothing in plain lists, or where only one skill stands by an "or"', () => {
    expect(groups('Python, SQL and Airflow')).toEqual([]);
    expect(groups('Kubernetes or similar orchestration tools')).toEqual([]);
    expect(groups('CI/CD pipelines')).toEqual([]);
  });
});

describe('alternativeGroups with examples', () => {
  it('reads "e.g." and "such as" lists as alternatives of one kind', () => {
    expect(groups('Experience with cloud platforms (e.g., AWS, GCP, Azure) and Docker')).toEqual([
      ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure'],
    ]);
    expect(groups('Languages such as Python, Java and Go')).toEqual([['Python', 'Java', 'Go']]);
  });

  it('keeps examples of different kinds apart, and a colon list is not a choice', () => {
    expect(groups('distributed computing frameworks (e.g., Spark, Kubernetes)')).toEqual([]);
    expect(groups('containerization technologies (e.g., Docker, Kubernetes)')).toEqual([]);
    expect(groups('Programming: Python, R, SQL')).toEqual([]);
  });
});

describe('alternativeGroups with abbreviations', () => {
  it('keeps "Ph.D." whole: "Master’s or Ph.D. in Computer Science, Statistics, or a related field"', () => {
    expect(groups('Master’s or Ph.D. in Computer Science, Statistics, or a related field.')).toEqual([
      ["Master's Degree", 'PhD'],
      ['Computer Science', 'Statistics'],
    ]);
  });
});

describe('alternativeGroups across clouds', () => {
  it('reads one service from each of several clouds, listed with commas or slashes, as alternatives', () => {
    expect(groups('Cloud ML Platforms: AWS SageMaker, Azure ML, GCP Vertex AI')).toEqual([
      ['Amazon SageMaker', 'Azure Machine Learning', 'Vertex AI'],
    ]);
    expect(groups('Cloud: AWS, Azure, GCP')).toEqual([
      ['Amazon Web Services', 'Microsoft Azure', 'Google Cloud'],
    ]);
    expect(groups('Deployments on AWS/GCP')).toEqual([['Amazon Web Services', 'Google Cloud']]);
  });

  it('asks for each when joined by "and", or when one cloud is named with several services', () => {
    expect(groups('Deploy on AWS and GCP')).toEqual([]);
    expect(groups('Experience with AWS (EC2, S3, Lambda) and Azure')).toEqual([]);
    expect(groups('AWS, Docker and Kubernetes')).toEqual([]);
  });
});

describe('includedParts', () => {
  const parts = (text: string) => includedParts(text, findSkillMentions(text));

  it('reads what follows "including" after a named skill as its parts', () => {
    expect(
      parts('Production experience running Kubernetes, including networking, RBAC, and troubleshooting'),
    ).toEqual(['Computer Networking', 'Identity and Access Management']);
    expect(parts('Experience with Next.js, including server-side rendering and routing')).toEqual([
      'Server-Side Rendering',
    ]);
  });

  it('reads no parts when no skill comes before "including", or there is no "including"', () => {
    expect(parts('5 years of experience, including Kubernetes and Terraform')).toEqual([]);
    expect(parts('Kubernetes and Terraform in production')).toEqual([]);
  });
});
