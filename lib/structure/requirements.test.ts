import { describe, expect, it } from 'vitest';
import { extractRequirements, isNotARequirement } from './requirements';
import { splitSections } from './sections';

const POSTING = `Job Title: Data Engineer
Location: Remote

About us
We are a fintech company building payment rails for small businesses across Europe.

Responsibilities
- Build and maintain batch and streaming pipelines in Python and Spark.
- Own our Airflow deployment and data quality checks.

Requirements
- 4+ years of experience building data pipelines in production.
- Strong SQL and experience with PostgreSQL or Snowflake.

Nice to have
- Experience with dbt and Terraform.

Benefits
- 30 days of paid holiday and a learning budget.`;

describe('extractRequirements', () => {
  const reqs = extractRequirements(POSTING);

  it('keeps responsibility and qualification bullets and drops company blurb, metadata and benefits', () => {
    expect(reqs.map((r) => r.text)).toEqual([
      'Build and maintain batch and streaming pipelines in Python and Spark.',
      'Own our Airflow deployment and data quality checks.',
      '4+ years of experience building data pipelines in production.',
      'Strong SQL and experience with PostgreSQL or Snowflake.',
      'Experience with dbt and Terraform.',
    ]);
  });

  it('splits a posting pasted without its line breaks at the words that open a requirement', () => {
    const runOn = [
      'Skill: html5, ajax, json; Exp: 0-1 years; Education B.Tech in Computer Science Industry Type IT-Software',
      'Functional Area Software Development Desired Candidate Profile B.Tech in Computer Science.',
      'Experience in developing web applications using HTML5 / CSS3 / JavaScript / React JS / Redux / AJAX / JSON',
      'Familiarity with debugging tools such as Firebug / Chrome DevTools, and IE developer tools Required to travel',
      'to client sites as and when needed. Compensation As per the Industry standards. Keywords Software Development,',
      'Web UI Developers, HTML5, CSS3, JavaScript, React JS, Redux. Company Profile Acme India is the Indian arm of',
      'Acme Systems UK, which helps business capture value through optimisation and risk management solutions.',
    ].join(' ');
    const texts = extractRequirements(`Web UI Developer\n\n${runOn}`).map((r) => r.text);
    expect(texts).toContain(
      'Experience in developing web applications using HTML5 / CSS3 / JavaScript / React JS / Redux / AJAX / JSON',
    );
    expect(texts).toContain(
      'Familiarity with debugging tools such as Firebug / Chrome DevTools, and IE developer tools',
    );
    // The listing's own fields are labels, not requirements.
    expect(texts.some((t) => /^(Industry Type|Functional Area|Compensation|Keywords)\b/.test(t))).toBe(false);
  });

  it('marks items under a nice-to-have heading as preferred and the rest as required', () => {
    expect(reqs.filter((r) => r.level === 'preferred').map((r) => r.text)).toEqual([
      'Experience with dbt and Terraform.',
    ]);
  });

  it('treats "is a plus" inside a requirements list as preferred', () => {
    const r = extractRequirements(
      'Requirements\n- Experience with Kafka is a plus.\n- Solid Java and Spring Boot skills.',
    );
    expect(r.map((x) => x.level)).toEqual(['preferred', 'required']);
  });

  it('keeps a requirement required when a wish only trails it, and preferred when the wish is all of it', () => {
    const r = extractRequirements(
      'Requirements\n- 2+ years of experience in general accounting, ideally in a manufacturing environment\n- Ideally, experience with NetSuite\n- Proficiency in Python ( preferably with pandas )',
    );
    expect(r.map((x) => x.level)).toEqual(['required', 'preferred', 'required']);
    // A wish in brackets beside a degree leaves the degree required.
    const degree = extractRequirements(
      "Requirements\n- Bachelor's degree in business, marketing, or a related field (MBA is a plus).\n- Fluent in English (Arabic language skills preferred)",
    );
    expect(degree.map((x) => x.level)).toEqual(['required', 'required']);
  });

  it('reads the headings careful writers use for qualifications', () => {
    const sectionOf = (posting: string, start: string) =>
      extractRequirements(posting).find((r) => r.text.startsWith(start))?.section;
    expect(sectionOf('Intro\nYou should have\n- 4+ years of experience in DevOps', '4+ years')).toBe(
      'requirements',
    );
    expect(sectionOf('REQUIRED PROFILE\n- Solid experience with Go and PostgreSQL', 'Solid')).toBe(
      'requirements',
    );
    // "Must-Have (Ideally …)" says it is required before any wish.
    expect(sectionOf('Must-Have:\n- Knowledge of R, SQL and Python', 'Knowledge')).toBe('requirements');
    // "You will have to be creative:" is no heading of qualifications.
    expect(
      sectionOf(
        'Missions\nYou will have to be creative and meet many challenges:\n- Refactor code in Go',
        'Refactor',
      ),
    ).not.toBe('requirements');
  });

  it('leaves out lines that only introduce a list', () => {
    const r = extractRequirements(
      'Responsibilities\nThe main duties of this role are to:\n- Prepare monthly management accounts and forecasts.\nYou will also need the following -\n- Working knowledge of Sage and Excel.',
    );
    expect(r.map((x) => x.text)).toEqual([
      'Prepare monthly management accounts and forecasts.',
      'Working knowledge of Sage and Excel.',
    ]);
  });

  it('joins a line that ends where a sentence cannot to the next, and keeps finished lines apart', () => {
    const texts = extractRequirements(
      'Requirements\n∙Develop social media strategies across platforms, including Facebook,\n\nInstagram, Pinterest, etc.\n∙In-depth knowledge of lead generation techniques and email\nmarketing.\nStrong written and spoken English for client calls\nExperience with Python and SQL for data analysis',
    ).map((r) => r.text);
    expect(texts).toEqual([
      '∙Develop social media strategies across platforms, including Facebook, Instagram, Pinterest, etc.',
      '∙In-depth knowledge of lead generation techniques and email marketing.',
      'Strong written and spoken English for client calls',
      'Experience with Python and SQL for data analysis',
    ]);
  });

  it('falls back to sentences when a posting has no headings', () => {
    const r = extractRequirements(
      'We need a nurse with ICU experience. You will administer medication and monitor patients. BLS certification is required.',
    );
    expect(r).toHaveLength(3);
  });
});

describe('splitSections', () => {
  it('recognises markdown and colon headings', () => {
    const kinds = splitSections(
      '# About the role\nText here.\n\nWhat you will need:\n- Go\n\n## Bonus points\n- Rust',
    ).map((s) => s.kind);
    expect(kinds).toEqual(['responsibilities', 'requirements', 'preferred']);
  });
});

describe('isNotARequirement', () => {
  it.each([
    'You will report to the Accounting Manager.',
    'Reporting to the Head of Finance, you will lead month-end close.',
    'Mapleton Manufacturing is a family-owned maker of commercial shelving.',
    'Ledgerline moves money for small lenders: loan disbursements, repayments, and the reconciliation that ties them together.',
    'You have found the right team.',
    'We need a Frontend Developer who cares about accessibility.',
    'We are looking for a data analyst to join our growing team.',
    "You'll join a team of six engineers in Leeds.",
    'Our team is small, friendly and ships every week.',
    'We are seeking an experienced Staff Machine Learning Engineer to join our dynamic team.',
    'Be part of something bigger.',
    'To all recruitment agencies: Bayer does not accept unsolicited third party resumes.',
    // What someone else does: a team, a department, a function.
    'Our Financial Planning and Analysis (FP&A) teams are responsible for budgeting and forecasting.',
    'Financial Analysis is responsible for partnering across the firm to provide strategic analysis.',
    'The engineering team is accountable for the uptime of our platform.',
    // What the employer gives, what the unit does, and who it is hiring, asking nothing.
    'We offer a $10,000 sign-on bonus for experienced ICU nurses, night shift differential and tuition reimbursement.',
    'Our 24-bed Medical Intensive Care Unit cares for patients with sepsis and respiratory failure.',
    'We are hiring full-time Registered Nurses who want to grow in critical care with strong support from charge nurses.',
    'Our math department is hiring a full-time teacher for the 2025-26 school year, with the possibility of AP Precalculus.',
    'We strongly believe in people development.',
    'Fieldstone makes field service management software for HVAC, plumbing, and electrical contractors.',
    'We have grown to $30M in ARR by selling to businesses with 20 to 200 technicians.',
    'Our HR team of four supports everyone from forklift operators to our corporate office staff.',
    'Hybrid schedule with three days a week in our Seaport office.',
    'Harborview runs 62 home goods stores across the Midwest and a growing online shop.',
    'Our students are seven to eleven years old, and many of them use screen readers.',
    'Our merchandising and operations teams make decisions every week about pricing and inventory.',
  ])('drops "%s"', (text) => {
    expect(isNotARequirement(text)).toBe(true);
  });

  it.each([
    'Prepare monthly reports to senior leadership on cash flow.',
    '3+ years of experience building web applications with React.',
    'Python is a plus.',
    'AWS Certification is a strong advantage.',
    'Strong SQL and Excel skills.',
    'The ideal candidate is a self-starter with 5 years of payroll experience.',
    'You will be responsible for month-end close and the annual audit.',
    // What the hire does, whoever the sentence names for them.
    'The Senior Accountant is responsible for the month-end close.',
    'This position is responsible for maintaining the general ledger.',
    'Candidate is primarily responsible for bank reconciliations.',
    'You are responsible for building dashboards in Tableau.',
    // The setting, going on to ask something or to say what the hire does.
    'Our finance team is small and hands-on, and we are adding a Staff Accountant to help with the close.',
    'You will enjoy working with a modern tech stack and have knowledge of Ruby and Python.',
    'We are looking for candidates with demonstrable expertise in music cognition.',
    'We need a nurse with 3 years of ICU experience.',
    'We are hiring an accountant with 5+ years in manufacturing.',
    'We are looking for someone who has years of retail management behind them.',
    'We are looking for a developer with React and TypeScript.',
    // A duty that opens with its verb or an adverb is no company's name.
    'Turn Figma designs into responsive layouts using modern CSS.',
    'Frequently develops scripts to automate routine tasks for the team.',
  ])('keeps "%s"', (text) => {
    expect(isNotARequirement(text)).toBe(false);
  });

  it('leaves the setting out of the requirements of a posting', () => {
    const reqs = extractRequirements(
      'Staff Accountant\nMapleton Manufacturing is a family-owned maker of commercial shelving.\n\nRequirements\n- You will report to the Accounting Manager.\n- CPA or progress toward it.\n- 2+ years of general ledger experience.',
    );
    expect(reqs.map((r) => r.text)).toEqual([
      'CPA or progress toward it.',
      '2+ years of general ledger experience.',
    ]);
  });

  it('leaves out what the company does and everything after a company label in a run-on posting', () => {
    const runOn =
      'Skill: html5, ajax, json; Exp: 0-1 years; Experience in developing web applications using HTML5 / CSS3 / JavaScript / React JS. ' +
      'Experience in React / Redux would be preferable. Job Description Develop and test code using HTML5 and JavaScript. ' +
      'Work with the marketing team in requirement analysis and proposal preparation. Training and career development The ' +
      'Company believes in gaining competitive advantage through knowledge and skill. Company Profile OptiRisk India is the ' +
      'Indian arm of OptiRisk Systems UK. Our mission is to help business capture value. To this end, OptiRisk offers training ' +
      'programs and software tools. Although OptiRisk mainly focuses on the needs of Banking and Insurance industries, it also ' +
      'caters to government.';
    const reqs = extractRequirements(runOn);
    expect(reqs.map((r) => r.text).join(' ')).not.toMatch(/OptiRisk|Company believes/);
    expect(reqs.find((r) => r.text.startsWith('Experience in React'))?.level).toBe('preferred');
    expect(reqs.map((r) => r.text)).toContain(
      'Work with the marketing team in requirement analysis and proposal preparation.',
    );
  });

  it('reads on-target earnings, a hiring accommodation and a "What you\'ll be doing" heading as no requirement', () => {
    const posting = `About the role
As an Account Executive you will run the full sales cycle.

What you'll be doing
- Keep your pipeline accurate in Salesforce
- Keep the platform flexible and able to accommodate changing technology requirements

On-target earnings of $150,000 to $170,000 (50/50 base and commission, uncapped), plus equity.
We make reasonable adjustments to accommodate our candidates during interviews.`;
    expect(extractRequirements(posting).map((r) => r.text)).toEqual([
      'As an Account Executive you will run the full sales cycle.',
      'Keep your pipeline accurate in Salesforce',
      'Keep the platform flexible and able to accommodate changing technology requirements',
    ]);
  });

  it('reads the pay as no requirement, in lakhs and per annum too', () => {
    const posting =
      'Requirements\n- Manage employee relations issues\n- Annual Package: Between 4.5 Lakhs to 5 Lakhs per annum.';
    expect(extractRequirements(posting).map((r) => r.text)).toEqual(['Manage employee relations issues']);
  });

  it('reads a culture heading that opens with "You will" and a privacy notice as no requirement', () => {
    const posting = [
      'Preferred Qualifications:',
      '- Experience with object-oriented design in Java.',
      '',
      'You will Benefit from our Culture:',
      'We strongly believe in the well-being of our employees and their families. That is why we offer generous health and wellness programs.',
      '',
      'Global Data Privacy Notice for Job Candidates',
      'This document provides transparency around the way in which LinkedIn handles personal data of employees and job applicants.',
    ].join('\n');
    expect(extractRequirements(posting).map((r) => r.text)).toEqual([
      'Experience with object-oriented design in Java.',
    ]);
  });
});
