import { describe, expect, it } from 'vitest';
import { impliedBy } from './graph';
import { extractSkills } from './index';

const names = (text: string) => extractSkills(text, { kind: 'resume' }).map((s) => s.name);

describe('a word read in the sense its text gives it', () => {
  it('reads interpreting as the interpreter’s craft only beside a language', () => {
    expect(names('Spanish interpreting for patients and families.')).toContain('Translation');
    expect(
      names('Care for five telemetry patients, interpreting rhythms and titrating drips.'),
    ).not.toContain('Translation');
    expect(names('Interpreting and administering contracts for the plant.')).not.toContain('Translation');
  });

  it('reads calibration as instrumentation only beside instruments', () => {
    expect(names('Performed calibration of pressure gauges and transmitters.')).toContain('Instrumentation');
    expect(names('Added dashboards that track input drift, calibration and latency.')).not.toContain(
      'Instrumentation',
    );
  });

  it('reads accessibility as web accessibility only beside the web', () => {
    expect(names('Kept Lighthouse accessibility scores above 95.')).toEqual([
      'Lighthouse',
      'Web Accessibility',
    ]);
    expect(names('Improved wheelchair accessibility of the clinic.')).toEqual([]);
  });

  it('does not read a name or a rank as the skill it contains', () => {
    expect(names('Sold Victorinox Swiss Army knives in 76 countries.')).toEqual([]);
    expect(names('Served four years in the US Army.')).toEqual(['Military Experience']);
    expect(names('*SPC4 -B Co. 192nd Support Battalion')).toEqual([]);
    expect(names('Wrote Python3 services.')).toEqual(['Python']);
    expect(names('Improved Largest Contentful Paint by 40%.')).toEqual(['Core Web Vitals']);
  });

  it('does not read a school’s name as a skill, but keeps a degree’s subject before it', () => {
    expect(names('Computer Programming in COBOL, Triton College, River Grove, IL')).not.toContain(
      'Triton Inference Server',
    );
    expect(names('Deployed models on Triton behind a gateway.')).toContain('Triton Inference Server');
    expect(names('Bachelor of Science: Electrical Engineering Boston University')).toContain(
      'Electrical Engineering',
    );
  });

  it('does not read soft skills as an HR or legal practice', () => {
    expect(names('Conflict resolution techniques')).toEqual([]);
    expect(names('Conflict mediation')).toEqual([]);
    expect(names('Handled mediation and arbitration of commercial disputes.')).toContain('Arbitration');
  });

  it('reads what a video or a brochure is about as its subject, but not across a list', () => {
    expect(names('Created several recruitment videos for the football team.')).toEqual([]);
    expect(names('Wrote press releases, brochures and newsletters.')).toContain('Public Relations');
  });

  it('reads counting cash drawers as cashiering, not a bank teller’s work', () => {
    expect(names('Opened the store, counting cash drawers and making bank deposits.')).toEqual([
      'Cashiering',
    ]);
    expect(names('Bank teller at First National, 2019 - 2021')).toEqual(['Teller Operations']);
    expect([...impliedBy(['Teller Operations']).keys()]).toEqual(
      expect.arrayContaining(['Banking', 'Cashiering']),
    );
  });
});

describe('the evidence quoted for a skill', () => {
  const evidence = (text: string, skill: string) =>
    extractSkills(text, { kind: 'resume' }).find((s) => s.name === skill)?.evidence;

  it('quotes a sentence a PDF wrapped over lines whole', () => {
    expect(
      evidence(
        'Summary\nOver 15 years of experience in general accounting, budgeting and reporting, fixed asset management,\nproject management, payroll and income tax preparation.\nSkills',
        'Fixed Assets',
      ),
    ).toBe(
      'Over 15 years of experience in general accounting, budgeting and reporting, fixed asset management, project management, payroll and income tax preparation.',
    );
  });

  it('goes on past a line that ends where no sentence can, whatever the case of the next', () => {
    expect(
      evidence(
        'Prepare a business summary analysis (BSA) on a quarterly basis and submit the\nBSA to the corporate accounting department.\nApproved SAP account requests.',
        'Accounting',
      ),
    ).toBe(
      'Prepare a business summary analysis (BSA) on a quarterly basis and submit the BSA to the corporate accounting department.',
    );
  });

  it('starts the quote at the item whose bullet a PDF lost, not in the middle of the one before', () => {
    const line = `Analyzed price-volume mix impact on sales performance, as well as royalties, sales force commissions, product pricing for potential contracts and sales reserves Simplified methodology for managing co-promotion activities while providing adequate commissions to sales force Automated headcount reporting tools using Excel macros.`;
    expect(evidence(line, 'Microsoft Excel')).toBe('Automated headcount reporting tools using Excel macros.');
    // A capitalised name after "a" is no new item.
    const nurse = `Seeking a position in a large teaching hospital where I can grow as a Registered Nurse working with adults in a setting that will allow me to use both my nutrition and nursing education to provide care.`;
    expect(evidence(nurse, 'Registered Nurse')).toContain('as a Registered Nurse');
  });

  it('quotes work done with the skill over an objective that only wishes for it', () => {
    const resume =
      'Objective\nTo obtain a challenging position in a dynamic environment to further my career in accounting.\nExperience\nManaged the accounting function including general ledger and lease documentation.';
    expect(evidence(resume, 'Accounting')).toBe(
      'Managed the accounting function including general ledger and lease documentation.',
    );
    // With nothing else to quote, the objective is what there is.
    expect(evidence('Seeking a role in accounting where I can grow.', 'Accounting')).toBe(
      'Seeking a role in accounting where I can grow.',
    );
  });

  it('cuts an overlong line between words, around the mention', () => {
    const line = `${'word '.repeat(60)}Kubernetes ${'more '.repeat(60)}`.trim();
    const quoted = evidence(line, 'Kubernetes')!;
    expect(quoted).toContain('Kubernetes');
    expect(quoted.length).toBeLessThanOrEqual(230);
    expect(quoted.split(' ').every((w) => ['word', 'more', 'Kubernetes'].includes(w))).toBe(true);
  });
});

describe('a posting’s company', () => {
  const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);

  it('names no skill asked for, under the title or in the body', () => {
    expect(
      asked(
        'Sr. Sales Executive\nFlipkart\n\nJob Responsibilities\n * Convince sellers to come onto the Flipkart programs.\n * Experience with Salesforce CRM.',
      ),
    ).toEqual(['Salesforce']);
    expect(
      asked(
        'Sales Executive\nAcme Retail\n\n * Experience selling to Flipkart and other e-commerce players.',
      ),
    ).toContain('E-commerce');
  });
});

describe('a teacher’s natural wordings', () => {
  it('reads talking with parents as parent communication, and the parents alone as nothing', () => {
    expect(names('Provide regular feedback to parents regarding work and behavior in class.')).toEqual([
      'Parent Communication',
    ]);
    expect(names('Create a monthly classroom newsletter to keep parents informed.')).toContain(
      'Parent Communication',
    );
    expect(names('Both parents worked in the family restaurant.')).toEqual([]);
  });

  it('reads managing classroom behavior as classroom management', () => {
    expect(names('Managed classroom behavior with clear routines.')).toContain('Classroom Management');
    expect(names('Managed classroom responsibilities while the teacher was away.')).not.toContain(
      'Classroom Management',
    );
  });
});

describe('occupations in the plural', () => {
  it('are the people a resume’s holder led or worked with, not the holder’s skill', () => {
    expect(
      names('Managed a clinical team of attending physicians, nurse practitioners, and support staff.'),
    ).not.toContain('Nurse Practitioner');
    expect(names('Nurse Practitioner, Riverside Clinic, 2019 - 2023')).toContain('Nurse Practitioner');
  });

  it('are still what a posting asks for', () => {
    const asked = extractSkills(
      'ICU Nurse\n\nRequirements\n- Registered Nurses with 2+ years of ICU experience',
      {
        kind: 'posting',
      },
    ).map((s) => s.name);
    expect(asked).toContain('Registered Nurse');
  });
});

describe('an HR generalist’s wordings of onboarding', () => {
  it('reads orientations of new hires as onboarding, not an orientation of students or a trait', () => {
    expect(names('Schedule weekly orientations from the candidate pool identified by recruiters.')).toContain(
      'Onboarding',
    );
    expect(names('Delivered new hire training every Monday.')).toContain('Onboarding');
    expect(names('Supervised Residence Life orientation for first-year students.')).not.toContain(
      'Onboarding',
    );
    expect(names('Strong customer orientation and attention to detail.')).not.toContain('Onboarding');
  });
});

describe('Go, the language', () => {
  it('is read after writing it, and not as the verb', () => {
    const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);
    expect(asked('5+ years of backend experience, with at least 2 years writing Go in production')).toContain(
      'Go',
    );
    expect(asked('You will be ready to go live within a month and write docs.')).not.toContain('Go');
  });
});

describe('a frontend posting’s wordings', () => {
  const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);

  it('does not ask for what a line says to do without', () => {
    expect(asked('Solid command of CSS without leaning entirely on a component library')).toEqual(['CSS']);
  });

  it('reads page performance as Core Web Vitals, which a resume shows by its metrics', () => {
    expect(asked('Profile and improve page performance on low-end devices')).toEqual(['Core Web Vitals']);
    expect(names('Rebuilt the checkout, improving Largest Contentful Paint by 40%.')).toEqual([
      'Core Web Vitals',
    ]);
  });
});

describe('code review in its verb form', () => {
  it('is read from "review code" and "reviewed pull requests", not from reviewing documents', () => {
    const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);
    expect(asked('Review code and help set engineering standards')).toEqual(['Code Review']);
    expect(names('Reviewed pull requests for four teams.')).toEqual(['Code Review']);
    expect(names('Reviewed code for two teams.')).toEqual(['Code Review']);
    expect(names('Review design documents for the data science team.')).not.toContain('Code Review');
  });
});

describe('succession planning in its wordings', () => {
  it('reads succession beside planning, and a career path someone defines, as talent management', () => {
    const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);
    expect(asked('Assists in the succession and organizational planning processes')).toEqual([
      'Talent Management',
    ]);
    expect(names('Successive planning initiatives with 360 degree feedback.')).toContain('Talent Management');
    expect(names('Helped the Senior Leadership team in defining a crisp Career Path')).toContain(
      'Talent Management',
    );
    expect(names('Seeking a new career path in sales.')).not.toContain('Talent Management');
    expect(names('Advised the family on the succession of the estate.')).not.toContain('Talent Management');
  });
});

describe('research on figures', () => {
  it('reads financial research as financial analysis, not equity research', () => {
    const gathered = names(
      'Gathered data for internal audits through interviews, financial research and downloads.',
    );
    expect(gathered).toContain('Financial Analysis');
    expect(gathered).not.toContain('Equity Research');
    expect(names('Wrote sell-side research on European banks.')).toContain('Equity Research');
  });
});

describe('office suites by their other names', () => {
  it('reads Google Suite as Google Workspace, and Notion listed with it', () => {
    const asked = extractSkills('Proficient in Google Suite, Notion', { kind: 'posting' }).map((s) => s.name);
    expect(asked).toEqual(['Google Workspace', 'Notion App']);
  });
});

describe('whom the work serves', () => {
  it('is not a skill asked: "for store operations and merchandising leadership"', () => {
    const asked = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);
    expect(
      asked('Build and maintain Tableau dashboards for store operations and merchandising leadership'),
    ).toEqual(['Tableau', 'Data Visualization']);
    expect(asked('Experience in store operations and merchandising')).toContain('Retail Operations');
  });
});

describe('the wordings of receivables and tax work', () => {
  it('reads an AR clerk’s work as accounts receivable', () => {
    expect(names('Account Receivable Clerk')).toEqual(['Accounts Receivable']);
    expect(names('Prepared and reviewed customer invoices and adjusted any errors.')).toEqual([
      'Accounts Receivable',
    ]);
    expect(names('Receipted checks and lockbox deposits and posted cash application daily.')).toEqual([
      'Accounts Receivable',
    ]);
    // Collecting what customers owe is credit control, which is receivables work.
    const collecting = extractSkills('Contacted customers to collect unpaid balances.', { kind: 'resume' });
    expect(collecting.map((s) => s.name)).toEqual(['Credit Control']);
    expect(impliedBy(new Set(['Credit Control'])).has('Accounts Receivable')).toBe(true);
  });

  it('reads sales and use tax and property taxes as tax accounting', () => {
    expect(names('Filed quarterly sales and use tax returns.')).toEqual(['Tax Accounting']);
    expect(names('Reviewed and prepared personal property taxes.')).toEqual(['Tax Accounting']);
  });
});

describe('critical care', () => {
  it('reads critically ill patients as critical care', () => {
    expect(names('Provided direct care to critically ill patients on ventilators.')).toContain(
      'Critical Care',
    );
  });
});

describe('whom a person reported to', () => {
  it('names no skill of theirs, though products keep their mention', () => {
    expect(names('Reported to Vice President, Patient Care Services.')).toEqual([]);
    expect(names('Reported to the Director of Finance on SAP reporting.')).toContain('SAP');
    // A care philosophy a project had is no care given.
    expect(names('Participated in projects on patient-centered care and process flow.')).not.toContain(
      'Patient Care',
    );
    expect(names('Provided direct patient care for 20 patients a shift.')).toContain('Patient Care');
  });
});

describe('a word form that modifies the skill after it', () => {
  it('is no item of the list it stands in', () => {
    expect(
      names(
        'Focused on quality assurance, PCI security, and audit change management, IT purchasing and administration.',
      ),
    ).not.toContain('Auditing');
    // As an item of its own it still counts.
    expect(names('Budgeting, audit, payroll and tax')).toContain('Auditing');
  });
});

describe('parents named with whose they are', () => {
  it('reads talking with the children’s parents as parent communication', () => {
    expect(
      names("Communicated openly with children's parents about daily activities and behaviors."),
    ).toContain('Parent Communication');
  });
});

describe('technical support', () => {
  it('is the help desk beside users and their computers, not an engineer’s support of a plant', () => {
    expect(names('Provided technical support to 300 users on Windows laptops and printers.')).toContain(
      'Help Desk',
    );
    expect(
      extractSkills('Manage technical support and optimize processes for machine tools.', {
        kind: 'posting',
      }).map((s) => s.name),
    ).not.toContain('Help Desk');
  });
});

describe('another person named by their role', () => {
  it('names no skill of the holder when "the" makes the role someone else\'s', () => {
    expect(names('Received and submitted transcript requests to the Systems Administrator.')).toEqual([]);
    expect(names('Prepared weekly reports for the Finance Manager.')).not.toContain('Finance');
    // The holder's own role, and a product at the head of another's, keep their mention.
    expect(names('Served as the Systems Administrator for 40 servers.')).toContain('System Administration');
    expect(names('Paired with the Java Developer on code reviews.')).toContain('Java');
  });
});

describe('a credential\'s acronym after "the"', () => {
  it('names a programme or a plan, unless a word of credentials follows or someone takes it', () => {
    expect(names('Prevented future occurrences through the CFP.')).not.toContain('CFP');
    expect(names('Passed the CPA in 2015.')).toContain('CPA');
    expect(names('Sat for the CPA exam in May.')).toContain('CPA');
    expect(names('Holds the CFP designation.')).toContain('CFP');
  });
});

describe('presentations', () => {
  it('are the skill when given, within a few words of the giving or of an audience', () => {
    expect(
      names('Created and delivered informative presentations and workshops to sell the product.'),
    ).toContain('Presentation Skills');
    expect(names('Conducted sales and finance presentations to demonstrate company products.')).toContain(
      'Presentation Skills',
    );
    expect(names('Archived the presentations of the quarterly results.')).not.toContain(
      'Presentation Skills',
    );
    // The words that named it right before "presentations" still do; an analysis it is about does not.
    expect(names('Known for persuasive presentations to investors.')).toContain('Presentation Skills');
    expect(names('Archived the presentations of the quarterly analysis.')).not.toContain(
      'Presentation Skills',
    );
  });
});

describe('a word two skills share as forms', () => {
  it("takes the sense whose own area is near: a forecast of deals is a seller's, of revenue a budget's", () => {
    const posting = (text: string) => extractSkills(text, { kind: 'posting' }).map((s) => s.name);
    expect(
      posting(
        'Keep your pipeline accurate and current in Salesforce and forecast your quarter with confidence',
      ),
    ).toEqual(['Salesforce', 'Sales Forecasting']);
    expect(names('Built the quarterly revenue forecast for the board.')).toEqual(['Financial Forecasting']);
  });
});
