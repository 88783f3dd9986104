import { describe, expect, it } from 'vitest';
import { impliedBy, relatedCredit } from './index';
import { implicationEdges, PARENT_CREDIT, RELATED_CREDIT } from './graph';
import { PARENT_RULES } from './parent-rules';
import { SKILLS } from './taxonomy';

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
    // The licence's exam covers the standards: a CPA who never writes 'GAAP' knows it, and an ACCA member IFRS.
    expect(impliedBy(['CPA']).get('GAAP')).toBe('CPA');
    expect(impliedBy(['ACCA']).get('IFRS')).toBe('ACCA');
    // Workday is an HRIS: 'Hands-on experience with an HRIS; Workday experience is a strong plus' is met by it.
    expect(impliedBy(['Workday']).get('HRIS')).toBe('Workday');
    // FP&A is budgeting and forecasting: 'Budgeting and forecasting' on a resume meets a posting asking either.
    expect([...impliedBy(['Financial Planning and Analysis']).keys()]).toEqual(
      expect.arrayContaining(['Budgeting', 'Financial Forecasting']),
    );
    expect(impliedBy(['Registered Nurse']).get('Nursing')).toBe('Registered Nurse');
  });
});

describe('suites', () => {
  it('bring in their parts when named outright', () => {
    const implied = impliedBy(['Microsoft Office']);
    for (const part of ['Microsoft Excel', 'Microsoft Word', 'Microsoft PowerPoint', 'Microsoft Outlook'])
      expect(implied.get(part)).toBe('Microsoft Office');
    expect(impliedBy(['Adobe Creative Suite']).get('Adobe Photoshop')).toBe('Adobe Creative Suite');
  });

  it('do not lead from one part to the others', () => {
    const implied = impliedBy(['Microsoft Excel']);
    expect(implied.get('Microsoft Office')).toBe('Microsoft Excel');
    expect(implied.has('Microsoft Word')).toBe(false);
  });
});

describe('broad parents', () => {
  const implies = (specific: string, broad: string) =>
    expect(impliedBy([specific]).has(broad), `${specific} -> ${broad}`).toBe(true);

  it('derives the broad skill from any member of its group', () => {
    for (const db of ['PostgreSQL', 'MongoDB', 'Redis', 'Snowflake']) implies(db, 'Databases');
    for (const cloud of ['Amazon Web Services', 'Google Cloud', 'Amazon S3', 'Heroku'])
      implies(cloud, 'Cloud Computing');
    for (const fe of ['React', 'Vue.js', 'Next.js', 'Angular']) implies(fe, 'Front-End Development');
    for (const be of ['Django', 'FastAPI', 'Express', 'Spring Boot']) implies(be, 'Back-End Development');
    for (const api of ['REST APIs', 'GraphQL', 'gRPC', 'FastAPI']) implies(api, 'APIs');
    for (const lang of ['Bash', 'Python', 'PowerShell']) implies(lang, 'Scripting');
    for (const ml of ['PyTorch', 'TensorFlow', 'scikit-learn']) {
      implies(ml, 'Machine Learning');
      implies(ml, 'Model Training');
    }
    for (const tool of ['Apache Airflow', 'dbt', 'Apache Spark']) {
      implies(tool, 'Data Pipelines');
      implies(tool, 'ETL');
    }
    for (const vcs of ['Git', 'GitHub', 'GitLab']) implies(vcs, 'Version Control');
    for (const c of ['Docker', 'Kubernetes', 'Amazon EKS']) implies(c, 'Containerization');
    implies('Linux', 'Linux System Administration');
    implies('Ubuntu', 'Linux');
    implies('Data Structures', 'Algorithms');
    implies('PhD', "Bachelor's Degree");
    for (const lang of ['Python', 'Java', 'Scala', 'VBA', 'MATLAB']) implies(lang, 'Programming');
    for (const ai of ['Machine Learning', 'PyTorch', 'Computer Vision'])
      implies(ai, 'Artificial Intelligence');
    for (const tool of ['Apache Airflow', 'dbt']) implies(tool, 'Data Engineering');
  });

  it('does not call markup, queries or statistics packages programming', () => {
    for (const notCode of ['SQL', 'HTML', 'CSS', 'SPSS', 'LaTeX'])
      expect(impliedBy([notCode]).has('Programming'), notCode).toBe(false);
  });

  it('does not derive a broad skill from an unrelated one', () => {
    expect(impliedBy(['Payroll']).has('Databases')).toBe(false);
    expect(impliedBy(['SaaS']).has('Cloud Computing')).toBe(false);
    expect(impliedBy(['Python']).has('Front-End Development')).toBe(false);
  });

  it('names only canonical skills in its rules and edges', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    const named = PARENT_RULES.flatMap((r) => [...r.parents, ...(r.members ?? []), ...(r.except ?? [])]);
    expect(named.filter((n) => !names.has(n))).toEqual([]);
    const dangling = [...implicationEdges().values()].flat().filter((n) => !names.has(n));
    expect(dangling).toEqual([]);
  });
});

describe('relatedCredit', () => {
  it('gives partial credit for PyTorch when TensorFlow is missing, both ways', () => {
    expect(relatedCredit('TensorFlow', ['PyTorch'])).toEqual({ via: 'PyTorch', credit: RELATED_CREDIT });
    expect(relatedCredit('PyTorch', ['Excel', 'TensorFlow'])).toEqual({
      via: 'TensorFlow',
      credit: RELATED_CREDIT,
    });
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

describe('computer skills and staffing', () => {
  it('reads any software as computer skills, recruiting as staffing, Spark as distributed computing', () => {
    for (const tool of ['Microsoft Office', 'Microsoft Excel', 'SAP', 'Python', 'Jira'])
      expect(impliedBy([tool]).has('Computer Skills'), tool).toBe(true);
    expect(impliedBy(['Recruitment']).has('Staffing')).toBe(true);
    expect(impliedBy(['Apache Spark']).has('Distributed Systems')).toBe(true);
    expect(impliedBy(['Payroll']).has('Computer Skills')).toBe(false);
    expect(impliedBy(['German']).has('Computer Skills')).toBe(false);
  });

  it('does not make an ML engineer with a feature store a DevOps engineer', () => {
    expect(impliedBy(['Feature Store']).has('MLOps')).toBe(true);
    expect(impliedBy(['Feature Store']).has('DevOps')).toBe(false);
    expect(impliedBy(['MLOps']).has('DevOps')).toBe(false);
  });
});
