import { describe, expect, it } from 'vitest';
import { impliedBy, relatedCredit } from './index';
import { PARENT_CREDIT, RELATED_CREDIT } from './graph';

describe('impliedBy', () => {
  it('derives Kubernetes from EKS, GKE and AKS', () => {
    for (const managed of ['Amazon EKS', 'Google Kubernetes Engine', 'Azure Kubernetes Service']) {
      expect(impliedBy([managed]).get('Kubernetes')).toBe(managed);
    }
  });

  it('follows implications transitively and leaves out skills already present', () => {
    const implied = impliedBy(['Amazon EKS', 'Amazon Web Services']);
    expect(implied.get('Containerization')).toBe('Amazon EKS');
    expect(implied.has('Amazon Web Services')).toBe(false);
  });

  it('covers framework, platform and credential implications', () => {
    expect(impliedBy(['Next.js']).get('React')).toBe('Next.js');
    expect(impliedBy(['Django']).get('Python')).toBe('Django');
    expect(impliedBy(['PyTorch Lightning']).get('PyTorch')).toBe('PyTorch Lightning');
    expect(impliedBy(['Amazon SageMaker']).get('Amazon Web Services')).toBe('Amazon SageMaker');
    const boot = impliedBy(['Spring Boot']);
    expect([boot.get('Java'), boot.get('Spring')]).toEqual(['Spring Boot', 'Spring Boot']);
    expect(impliedBy(['CPA']).get('Accounting')).toBe('CPA');
    expect(impliedBy(['Registered Nurse']).get('Nursing')).toBe('Registered Nurse');
  });
});

describe('relatedCredit', () => {
  it('gives partial credit for PyTorch when TensorFlow is missing, both ways', () => {
    expect(relatedCredit('TensorFlow', ['PyTorch'])).toEqual({ via: 'PyTorch', credit: RELATED_CREDIT });
    expect(relatedCredit('PyTorch', ['Excel', 'TensorFlow'])).toEqual({ via: 'TensorFlow', credit: RELATED_CREDIT });
  });

  it('relates cloud providers and CI servers', () => {
    expect(relatedCredit('Microsoft Azure', ['Google Cloud'])?.via).toBe('Google Cloud');
    expect(relatedCredit('GitHub Actions', ['Jenkins'])?.via).toBe('Jenkins');
    expect(relatedCredit('PostgreSQL', ['MySQL'])?.via).toBe('MySQL');
  });

  it('gives smaller credit for the broader skill a missing one implies', () => {
    expect(relatedCredit('Spring Boot', ['Spring'])).toEqual({ via: 'Spring', credit: PARENT_CREDIT });
  });

  it('returns null when nothing related is present', () => {
    expect(relatedCredit('TensorFlow', ['Payroll', 'Welding'])).toBeNull();
  });
});
