import { describe, expect, it } from 'vitest';
import { blurbRanges } from './blurb';
import { extractSkills } from './index';

const names = (text: string, kind: 'posting' | 'resume') => extractSkills(text, { kind }).map((s) => s.name);

const POSTING = `Account Executive
About the role
Fieldstone makes field service software for HVAC, plumbing, and electrical contractors. We are hiring an Account Executive to run the full sales cycle.

Requirements
- 3+ years of B2B sales experience
- Daily working knowledge of Salesforce

About us
Fieldstone serves grocery and pharmacy chains across the Midwest.

What we offer
- Free yoga classes and a gym membership
We are an equal opportunity employer and do not discriminate on the basis of genetics or disability.`;

describe('company, benefits and EEO text in a posting', () => {
  it('drops skills named only in the blurb from a posting', () => {
    const found = names(POSTING, 'posting');
    expect(found).toEqual(expect.arrayContaining(['B2B Sales', 'Salesforce']));
    for (const skill of ['HVAC', 'Plumbing', 'Pharmacy', 'Yoga Instruction', 'Genetics'])
      expect(found).not.toContain(skill);
  });

  it('drops what the company is committed to doing for its clients, even in a sentence about the role', () => {
    const posting = [
      'Project Engineer (Mechanical)',
      '',
      'As a division of ERAM Group, E-Talent is an independent Talent Acquisition Consultancy. We are committed to providing outstanding recruitment solutions for our clients, and this role is an excellent opportunity to play a key part in that mission.',
      '',
      'Requirements',
      '- 8 years of experience in project management',
    ].join('\n');
    expect(names(posting, 'posting')).not.toContain('Recruitment');
    expect(names(posting, 'posting')).toContain('Project Management');
    // Asked for, the same skill stays.
    expect(
      names('HR Officer\n\nRequirements\n- Experience in recruitment for our clients', 'posting'),
    ).toContain('Recruitment');
  });

  it('keeps the same skills in a resume', () => {
    expect(names(POSTING, 'resume')).toEqual(
      expect.arrayContaining(['HVAC', 'Plumbing', 'Pharmacy', 'Salesforce']),
    );
  });

  it('keeps a skill that the requirements name as well as the blurb', () => {
    const text =
      'HR Generalist\nTidewater Logistics operates warehouses across Virginia.\n\nQualifications\n- 3+ years of HR experience, preferably in logistics';
    expect(extractSkills(text, { kind: 'posting' }).find((s) => s.name === 'Logistics')?.level).toBe(
      'preferred',
    );
  });

  it('keeps lead-in sentences about the role and its tools', () => {
    const text =
      'Backend Engineer\nLedgerline moves money for small lenders. Our services are written in Go. As a Backend Engineer you will own our PostgreSQL schemas.';
    const found = names(text, 'posting');
    expect(found).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
  });

  it('drops the business an "About the team" section describes, but keeps the tools the team uses', () => {
    const text = `Financial Analyst
Requirements
- Variance analysis and budgeting

About The Team
Our Consumer Banking division serves our customers through a range of financial services, including personal banking, credit cards, mortgages and payment processing.
The team builds its forecasts in Python and Tableau.`;
    const found = names(text, 'posting');
    expect(found).toEqual(expect.arrayContaining(['Financial Analysis', 'Budgeting', 'Python', 'Tableau']));
    for (const skill of ['Banking', 'Credit Cards', 'Mortgage', 'Payment Processing', 'Financial Services'])
      expect(found).not.toContain(skill);
  });

  it('marks the "About us" section and the benefits as blurb, not the requirements', () => {
    const ranges = blurbRanges(POSTING);
    const inBlurb = (phrase: string) =>
      ranges.some(([a, b]) => a <= POSTING.indexOf(phrase) && POSTING.indexOf(phrase) < b);
    expect(inBlurb('grocery and pharmacy')).toBe(true);
    expect(inBlurb('Free yoga')).toBe(true);
    expect(inBlurb('Daily working knowledge')).toBe(false);
  });
});

describe('an "About Us:" label opening a line', () => {
  it("opens the employer's section, up to a label about the job", () => {
    const posting = `Business Development Manager
Allium Partners

About Us: Allium is a leading patent and trademark service provider.

We believe in delivering a hassle-free experience to our clients at each stage of the IP lifecycle, from Patents to Trademark filings.

Job Description: We are seeking a Business Development Manager with B2B sales experience and Salesforce skills.`;
    expect(names(posting, 'posting')).toEqual(['B2B Sales', 'Salesforce']);
  });
});

describe('people and units a posting names', () => {
  it('does not ask for the skills of the colleagues one collaborates with', () => {
    // The title names the job ("Frontend Developer"), not a skill asked for: only the requirements are.
    const text =
      'Frontend Developer\nRequirements\n- React and TypeScript\n- Collaborate with designers and backend engineers\n- Partner with customer success for a clean handoff';
    expect(names(text, 'posting')).toEqual(['React', 'TypeScript']);
  });

  it('does not read a department name as a requirement', () => {
    expect(
      names(
        'The position is at the Department of Physics, Chemistry and Pharmacy. You hold a PhD in Chemistry.',
        'posting',
      ),
    ).toEqual(['PhD', 'Chemistry']);
  });
});

describe('the application notes and labels at the end of a posting', () => {
  it('asks nothing of the candidate in "Your application", agency notices or label lines', () => {
    const posting = `Staff Machine Learning Engineer
Division: Crop Science

Required Qualifications
- Python and Kubernetes in production

YOUR APPLICATION
Bayer offers a wide variety of competitive compensation and benefits programs.

To all recruitment agencies: Bayer does not accept unsolicited third party resumes.`;
    expect(names(posting, 'posting')).toEqual(['Machine Learning', 'Python', 'Kubernetes']);
  });
});

describe('pay, perks, hiring notes and company facts', () => {
  it('asks nothing in a pay-transparency paragraph, though it names experience and skills', () => {
    const posting = `Payroll Specialist
Requirements
- Payroll processing in ADP

Pay transparency
The base pay range for this role is $60,000 - $75,000. Final compensation depends on experience, skills and location; total rewards include compensation and benefits programs.`;
    expect(names(posting, 'posting')).toEqual(['Payroll', 'ADP']);
  });

  it('keeps compensation and benefits where the posting asks for it', () => {
    const posting =
      'HR Generalist\nRequirements\n- Experience administering compensation and benefits programs';
    expect(names(posting, 'posting')).toContain('Compensation and Benefits');
  });

  it('asks for none of the perks in a list without a heading', () => {
    const posting = `Staff Nurse
Requirements
- BLS certification
- Patient care on a medical-surgical unit

- Mental health support through our wellness program
- Treasury and cash management tools for your retirement savings
- Weekly yoga on the roof
- Free lunches and a gym membership`;
    expect(names(posting, 'posting')).toEqual(['BLS', 'Patient Care', 'Medical-Surgical Nursing']);
  });

  it('asks for no yoga or language named next to a perk in run-on text', () => {
    const posting =
      'Backend Engineer\nYou know Python and Go well Free yoga classes German language classes and health checks Table tennis in the office';
    expect(names(posting, 'posting')).toEqual(['Python', 'Go']);
  });

  it('reads neither the application notes nor the recruitment process as requirements', () => {
    const posting = `Research Assistant
Qualifications
- A master's degree in chemistry

Send your CV in English or Danish to the recruitment team. The recruitment process is handled by our recruitment partner.`;
    expect(names(posting, 'posting')).toEqual(["Master's Degree", 'Chemistry']);
  });

  it('reads facts about the company as no requirement', () => {
    const posting = `Java Developer
Requirements
- Java and Spring Boot
Our history spans over 200 years and today we are a leader in investment banking, commercial banking and asset management.`;
    expect(names(posting, 'posting')).toEqual(['Java', 'Spring Boot']);
  });

  it('reads what the company focuses on, whom it serves and whose division it is as no requirement', () => {
    const posting = `Java Developer
Our apps have been shaping the future of entertainment for millions of users worldwide.
Although OptiRisk mainly focuses on the needs of Banking, Securities and Insurance industries, it serves others too.
As a division of ERAM Group, E-Talent is an independent Talent Acquisition Consultancy with clients in Oil & Gas.
Requirements
- Java and SQL
Global Data Privacy Notice for Job Candidates`;
    expect(names(posting, 'posting')).toEqual(['Java', 'SQL']);
  });

  it('reads what a named company offers, after a lead-in clause too, as no requirement', () => {
    const posting = `Web Developer
We build risk software for banks.
To this end, OptiRisk offers training programs, optimisation tools and bespoke solutions.
As a division of ERAM Group, E-Talent is an independent Talent Acquisition Consultancy for people from industries such as Oil & Gas and Energy.
Requirements
- JavaScript and CSS`;
    expect(names(posting, 'posting')).toEqual(['JavaScript', 'CSS']);
  });

  it('reads "The Hartley Group is an engineering firm" as about the employer, though it opens with "The"', () => {
    const posting = `Web Developer
Requirements
- JavaScript and CSS
The Hartley Group is an engineering firm whose experience in HVAC and plumbing spans 40 years.`;
    expect(names(posting, 'posting')).toEqual(['JavaScript', 'CSS']);
  });

  it('still reads what the role or the team provides as the job', () => {
    const posting = `Platform Engineer
Requirements
- 3+ years with Kubernetes
The Platform team provides Terraform modules to every squad.
Senior engineers here develop Go services.`;
    expect(names(posting, 'posting')).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'Go']));
  });

  it('reads the industry and size labels of a run-on posting as about the company', () => {
    const posting =
      'Java Developer\nJob type: Full-time Industry: Financial Services Company size: 10k+ people Company type: Public Technologies java sql';
    expect(names(posting, 'posting')).toEqual(['Java', 'SQL']);
  });

  it('starts the blurb at a company label inside a run-on line', () => {
    const posting =
      'Frontend Engineer\nWe use React and TypeScript Job benefits: Warm breakfast Serious Ping Pong tournaments Company description: We are a review platform for the hospitality industry and retail';
    expect(names(posting, 'posting')).toEqual(['React', 'TypeScript']);
  });

  it('reads an accommodation notice as no requirement', () => {
    const posting =
      'Software Engineer\nRequirements\n- Python\nIf you have a disability or special need that requires accommodation, please let us know.';
    expect(names(posting, 'posting')).toEqual(['Python']);
  });

  it('does not ask for the subject of the data a data analyst works with', () => {
    const posting = 'Data Analyst\nRequirements\n- Analyze sales and store operations data in SQL';
    expect(names(posting, 'posting')).toEqual(['SQL']);
  });
});

describe('roles, teams and titles in a posting', () => {
  it('does not ask for the field of an occupation it names, which a resume counts', () => {
    const text = 'You will report to our Data Scientist and work with the Site Reliability Engineer on call.';
    expect(names(text, 'posting')).toEqual([]);
    expect(names('Data Scientist at Acme, 2019-2023', 'resume')).toEqual(['Data Science']);
  });

  it('does not ask for a field at the head of a team, a role or a post', () => {
    const text =
      'Java Developer\nRequirements\n- Java and Kafka\n- Join our Backend Engineering team and our Full Stack Software Engineers\n- Contact our Loss Prevention team\n- This is a PhD position';
    expect(names(text, 'posting')).toEqual(['Java', 'Apache Kafka']);
  });
});

describe('what the job sells', () => {
  it('does not ask a seller for the practice of the buyers', () => {
    const posting = `Sales Manager
The Capital Sales Specialist will be responsible for selling Robotic Assisted

Surgery (RAS) systems to targeted hospitals. Experience with consultative selling required.`;
    const skills = names(posting, 'posting');
    expect(skills).not.toContain('Surgery');
    expect(skills).toContain('Solution Selling');
    // Outside what is sold, the practice is asked for.
    expect(names('Scrub Nurse\nRequirements\n- 3 years assisting in surgery', 'posting')).toContain(
      'Surgery',
    );
  });

  it('keeps products and industries named as what is sold', () => {
    expect(
      names(
        'Account Executive\nRequirements\n- Experience selling Salesforce to mid-market companies',
        'posting',
      ),
    ).toContain('Salesforce');
  });

  it('reads a field inside a capitalised job title as the title', () => {
    const posting = 'Sales Manager\nThe Nursing Home Account Manager will visit clients weekly.';
    expect(names(posting, 'posting')).not.toContain('Nursing');
  });
});

describe('what the job leaves behind', () => {
  it('does not ask for what the job moves off or outgrows', () => {
    const posting = `Data Analyst
Help move the business off of emailed spreadsheets and onto dashboards.
Requirements
- Run analyses in Python when a question is too big or messy for a spreadsheet`;
    const skills = names(posting, 'posting');
    expect(skills).not.toContain('Spreadsheets');
    expect(skills).toContain('Python');
    expect(
      names('Frontend Developer\nNo shying away from technologies such as Babel and Jest', 'posting'),
    ).toContain('Jest');
  });
});
