import { describe, expect, it } from 'vitest';
import { closeTheGap, closestSentence, uncoveredVerdict } from './advice';
import { listedPhrase, listedQualities } from './evidence';
import { UNDATED, type JobProfile, type MatchResult, type RequirementCoverage } from './types';

const job: JobProfile = {
  title: 'ML Engineer',
  titleVector: [1],
  minYears: null,
  skills: [],
  requirements: [
    {
      text: 'Track experiments with MLflow',
      level: 'required',
      skills: ['MLflow'],
      minYears: null,
      vector: [1],
    },
    { text: 'Deploy on Kubernetes', level: 'required', skills: ['Kubernetes'], minYears: null, vector: [1] },
    { text: 'Terraform is a plus', level: 'preferred', skills: ['Terraform'], minYears: null, vector: [1] },
    { text: 'Use PyTorch daily', level: 'required', skills: ['PyTorch'], minYears: null, vector: [1] },
  ],
};

const cov = (text: string, similarity: number, evidence: string | null) => ({
  text,
  level: 'required' as const,
  similarity,
  coverage: similarity,
  covered: evidence !== null,
  evidence,
  years: null,
});

const result: MatchResult = {
  score: 60,
  exact: 60,
  band: 'partial',
  breakdown: { requirements: 0.6, skills: 0.5, title: 0.8, experience: null },
  skills: {
    matched: [],
    implied: [{ name: 'Docker', via: 'Amazon ECS' }],
    missing: { required: ['MLflow', 'Kubernetes', 'PyTorch'], preferred: ['Terraform'] },
    related: [{ name: 'PyTorch', via: 'TensorFlow', credit: 0.5 }],
  },
  requirements: [
    {
      ...cov('Track experiments with MLflow', 0.56, null),
      nearest: 'Set up experiment tracking for every training run',
    },
    cov('Deploy on Kubernetes', 0.21, null),
    cov('Terraform is a plus', 0.1, null),
    cov('Use PyTorch daily', 0.3, null),
  ],
  reasons: [],
  gaps: [],
};

describe('closeTheGap', () => {
  const plan = closeTheGap(job, result);
  const bySkill = Object.fromEntries([...plan.required, ...plan.preferred].map((g) => [g.skill, g]));

  it('says a skill is nearly covered when a passage matches its requirement without naming it', () => {
    expect(bySkill.MLflow).toMatchObject({
      status: 'nearly',
      evidence: 'Set up experiment tracking for every training run',
    });
    expect(bySkill.MLflow!.advice).toMatch(/does not name MLflow/);
  });

  it('points to a related skill the resume has', () => {
    expect(bySkill.PyTorch).toMatchObject({ status: 'related' });
    expect(bySkill.PyTorch!.advice).toMatch(/TensorFlow/);
  });

  it('says plainly when nothing points to a skill, and keeps required apart from nice-to-have', () => {
    expect(bySkill.Kubernetes).toMatchObject({ status: 'absent', level: 'required', evidence: null });
    expect(plan.preferred.map((g) => g.skill)).toEqual(['Terraform']);
    expect(bySkill.Terraform!.advice).toMatch(/nice-to-have/);
  });

  it('turns implied skills into keyword tips, not gaps', () => {
    expect(plan.keywordTips).toEqual([expect.objectContaining({ skill: 'Docker', via: 'Amazon ECS' })]);
    expect(plan.required.map((g) => g.skill)).not.toContain('Docker');
  });
});

describe('closeTheGap with alternatives', () => {
  it('advises a group of alternatives the resume has none of once, as one gap', () => {
    const degree: JobProfile = {
      ...job,
      requirements: [
        {
          text: "Bachelor's degree in Accounting, Economics, or Finance",
          level: 'required',
          skills: ['Accounting', 'Economics', 'Finance'],
          alternatives: [['Accounting', 'Economics', 'Finance']],
          minYears: null,
          vector: [1],
        },
        ...job.requirements,
      ],
    };
    const none: MatchResult = {
      ...result,
      skills: {
        ...result.skills,
        missing: { required: ['Accounting', 'Economics', 'Finance', 'Kubernetes'], preferred: [] },
        related: [],
        missingAlternatives: [['Accounting', 'Economics', 'Finance']],
      },
      requirements: [
        cov("Bachelor's degree in Accounting, Economics, or Finance", 0.2, null),
        ...result.requirements,
      ],
    };
    const plan = closeTheGap(degree, none);
    expect(plan.required.map((g) => g.skill)).toEqual(['Accounting, Economics or Finance', 'Kubernetes']);
    expect(plan.required[0]?.advice).toMatch(
      /shows none of Accounting, Economics or Finance; any one of them meets this/,
    );
  });
});

describe('closeTheGap quotes the line that asks', () => {
  it('quotes the unmet required line for a missing skill, not an alternatives line the resume meets', () => {
    const bi: JobProfile = {
      ...job,
      requirements: [
        {
          text: 'Hands-on experience building dashboards in Tableau or Power BI (ideally both)',
          level: 'preferred',
          skills: ['Tableau', 'Power BI'],
          minYears: null,
          alternatives: [['Tableau', 'Power BI']],
          vector: [1],
        },
        {
          text: "Support the finance team's Power BI reports",
          level: 'required',
          skills: ['Power BI'],
          minYears: null,
          vector: [1],
        },
      ],
    };
    const matched: MatchResult = {
      ...result,
      skills: { ...result.skills, missing: { required: ['Power BI'], preferred: [] }, related: [] },
      requirements: [
        {
          ...cov(
            'Hands-on experience building dashboards in Tableau or Power BI (ideally both)',
            0.8,
            'Tableau',
          ),
          level: 'preferred',
        },
        cov("Support the finance team's Power BI reports", 0.4, null),
      ],
    };
    expect(closeTheGap(bi, matched).required[0]?.requirement).toBe(
      "Support the finance team's Power BI reports",
    );
  });
});

describe('listedPhrase', () => {
  const qualities = listedQualities([
    'Skills\nAdobe Creative Suite 6, Microsoft Office, Public relations, Media relations, Social media',
  ]);

  it('quotes the list line itself, without the heading above it', () => {
    expect(listedPhrase('Demonstrated success in managing a business social media presence', qualities)).toBe(
      'Adobe Creative Suite 6, Microsoft Office, Public relations, Media relations, Social media',
    );
  });

  it('does not take an example inside a longer ask for the ask', () => {
    expect(
      listedPhrase(
        'An ability to write creative copy for large pieces of content (e.g. blogs) and smaller ones (e.g. social media posts)',
        qualities,
      ),
    ).toBeNull();
    expect(listedPhrase('Write copy for channels such as social media and email', qualities)).toBeNull();
  });
});

describe('listedQualities', () => {
  it('reads a list written one item a line, each item quoted alone', () => {
    const qualities = listedQualities([
      'Skills\nStrong communication skills\nERP (Enterprise Resource Planning) software\nQuickBooks expert\nSuperior attention to detail\nMS Office Suite',
    ]);
    expect(
      listedPhrase('Careful attention to detail and the ability to meet hard deadlines', qualities),
    ).toBe('Superior attention to detail');
  });

  it('takes no item from two short lines, or from the sentences of a role', () => {
    expect(listedQualities(['Skills\nAttention to detail\nTeam player'])).toEqual([]);
    expect(
      listedQualities([
        'Reconciled accounts with attention to detail.\nPrepared monthly reports for the controller.\nClosed the books each month.',
      ]),
    ).toEqual([]);
  });
});

describe('closestSentence', () => {
  it('quotes the sentence of the passage that covers the requirement, not the passage start', () => {
    const passage =
      'Led a team of four engineers across two product lines. Built a feature store on Snowflake. Set up experiment tracking and a model registry for every training run.';
    expect(
      closestSentence(passage, 'Experience with MLflow for experiment tracking and model registry'),
    ).toBe('Set up experiment tracking and a model registry for every training run.');
  });

  it('quotes a sentence a PDF wrapped over lines whole, and keeps lines that end or start anew apart', () => {
    const passage =
      'Implemented fixed asset controls and monitor capital expenditures to ensure all projects are\ncompleted within budget.\nQuickBooks, Ceridian, ADP\nVertex (taxes), Outlook, Excel';
    expect(closestSentence(passage, 'Keep capital projects within budget')).toBe(
      'Implemented fixed asset controls and monitor capital expenditures to ensure all projects are completed within budget.',
    );
    expect(closestSentence(passage, 'Experience with Excel and Outlook')).toBe(
      'Vertex (taxes), Outlook, Excel',
    );
  });

  it('keeps the first sentence when none shares a word, and a passage of one sentence whole', () => {
    expect(closestSentence('Led a team. Built things.', 'Kubernetes')).toBe('Led a team.');
    expect(closestSentence('Ran Airflow DAGs', 'Airflow')).toBe('Ran Airflow DAGs');
  });
});

describe('closeTheGap, a careful coach', () => {
  const react: JobProfile = {
    ...job,
    requirements: [
      {
        text: '3+ years of professional experience building web applications with React',
        level: 'required',
        skills: ['React'],
        minYears: 3,
        vector: [1],
      },
      {
        text: 'Write end-to-end tests with Cypress',
        level: 'required',
        skills: ['Cypress'],
        minYears: null,
        vector: [1],
      },
      {
        text: 'Ship features in Cypress and Jest suites',
        level: 'required',
        skills: ['Cypress', 'Jest'],
        minYears: null,
        vector: [1],
      },
    ],
  };
  const reactResult: MatchResult = {
    ...result,
    skills: {
      matched: [],
      implied: [],
      missing: { required: ['React', 'Jest', 'Cypress'], preferred: [] },
      related: [],
    },
    requirements: [
      {
        ...cov(react.requirements[0]!.text, 0.5, null),
        nearest: 'Built a console application that exported reports and integrated CKEditor.',
      },
      cov(react.requirements[1]!.text, 0.2, null),
      cov(react.requirements[2]!.text, 0.2, null),
    ],
  };
  const plan = closeTheGap(react, reactResult);

  it('never suggests naming a skill beside a line that is not evidence of it', () => {
    const gap = plan.required.find((g) => g.skill === 'React')!;
    expect(gap.status).toBe('absent');
    expect(gap.advice).toMatch(/does not show React/);
    expect(gap.advice).not.toMatch(/name it in that line/);
  });

  it('puts the most asked-for skill first and calls only that one the first thing to learn', () => {
    expect(plan.required.map((g) => g.skill)).toEqual(['Cypress', 'React', 'Jest']);
    expect(plan.required.filter((g) => /first thing to learn/.test(g.advice))).toHaveLength(1);
    expect(new Set(plan.required.map((g) => g.advice)).size).toBe(plan.required.length);
  });
});

describe('closeTheGap for a credential', () => {
  const accountant: JobProfile = {
    ...job,
    requirements: [
      {
        text: 'CPA, or actively working toward CPA licensure',
        level: 'required',
        skills: ['CPA'],
        minYears: null,
        vector: [1],
      },
      {
        text: 'PMP certification is a plus',
        level: 'preferred',
        skills: ['PMP'],
        minYears: null,
        vector: [1],
      },
    ],
  };
  const accountantResult: MatchResult = {
    ...result,
    skills: {
      matched: [],
      implied: [],
      missing: { required: ['CPA'], preferred: ['PMP'] },
      related: [{ name: 'CPA', via: 'CMA', credit: 0.5 }],
    },
    requirements: [
      {
        ...cov(accountant.requirements[0]!.text, 0.6, null),
        nearest: 'Working toward licensure while preparing CPA-level reconciliations',
      },
      { ...cov(accountant.requirements[1]!.text, 0.2, null), level: 'preferred' },
    ],
  };
  const plan = closeTheGap(accountant, accountantResult);

  it('asks whether it is held, never whether it was used or should be learnt', () => {
    const cpa = plan.required.find((g) => g.skill === 'CPA')!;
    expect(cpa.status).toBe('related');
    expect(cpa.advice).toMatch(/If you hold CPA, list it with the year you earned it/);
    const pmp = plan.preferred.find((g) => g.skill === 'PMP')!;
    expect(pmp.advice).toMatch(/If you hold it, list it with your certifications/);
    for (const gap of [cpa, pmp]) expect(gap.advice).not.toMatch(/If you know|used it|learn|did that work/);
  });
});

describe('uncoveredVerdict', () => {
  const workday: RequirementCoverage = {
    ...cov(
      'Maintain employee records and process job changes, transfers, and terminations in Workday',
      0.62,
      null,
    ),
    named: [{ name: 'Workday', held: false }],
    nearest:
      'Prepared and maintained employment records for hiring, terminations and transfers in the HR system.',
  };

  it('names the skill the resume lacks and quotes its line about the same work', () => {
    expect(uncoveredVerdict(workday)).toEqual({
      text: 'Not in the resume: Workday',
      missing: ['Workday'],
      closest: workday.nearest,
    });
  });

  it('quotes no line that only lists skills, or that is far from the requirement', () => {
    const listed = {
      ...workday,
      nearest: 'Skills: Employee records, Terminations, Transfers, Payroll, Excel',
    };
    expect(uncoveredVerdict(listed).closest).toBeNull();
    expect(uncoveredVerdict({ ...workday, similarity: 0.3 }).closest).toBeNull();
    expect(uncoveredVerdict({ ...workday, nearest: `- ${workday.nearest}` }).closest).toBe(workday.nearest);
    expect(uncoveredVerdict(listed).text).toBe('Not in the resume: Workday');
  });

  it('keeps the plain verdict without a missing skill, and says when only a list shows one', () => {
    const plain = { ...cov('Comfortable on the warehouse floor', 0.3, null), nearest: null };
    expect(uncoveredVerdict(plain)).toEqual({ text: 'Not found in the resume', missing: [], closest: null });
    expect(uncoveredVerdict({ ...workday, named: [{ name: 'Workday', held: true }] }).text).toBe(
      'Not found in the resume',
    );
    expect(uncoveredVerdict({ ...workday, undated: true }).text).toBe(UNDATED);
  });
});
