import { describe, expect, it } from 'vitest';
import { missingAsks, rankResumesForJob, scoreMatch, skillsHeld } from './score';
import type { JobProfile, ResumeProfile } from './types';

// Unit vectors along a few axes stand in for embeddings: same axis = same meaning.
const axis = (i: number, dims = 8) => Float32Array.from({ length: dims }, (_, k) => (k === i ? 1 : 0));
const mix = (i: number, j: number, w = 0.5) => {
  const v = axis(i).map((x, k) => x * Math.sqrt(1 - w * w) + (k === j ? w : 0));
  return v;
};

const job: JobProfile = {
  title: 'ML Engineer',
  titleVector: axis(0),
  requirements: [
    {
      text: 'Train models in PyTorch',
      level: 'required',
      skills: ['PyTorch'],
      minYears: null,
      vector: axis(1),
    },
    {
      text: 'Deploy on Kubernetes',
      level: 'required',
      skills: ['Kubernetes'],
      minYears: null,
      vector: axis(2),
    },
    {
      text: 'Track experiments with MLflow',
      level: 'preferred',
      skills: ['MLflow'],
      minYears: null,
      vector: axis(3),
    },
  ],
  skills: [
    { name: 'PyTorch', level: 'required' },
    { name: 'Kubernetes', level: 'required' },
    { name: 'MLflow', level: 'preferred' },
  ],
  minYears: 3,
};

const strong: ResumeProfile = {
  chunks: [
    { text: 'ML engineer', vector: axis(0) },
    { text: 'Trained PyTorch models', vector: axis(1) },
    { text: 'Ran services on EKS', vector: axis(2) },
    { text: 'Logged runs in MLflow', vector: axis(3) },
  ],
  skills: ['PyTorch', 'Amazon EKS', 'MLflow'],
  years: 6,
  skillYears: { PyTorch: 5 },
};

const weak: ResumeProfile = {
  chunks: [{ text: 'Pastry chef', vector: axis(6) }],
  skills: ['Food Safety'],
  years: 1,
  skillYears: {},
};

describe('scoreMatch', () => {
  it('counts a skill implied by a stated one as present, not missing', () => {
    const r = scoreMatch(job, strong);
    expect(r.skills.missing.required).toEqual([]);
    expect(r.skills.implied).toContainEqual({ name: 'Kubernetes', via: 'Amazon EKS' });
  });

  it('names required and preferred gaps separately', () => {
    const r = scoreMatch(job, { ...strong, skills: ['PyTorch'] });
    expect(r.skills.missing).toEqual({ required: ['Kubernetes'], preferred: ['MLflow'] });
    expect(r.gaps[0]).toMatch(/Kubernetes/);
  });

  it('gives evidence for covered requirements and none for uncovered ones', () => {
    const r = scoreMatch(job, { ...strong, skills: ['PyTorch'], chunks: strong.chunks.slice(0, 2) });
    expect(r.requirements[0]).toMatchObject({ covered: true, evidence: 'Trained PyTorch models' });
    expect(r.requirements[2]).toMatchObject({ covered: false, evidence: null });
  });

  it('scores a close fit well above an unrelated resume, within 0-100', () => {
    const good = scoreMatch(job, strong);
    const bad = scoreMatch(job, weak);
    expect(good.score).toBeGreaterThanOrEqual(75);
    expect(good.band).toBe('strong');
    expect(bad.score).toBeLessThan(30);
    expect(bad.band).toBe('weak');
  });

  it('weighs a missing required skill more than a missing preferred one', () => {
    const noRequired = scoreMatch(job, {
      ...strong,
      skills: ['MLflow', 'Amazon EKS'],
      chunks: strong.chunks.filter((_, i) => i !== 1),
    });
    const noPreferred = scoreMatch(job, {
      ...strong,
      skills: ['PyTorch', 'Amazon EKS'],
      chunks: strong.chunks.filter((_, i) => i !== 3),
    });
    expect(noPreferred.exact).toBeGreaterThan(noRequired.exact);
  });

  it('gives partial credit for a related skill', () => {
    const tf = scoreMatch(job, { ...weak, skills: ['TensorFlow'] });
    const none = scoreMatch(job, weak);
    expect(tf.skills.related.map((r) => r.name)).toContain('PyTorch');
    expect(tf.exact).toBeGreaterThan(none.exact);
  });

  it('lets the ESCO occupations both name vouch for the profession, never against the titles', () => {
    const titled: ResumeProfile = {
      ...weak,
      titles: [{ text: 'Line cook', kind: 'headline', vector: axis(7) }],
    };
    const plain = scoreMatch(job, titled).breakdown.profession!;
    const accountant = { code: '2411.1', isco: '2411' };
    // The same occupation: the profession is met whatever the title wordings.
    const same = scoreMatch({ ...job, occupation: accountant }, { ...titled, occupation: accountant })
      .breakdown.profession!;
    expect(same).toBe(1);
    expect(plain).toBeLessThan(0.5);
    // Unrelated occupations take nothing from what the titles say.
    const other = scoreMatch(
      { ...job, occupation: accountant },
      { ...titled, occupation: { code: '5120.1', isco: '5120' } },
    ).breakdown.profession!;
    expect(other).toBe(plain);
  });

  it('costs a little for fewer years than asked', () => {
    const senior = scoreMatch(job, strong);
    const junior = scoreMatch(job, { ...strong, years: 1 });
    expect(junior.exact).toBeLessThan(senior.exact);
    expect(senior.exact - junior.exact).toBeLessThan(10);
  });
});

describe('years per requirement', () => {
  const asksYears: JobProfile = {
    ...job,
    requirements: job.requirements.map((r, i) =>
      i === 0 ? { ...r, text: '6+ years of PyTorch', minYears: 6 } : r,
    ),
  };

  it('names a shortfall in years for a skill, from the roles that use it', () => {
    const r = scoreMatch(asksYears, { ...strong, skillYears: { PyTorch: 2 } });
    expect(r.requirements[0]!.years).toEqual({ required: 6, shown: 2 });
    expect(r.gaps.join('\n')).toMatch(/Asks for 6\+ years .* about 2/);
  });

  it('says nothing when the resume has the years or no dated evidence', () => {
    expect(scoreMatch(asksYears, { ...strong, skillYears: { PyTorch: 7 } }).gaps.join('\n')).not.toMatch(
      /Asks for/,
    );
    expect(scoreMatch(asksYears, { ...strong, skillYears: {} }).requirements[0]!.years).toEqual({
      required: 6,
      shown: null,
    });
  });
});

describe('a skill asked with years', () => {
  it('is not covered by a tool no dated role names, however close the list line', () => {
    const asksJava: JobProfile = {
      ...job,
      requirements: [
        {
          text: '2+ years of programming in PyTorch',
          level: 'required',
          skills: ['PyTorch'],
          minYears: 2,
          vector: axis(1),
        },
      ],
    };
    const listed = scoreMatch(asksJava, { ...strong, skillYears: {} }).requirements[0]!;
    expect([listed.covered, listed.evidence, listed.undated]).toEqual([false, null, true]);
    expect(scoreMatch(asksJava, { ...strong, skillYears: {} }).gaps).toContain(
      'Listed, but no dated role shows it — 2+ years of programming in PyTorch',
    );
    expect(scoreMatch(asksJava, strong).requirements[0]!.covered).toBe(true);
    // A resume with no dated roles at all says nothing either way.
    expect(scoreMatch(asksJava, { ...strong, years: null, skillYears: {} }).requirements[0]!.covered).toBe(
      true,
    );
  });
});

describe('rankResumesForJob', () => {
  it('orders resumes best first', () => {
    const ranked = rankResumesForJob(job, [
      { id: 'weak', profile: weak },
      { id: 'strong', profile: strong },
      {
        id: 'mid',
        profile: {
          chunks: [{ text: 'PyTorch research', vector: mix(1, 6) }],
          skills: ['PyTorch'],
          years: 2,
          skillYears: {},
        },
      },
    ]);
    expect(ranked.map((r) => r.item.id)).toEqual(['strong', 'mid', 'weak']);
  });
});

describe('alternatives in a posting', () => {
  const cloud = (extra: JobProfile['requirements'] = []): JobProfile => ({
    title: 'Cloud Engineer',
    titleVector: axis(0),
    requirements: [
      {
        text: 'Experience with AWS, GCP or Azure',
        level: 'required',
        skills: ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure'],
        alternatives: [['Amazon Web Services', 'Google Cloud', 'Microsoft Azure']],
        minYears: null,
        vector: axis(1),
      },
      ...extra,
    ],
    skills: [
      { name: 'Amazon Web Services', level: 'required' },
      { name: 'Google Cloud', level: 'required' },
      { name: 'Microsoft Azure', level: 'required' },
    ],
    minYears: null,
  });
  const onAws = (skills: string[]): ResumeProfile => ({
    chunks: [{ text: 'Built on AWS', vector: axis(1) }],
    skills,
    years: 4,
    skillYears: {},
  });

  it('one of "AWS, GCP or Azure" covers the others, which are not missing', () => {
    const result = scoreMatch(cloud(), onAws(['Amazon Web Services']));
    expect(result.skills.missing.required).toEqual([]);
    expect(result.skills.alternatives).toEqual([
      { name: 'Google Cloud', via: 'Amazon Web Services' },
      { name: 'Microsoft Azure', via: 'Amazon Web Services' },
    ]);
    // The requirement says which skill the resume has by name and which it meets through that one.
    expect(result.requirements[0]?.named).toEqual([
      { name: 'Amazon Web Services', held: true },
      { name: 'Google Cloud', held: true, via: 'Amazon Web Services' },
      { name: 'Microsoft Azure', held: true, via: 'Amazon Web Services' },
    ]);
  });

  it('with none of them, all are missing, as one gap; an implied one covers the group too', () => {
    const none = scoreMatch(cloud(), onAws([]));
    expect(none.skills.missing.required).toEqual(['Amazon Web Services', 'Google Cloud', 'Microsoft Azure']);
    expect(none.skills.missingAlternatives).toEqual([
      ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure'],
    ]);
    // One ask, not three: the candidate needs one of them.
    expect(none.gaps[0]).toBe(
      'Missing required skills: one of Amazon Web Services, Google Cloud or Microsoft Azure',
    );
    expect(missingAsks(none.skills, 'required')).toEqual([
      'one of Amazon Web Services, Google Cloud or Microsoft Azure',
    ]);
    // SageMaker implies AWS.
    expect(scoreMatch(cloud(), onAws(['Amazon SageMaker'])).skills.missing.required).toEqual([]);
  });

  it('a skill also asked for on its own stays missing', () => {
    const job = cloud([
      {
        text: 'Azure certification required',
        level: 'required',
        skills: ['Microsoft Azure'],
        minYears: null,
        vector: axis(2),
      },
    ]);
    const result = scoreMatch(job, onAws(['Amazon Web Services']));
    expect(result.skills.missing.required).toEqual(['Microsoft Azure']);
    // Asked for on its own, it is its own gap, and the rest of its group is no group of missing alternatives.
    expect(scoreMatch(job, onAws([])).skills.missingAlternatives).toEqual([
      ['Amazon Web Services', 'Google Cloud'],
    ]);
    expect(missingAsks(scoreMatch(job, onAws([])).skills, 'required')).toEqual([
      'one of Amazon Web Services or Google Cloud',
      'Microsoft Azure',
    ]);
    expect(result.skills.alternatives).toEqual([{ name: 'Google Cloud', via: 'Amazon Web Services' }]);
  });
});

describe('coverage that holds up', () => {
  it('never covers a requirement that names skills the resume lacks, however similar a passage is', () => {
    const lookalike: ResumeProfile = {
      chunks: [
        { text: 'ML engineer', vector: axis(0) },
        { text: 'Built a console application. Integrated CKEditor.', vector: axis(2) },
      ],
      skills: [],
      years: 4,
      skillYears: {},
    };
    const k8s = scoreMatch(job, lookalike).requirements.find((r) => r.text === 'Deploy on Kubernetes')!;
    expect(k8s.similarity).toBeGreaterThan(0.9);
    expect(k8s).toMatchObject({
      covered: false,
      evidence: null,
      named: [{ name: 'Kubernetes', held: false }],
    });
    expect(k8s.coverage).toBeLessThanOrEqual(0.3);
  });

  it('takes a practice shown only through a product as no degree subject, and as cover only within the trade', () => {
    const accounting: JobProfile = {
      ...job,
      title: 'Staff Accountant',
      requirements: [
        {
          text: "Bachelor's degree in Accounting or Finance",
          level: 'required',
          skills: ["Bachelor's Degree", 'Accounting', 'Finance'],
          alternatives: [['Accounting', 'Finance']],
          minYears: null,
          vector: axis(1),
        },
        {
          text: '2+ years of experience in general accounting',
          level: 'required',
          skills: ['Accounting'],
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: [
        { name: "Bachelor's Degree", level: 'required' },
        { name: 'Accounting', level: 'required' },
        { name: 'Finance', level: 'required' },
      ],
    };
    // An IT director who lists Sage among the software they ran, with a B.S. in networking.
    const itDirector: ResumeProfile = {
      chunks: [{ text: 'Software - Sage, VMware, Exchange, SolarWinds', vector: axis(1) }],
      titles: [{ text: 'Director of Information Technology', kind: 'headline', vector: axis(7) }],
      skills: ['Sage', "Bachelor's Degree", 'Computer Networking'],
      years: 20,
      skillYears: {},
    };
    const [degree, years] = scoreMatch(accounting, itDirector).requirements;
    expect(degree!.covered).toBe(false);
    expect(years!.covered).toBe(false);
    // Someone of the trade who keeps the books in Sage shows the practice by it; the degree still needs its subject.
    const accountant = { code: '2411.1', isco: '2411' };
    const bookkeeper = scoreMatch(
      { ...accounting, occupation: accountant },
      { ...itDirector, occupation: accountant },
    ).requirements;
    expect(bookkeeper[1]!.covered).toBe(true);
    expect(bookkeeper[0]!.covered).toBe(false);
  });

  it('quotes work, not the degree line, for experience in a field the degree also names', () => {
    const accounting: JobProfile = {
      ...job,
      requirements: [
        {
          text: '2+ years of experience in general accounting',
          level: 'required',
          skills: ['Accounting'],
          minYears: 2,
          vector: axis(1),
        },
      ],
      skills: [{ name: 'Accounting', level: 'required' }],
    };
    const accountant: ResumeProfile = {
      chunks: [{ text: 'Closed the books monthly for a general accounting team of four.', vector: axis(1) }],
      skills: ['Accounting'],
      years: 7,
      skillYears: { Accounting: 7 },
      skillEvidence: { Accounting: 'B.S. Accounting, University of Illinois Urbana-Champaign, 2017' },
    };
    expect(scoreMatch(accounting, accountant).requirements[0]).toMatchObject({
      covered: true,
      evidence: 'Closed the books monthly for a general accounting team of four.',
    });
  });

  it('does not cover a requirement by a part it lists after "including" when the skill it belongs to is missing', () => {
    const platform: JobProfile = {
      ...job,
      requirements: [
        {
          text: 'Production experience running Kubernetes, including networking, RBAC, and troubleshooting workloads',
          level: 'required',
          skills: ['Kubernetes', 'Computer Networking', 'Identity and Access Management'],
          minYears: null,
          parts: ['Computer Networking', 'Identity and Access Management'],
          vector: axis(2),
        },
      ],
    };
    const resume = (skills: string[]): ResumeProfile => ({
      chunks: [{ text: 'Ran networks and Kubernetes clusters', vector: axis(2) }],
      skills,
      years: 6,
      skillYears: {},
    });
    expect(scoreMatch(platform, resume(['Computer Networking'])).requirements[0]!.covered).toBe(false);
    expect(scoreMatch(platform, resume(['Kubernetes'])).requirements[0]!.covered).toBe(true);
    expect(scoreMatch(platform, resume(['Helm', 'Computer Networking'])).requirements[0]!.covered).toBe(true);
  });

  it('cites the resume line that names the skill, or the skill that implies it', () => {
    const cited: ResumeProfile = {
      ...strong,
      skillEvidence: { PyTorch: 'Trained PyTorch models for churn.', 'Amazon EKS': 'Ran services on EKS.' },
    };
    const reqs = scoreMatch(job, cited).requirements;
    expect(reqs.map((r) => r.evidence)).toEqual([
      'Trained PyTorch models for churn.',
      'Ran services on EKS.',
      'Logged runs in MLflow',
    ]);
  });

  it('cites the sentence of work that names the skill and comes closest to the requirement, not a list of skills', () => {
    const ap: JobProfile = {
      title: 'Staff Accountant',
      titleVector: axis(0),
      requirements: [
        {
          text: 'Review accounts payable and post journal entries',
          level: 'required',
          skills: ['Accounts Payable', 'Journal Entries'],
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: [
        { name: 'Accounts Payable', level: 'required' },
        { name: 'Journal Entries', level: 'required' },
      ],
      minYears: null,
    };
    const lines = [
      { text: 'Skills\nAccounts payable, payroll, Excel, QuickBooks, budgets', vector: mix(1, 4, 0.1) },
      { text: 'Accounts Payable Clerk, Acme, 2019 - 2021', vector: mix(1, 5, 0.2) },
      { text: 'Answered vendor calls about accounts payable.', vector: mix(1, 6, 0.8) },
      { text: 'Processed accounts payable for 400 vendors.', vector: mix(1, 6, 0.5) },
      { text: 'Posted journal entries and processed accounts payable weekly.', vector: mix(1, 6, 0.9) },
    ];
    const resume: ResumeProfile = {
      chunks: lines,
      lines,
      skills: ['Accounts Payable', 'Journal Entries'],
      years: 4,
      skillYears: {},
      skillEvidence: {
        'Accounts Payable': 'Accounts payable, payroll, Excel, QuickBooks, budgets',
        'Journal Entries': 'Posted journal entries and processed accounts payable weekly.',
      },
      skillPhrases: { 'Accounts Payable': ['Accounts payable'], 'Journal Entries': ['journal entries'] },
    };
    // The line naming both skills wins over the closer line naming one; the list and the role header never quote.
    expect(scoreMatch(ap, resume).requirements[0]!.evidence).toBe(
      'Posted journal entries and processed accounts payable weekly.',
    );
    const one = { ...ap, requirements: [{ ...ap.requirements[0]!, skills: ['Accounts Payable'] }] };
    expect(scoreMatch(one, resume).requirements[0]!.evidence).toBe(
      'Processed accounts payable for 400 vendors.',
    );
    // A sentence the PDF wrapped names the skill across the break, and is quoted whole.
    const wrapped = {
      text: 'Posted journal entries and processed accounts\npayable weekly.',
      vector: lines[4]!.vector,
    };
    const rewrapped = {
      ...resume,
      lines: [...lines.slice(0, 4), wrapped],
      chunks: [...lines.slice(0, 4), wrapped],
    };
    expect(scoreMatch(ap, rewrapped).requirements[0]!.evidence).toBe(
      'Posted journal entries and processed accounts payable weekly.',
    );
  });

  it('cites the line that shows the most of the skills, a named product before a broad skill', () => {
    const office: JobProfile = {
      title: 'HR Generalist',
      titleVector: axis(0),
      requirements: [
        {
          text: 'PC Skills (MS Office, Lotus Notes, MS Project)',
          level: 'required',
          skills: ['Computer Skills', 'Microsoft Office', 'Lotus Notes', 'Microsoft Project'],
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: [
        { name: 'Computer Skills', level: 'required' },
        { name: 'Microsoft Office', level: 'required' },
      ],
      minYears: null,
    };
    const resume = (skillEvidence: Record<string, string>): ResumeProfile => ({
      chunks: [{ text: 'HR generalist', vector: axis(1) }],
      skills: ['Computer Skills', 'Microsoft Office', 'Microsoft Project'],
      years: 5,
      skillYears: {},
      skillEvidence,
    });
    const cite = (evidence: Record<string, string>) =>
      scoreMatch(office, resume(evidence)).requirements[0]?.evidence;
    expect(
      cite({
        'Computer Skills': 'Excellent communication and computer skills.',
        'Microsoft Office': 'Software: MS Office Suite, Visio.',
        'Microsoft Project': 'Planned the rollout in MS Project.',
      }),
    ).toBe('Software: MS Office Suite, Visio.');
    expect(
      cite({
        'Computer Skills': 'Excellent communication and computer skills.',
        'Microsoft Office': 'Computer skills: MS Office and MS Project.',
        'Microsoft Project': 'Computer skills: MS Office and MS Project.',
      }),
    ).toBe('Computer skills: MS Office and MS Project.');
    // Computer skills implied by SAP and by the Microsoft Office the requirement names: held through Office, whose
    // line is cited.
    const implied = scoreMatch(office, {
      ...resume({
        SAP: 'SAP HR - Database access',
        'Microsoft Office': 'Proficient with MS Office (Word, Excel, PowerPoint)',
      }),
      skills: ['SAP', 'Microsoft Office'],
    }).requirements[0];
    expect(implied?.named?.find((n) => n.name === 'Computer Skills')).toMatchObject({
      held: true,
      via: 'Microsoft Office',
    });
    expect(implied?.evidence).toBe('Proficient with MS Office (Word, Excel, PowerPoint)');
  });

  it('does not cover a practice in an industry with the industry alone', () => {
    const retail: JobProfile = {
      title: 'Data Analyst',
      titleVector: axis(0),
      requirements: [
        {
          text: 'Retail or e-commerce analytics experience',
          level: 'preferred',
          skills: ['Retail Industry', 'E-commerce', 'Data Analysis'],
          alternatives: [['Retail Industry', 'E-commerce']],
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: [{ name: 'Data Analysis', level: 'preferred' }],
      minYears: null,
    };
    const resume = (skills: string[]): ResumeProfile => ({
      chunks: [{ text: 'eCommerce, Linux, IT support', vector: axis(1) }],
      skills,
      years: 5,
      skillYears: {},
      skillEvidence: Object.fromEntries(
        skills.map((s) => [s, 'eCommerce, Linux, IT support, data analytics']),
      ),
    });
    expect(scoreMatch(retail, resume(['E-commerce'])).requirements[0]?.covered).toBe(false);
    expect(scoreMatch(retail, resume(['E-commerce', 'Data Analysis'])).requirements[0]?.covered).toBe(true);
  });

  it('quotes the education line for a degree requirement, not a line that mentions its subject', () => {
    const degree: JobProfile = {
      title: 'Staff Accountant',
      titleVector: axis(0),
      requirements: [
        {
          text: "Bachelor's degree in Accounting or Finance",
          level: 'required',
          skills: ["Bachelor's Degree", 'Accounting', 'Finance'],
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: [{ name: "Bachelor's Degree", level: 'required' }],
      minYears: null,
    };
    const resume: ResumeProfile = {
      chunks: [{ text: 'Staff accountant', vector: axis(1) }],
      skills: ["Master's Degree", 'Accounting', 'Finance'],
      years: 5,
      skillYears: {},
      skillEvidence: {
        "Master's Degree": 'Master of Science: Accounting, Boston College',
        Accounting: 'Analyst to the corporate accounting department.',
        Finance: 'Reviewed finance statements every month.',
      },
    };
    expect(scoreMatch(degree, resume).requirements[0]?.evidence).toBe(
      'Master of Science: Accounting, Boston College',
    );
  });

  it('meets a requirement for years alone with the dated roles, and only that kind', () => {
    const yearsJob = (text: string): JobProfile => ({
      ...job,
      skills: [],
      requirements: [{ text, level: 'required', skills: [], minYears: 5, vector: axis(6) }],
    });
    const resume: ResumeProfile = {
      ...strong,
      years: 8,
      titles: [{ text: 'ML engineer', kind: 'headline', vector: axis(0) }],
    };
    const [corporate] = scoreMatch(yearsJob('Minimum 5 years of corporate experience'), resume).requirements;
    expect(corporate).toMatchObject({
      covered: true,
      evidence: "The resume's dated roles add up to about 8 years.",
      quoted: false,
    });
    expect(
      scoreMatch(yearsJob('Minimum 5 years of corporate experience'), { ...resume, years: 3 }).requirements[0]
        ?.covered,
    ).toBe(false);
    // Years of something in particular are not met by years alone.
    expect(
      scoreMatch(yearsJob('5+ years of experience leading clinical trials'), resume).requirements[0]?.covered,
    ).toBe(false);
  });

  it('never shows the subject of a degree asked as held through a product that does not count for it', () => {
    const text = "Bachelor's degree in economics, statistics, business, or a related field";
    const degreeJob: JobProfile = {
      ...job,
      skills: [
        { name: "Bachelor's Degree", level: 'required' },
        { name: 'Economics', level: 'required' },
        { name: 'Statistics', level: 'required' },
      ],
      requirements: [
        {
          text,
          level: 'required',
          skills: ["Bachelor's Degree", 'Economics', 'Statistics'],
          alternatives: [['Economics', 'Statistics']],
          minYears: null,
          vector: axis(1),
        },
      ],
    };
    const resume: ResumeProfile = {
      chunks: [{ text: 'Bachelor of Science: Marketing. Reports in SAS Enterprise Guide.', vector: axis(1) }],
      skills: ["Bachelor's Degree", 'Marketing', 'SAS'],
      years: 9,
      skillYears: {},
    };
    const [degree] = scoreMatch(degreeJob, resume).requirements;
    expect(degree?.named).toEqual([
      { name: "Bachelor's Degree", held: true },
      { name: 'Economics', held: false },
      { name: 'Statistics', held: true, via: 'SAS' },
    ]);
  });

  it("meets years in a role like the posting's with the dated roles of a resume titled close to it", () => {
    const text = '2+ years of experience in an ML engineer, data scientist, or similar role';
    const roleJob: JobProfile = {
      ...job,
      skills: [],
      requirements: [{ text, level: 'required', skills: [], minYears: 2, vector: axis(6) }],
    };
    const resume: ResumeProfile = {
      ...strong,
      years: 8,
      titles: [
        { text: 'Accounts Clerk', kind: 'role', vector: axis(3) },
        { text: 'Senior ML Engineer', kind: 'role', vector: axis(0) },
      ],
    };
    expect(scoreMatch(roleJob, resume).requirements[0]).toMatchObject({
      covered: true,
      evidence: 'Senior ML Engineer',
    });
    // Too few years, or titles of another line of work, do not meet it.
    expect(scoreMatch(roleJob, { ...resume, years: 1 }).requirements[0]?.covered).toBe(false);
    const other = { ...resume, titles: [{ text: 'Accounts Clerk', kind: 'role' as const, vector: axis(3) }] };
    expect(scoreMatch(roleJob, other).requirements[0]?.covered).toBe(false);
    // A title close to the posting's that does not name the role asked is work near it, not the role.
    const near = { ...resume, titles: [{ text: 'IT Specialist', kind: 'role' as const, vector: axis(0) }] };
    expect(scoreMatch(roleJob, near).requirements[0]?.covered).toBe(false);
  });

  it('asks a degree and years in a role both, when a requirement names the two', () => {
    const text = 'Four-year degree and two to five years prior work as ML engineer';
    const degreeJob: JobProfile = {
      ...job,
      skills: [{ name: "Bachelor's Degree", level: 'required' }],
      requirements: [
        { text, level: 'required', skills: ["Bachelor's Degree"], minYears: 2, vector: axis(6) },
      ],
    };
    const resume: ResumeProfile = {
      ...strong,
      skills: [...strong.skills, "Bachelor's Degree"],
      years: 6,
      titles: [{ text: 'Senior ML Engineer', kind: 'role', vector: axis(0) }],
    };
    expect(scoreMatch(degreeJob, resume).requirements[0]?.covered).toBe(true);
    // The degree alone does not meet it: too few years, or the years in another line of work.
    expect(scoreMatch(degreeJob, { ...resume, years: 1 }).requirements[0]).toMatchObject({
      covered: false,
      evidence: null,
    });
    const other = { ...resume, titles: [{ text: 'Accounts Clerk', kind: 'role' as const, vector: axis(3) }] };
    expect(scoreMatch(degreeJob, other).requirements[0]?.covered).toBe(false);
  });

  it("never takes a role's header for evidence of the work: a title is not a quality listed, nor a sentence", () => {
    const collaborate: JobProfile = {
      ...job,
      skills: [],
      requirements: [
        {
          text: 'You will collaborate closely with data scientists, product teams and engineers',
          level: 'required',
          skills: [],
          minYears: null,
          vector: axis(4),
        },
      ],
    };
    const header = 'Data Scientist, Cascade Retail Group, Seattle, WA  Jul 2016 – May 2018';
    const resume: ResumeProfile = {
      ...strong,
      chunks: [{ text: header, vector: axis(4) }],
      lines: [{ text: header, vector: axis(4) }],
      titles: [{ text: 'ML engineer', kind: 'headline', vector: axis(0) }],
    };
    expect(scoreMatch(collaborate, resume).requirements[0]).toMatchObject({ covered: false, evidence: null });
  });

  it('covers a requirement naming no skill only with a sentence that shares its ground', () => {
    const soft: JobProfile = {
      ...job,
      skills: [],
      requirements: [
        { text: 'Mentor junior engineers', level: 'required', skills: [], minYears: null, vector: axis(4) },
      ],
    };
    const mentor: ResumeProfile = {
      ...strong,
      chunks: [
        { text: 'Team lead.\nMentored four junior engineers through promotion.', vector: mix(4, 5, 0.3) },
      ],
      titles: [{ text: 'ML engineer', kind: 'headline', vector: axis(0) }],
    };
    const otherField: ResumeProfile = {
      ...mentor,
      titles: [{ text: 'Pastry chef', kind: 'headline', vector: axis(6) }],
    };
    const unrelated: ResumeProfile = {
      ...strong,
      chunks: [{ text: 'Team lead.\nOwned the quarterly budget.', vector: mix(4, 5, 0.85) }],
    };
    expect(scoreMatch(soft, mentor).requirements[0]).toMatchObject({
      covered: true,
      evidence: 'Mentored four junior engineers through promotion.',
    });
    expect(scoreMatch(soft, unrelated).requirements[0]).toMatchObject({ covered: false, evidence: null });
    // The same words from another profession do not cover it.
    expect(scoreMatch(soft, otherField).requirements[0]).toMatchObject({ covered: false, evidence: null });
  });

  it('covers a requirement whose quality the resume lists word for word, and not with a lone shared word', () => {
    const soft: JobProfile = {
      ...job,
      skills: [],
      requirements: [
        {
          text: 'Strong verbal and written communication skills, with the ability to articulate complex issues',
          level: 'required',
          skills: [],
          minYears: null,
          vector: axis(4),
        },
      ],
    };
    const listing = (items: string): ResumeProfile => ({
      ...strong,
      chunks: [{ text: items, vector: axis(5) }],
      lines: [{ text: items, vector: axis(5) }],
    });
    expect(
      scoreMatch(
        soft,
        listing('Inventory Management, Communications Skills, Decision making, Research Skills'),
      ).requirements[0],
    ).toMatchObject({
      covered: true,
      evidence: 'Inventory Management, Communications Skills, Decision making, Research Skills',
    });
    // "Written reports" shares a word, not the quality; a prose line is not a list of qualities.
    expect(
      scoreMatch(soft, listing('Payroll, Written reports, Budget reviews')).requirements[0],
    ).toMatchObject({ covered: false, evidence: null });
    expect(
      scoreMatch(soft, listing('Praised for communication skills by the board')).requirements[0],
    ).toMatchObject({ covered: false });
    // Selling to "multiple decision makers" asks for no decision making.
    const cycle: JobProfile = {
      ...soft,
      requirements: [
        { ...soft.requirements[0]!, text: 'Comfort running a sales cycle with multiple decision makers' },
      ],
    };
    expect(
      scoreMatch(cycle, listing('Cash register, Customer Service, Decision Making, Listening'))
        .requirements[0],
    ).toMatchObject({ covered: false, evidence: null });
  });

  it('finds the cover of a requirement in the one sentence that says it, which a long passage blurs', () => {
    const soft: JobProfile = {
      ...job,
      skills: [],
      requirements: [
        { text: 'Mentor junior engineers', level: 'required', skills: [], minYears: null, vector: axis(4) },
      ],
    };
    const blurred = mix(5, 4, 0.3);
    const passageOnly: ResumeProfile = {
      ...strong,
      chunks: [{ text: 'Owned the platform roadmap. Mentored two junior engineers.', vector: blurred }],
      titles: [{ text: 'ML engineer', kind: 'headline', vector: axis(0) }],
    };
    const withLines: ResumeProfile = {
      ...passageOnly,
      lines: [
        { text: 'Owned the platform roadmap.', vector: axis(5) },
        { text: 'Mentored two junior engineers.', vector: mix(4, 5, 0.2) },
      ],
    };
    expect(scoreMatch(soft, passageOnly).requirements[0]).toMatchObject({ covered: false });
    const covered = scoreMatch(soft, withLines);
    expect(covered.requirements[0]).toMatchObject({
      covered: true,
      evidence: 'Mentored two junior engineers.',
    });
    // The passages still measure the resume as a whole: lines change coverage, not the document part.
    expect(covered.breakdown.document).toBe(scoreMatch(soft, passageOnly).breakdown.document);
  });
});

describe('degree requirements and related fields', () => {
  const degreeJob = (text: string, field: string): JobProfile => ({
    title: 'Engineer',
    titleVector: axis(0),
    requirements: [
      { text, level: 'required', skills: ["Bachelor's Degree", field], minYears: null, vector: axis(1) },
    ],
    skills: [
      { name: "Bachelor's Degree", level: 'required' },
      { name: field, level: 'required' },
    ],
    minYears: null,
  });
  const graduate = (field: string): ResumeProfile => ({
    chunks: [{ text: `Bachelor of Science, ${field}`, vector: axis(1) }],
    skills: ["Bachelor's Degree", field],
    years: 3,
    skillYears: {},
  });
  const covered = (text: string, asked: string, held: string) =>
    scoreMatch(degreeJob(text, asked), graduate(held)).requirements[0]!.covered;

  it('takes a related field where the requirement accepts one, and only a related one', () => {
    const related = 'BS in Computer Science or a related technical discipline';
    expect(covered(related, 'Computer Science', 'Computer Engineering')).toBe(true);
    expect(covered(related, 'Computer Science', 'Political Science')).toBe(false);
    expect(
      covered(
        'BS in Mechanical Engineering or related field',
        'Mechanical Engineering',
        'Engineering Management',
      ),
    ).toBe(false);
  });

  it('takes the field worked in for the degree where the requirement accepts equivalent experience', () => {
    const practitioner: ResumeProfile = {
      chunks: [{ text: 'Staff accountant, four years: month-end close in Accounting', vector: axis(1) }],
      skills: ['Accounting'],
      years: 4,
      skillYears: {},
    };
    const cover = (text: string) =>
      scoreMatch(degreeJob(text, 'Accounting'), practitioner).requirements[0]!.covered;
    expect(cover("Bachelor's degree in Accounting or Finance, or equivalent experience")).toBe(true);
    expect(cover("Bachelor's degree in Accounting or Finance")).toBe(false);
    // Without the field, experience of something else does not stand in.
    expect(
      scoreMatch(
        degreeJob('BS in Computer Science or equivalent experience', 'Computer Science'),
        practitioner,
      ).requirements[0]!.covered,
    ).toBe(false);
  });

  it('does not let a field of study stand in for the practices a duty names', () => {
    const duty = (skills: string[]): JobProfile => ({
      ...degreeJob('Provide leadership across the FP&A teams and Finance & Business Management', 'Finance'),
      requirements: [
        {
          text: 'Provide leadership across the FP&A teams and Finance & Business Management',
          level: 'required',
          skills,
          minYears: null,
          vector: axis(1),
        },
      ],
      skills: skills.map((name) => ({ name, level: 'required' as const })),
    });
    const diploma = graduate('Business Administration');
    expect(
      scoreMatch(duty(['Financial Planning and Analysis', 'Business Administration']), diploma)
        .requirements[0]!.covered,
    ).toBe(false);
    // A requirement about the field itself is met by it.
    expect(scoreMatch(duty(['Business Administration']), diploma).requirements[0]!.covered).toBe(true);
  });

  it('needs the named field when the requirement accepts no other', () => {
    expect(covered('BS in Computer Science', 'Computer Science', 'Computer Engineering')).toBe(false);
    expect(covered('BS in Computer Science', 'Computer Science', 'Computer Science')).toBe(true);
  });
});

describe('skills the candidate claims', () => {
  const lacking: ResumeProfile = { ...strong, skills: ['PyTorch'] };

  it('leave the score, the skill credit and the skills held as the resume alone earns them', () => {
    const plain = scoreMatch(job, lacking);
    const claimed = scoreMatch(job, { ...lacking, claimed: ['Kubernetes', 'MLflow'] });
    expect(claimed.exact).toBe(plain.exact);
    expect(claimed.breakdown).toEqual(plain.breakdown);
    expect(skillsHeld(claimed)).toEqual(skillsHeld(plain));
    expect(claimed.skills.matched).toEqual(['PyTorch']);
    expect(claimed.requirements[1]).toMatchObject({ covered: false, evidence: null });
  });

  it('are reported apart: the claimed skills the resume lacks, and what a claimed skill implies', () => {
    const r = scoreMatch(job, { ...lacking, claimed: ['MLflow', 'Amazon EKS', 'PyTorch', 'Cooking'] });
    expect(r.skills.claimed).toEqual([{ name: 'Kubernetes', via: 'Amazon EKS' }, { name: 'MLflow' }]);
    // Still gaps, as the resume does not show them, with the claim said beside each.
    expect(r.skills.missing).toEqual({ required: ['Kubernetes'], preferred: ['MLflow'] });
    expect(r.gaps).toContain('Missing required skills: Kubernetes (claimed, not in the resume)');
    expect(r.requirements[1]!.named).toEqual([{ name: 'Kubernetes', held: false, claimed: true }]);
    expect(r.requirements[0]!.named).toEqual([{ name: 'PyTorch', held: true }]);
  });

  it('are an empty list when there are none', () => {
    expect(scoreMatch(job, lacking).skills.claimed).toEqual([]);
  });
});
