import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractSkills, impliedBy, isWish } from './index';

const names = (text: string, kind: 'posting' | 'resume' = 'resume') =>
  extractSkills(text, { kind }).map((s) => s.name);

describe('extractSkills', () => {
  it('finds the ML posting stack, including Kubernetes and MLflow', () => {
    const text = readFileSync(path.join(__dirname, 'fixtures/ml-engineer-hybrid.txt'), 'utf8');
    const found = names(text, 'posting');
    for (const skill of [
      'Kubernetes',
      'MLflow',
      'Kubeflow',
      'Docker',
      'TensorFlow',
      'PyTorch',
      'scikit-learn',
      'DVC',
      'Amazon SageMaker',
      'PostgreSQL',
      'R',
      'CI/CD',
    ]) {
      expect(found).toContain(skill);
    }
    expect(found.length).toBeLessThanOrEqual(45);
  });

  it('resolves aliases to canonical names', () => {
    expect(names('Deployed services on k8s with Postgres and GCP.')).toEqual([
      'Kubernetes',
      'PostgreSQL',
      'Google Cloud',
    ]);
    expect(names('Built models with sklearn and pandas.')).toEqual(['scikit-learn', 'Pandas']);
    expect(names('Experience on AWS and Amazon Web Services.')).toEqual(['Amazon Web Services']);
  });

  it('keeps punctuated names apart from their prefixes', () => {
    expect(names('Skills: C++, C#, F#, .NET, Node.js')).toEqual(['C++', 'C#', 'F#', '.NET', 'Node.js']);
    expect(names('Set up CI/CD pipelines and TCP/IP routing; ran A/B testing.')).toEqual([
      'CI/CD',
      'TCP/IP',
      'A/B Testing',
    ]);
    expect(names('Wrote JavaScript and NodeJS services')).toEqual(['JavaScript', 'Node.js']);
    expect(names('We use C/C++ daily')).toEqual(['C', 'C++']);
  });

  it('does not read Java into JavaScript', () => {
    expect(names('Strong JavaScript skills')).toEqual(['JavaScript']);
    expect(names('Java and JavaScript')).toEqual(['Java', 'JavaScript']);
  });

  it('reads Go as the language only in a technical context', () => {
    expect(names('Languages: Python, Go, Rust')).toEqual(['Python', 'Go', 'Rust']);
    expect(names('Everything here is written in Go.')).toEqual(['Go']);
    expect(names('Go/Python experience')).toEqual(['Go', 'Python']);
    expect(names('Golang microservices')).toEqual(['Go', 'Microservices']);
    expect(names('Own our go to market plan. You are a go-getter, ready to go.')).not.toContain('Go');
    expect(names('Go to market with our partners. Let us go further.')).not.toContain('Go');
    expect(names('You are a go-getter, ready to go.')).toEqual([]);
  });

  it('reads R as the language only in context, never inside R&D', () => {
    expect(names('Programming: Python, R, SQL')).toEqual(['Python', 'R', 'SQL']);
    expect(names('Modelling in R and RStudio')).toEqual(['R', 'RStudio']);
    expect(names('Prototyped in R/Python')).toEqual(['R', 'Python']);
    expect(names('Led the R&D team')).toEqual(['Research and Development']);
    expect(names('John R. Smith, manager')).toEqual([]);
  });

  it('tells Excel the tool from excel the verb', () => {
    expect(names('Advanced knowledge of Excel')).toEqual(['Microsoft Excel']);
    expect(names('Proficient in MS Excel and Word')).toEqual(['Microsoft Excel', 'Microsoft Word']);
    // The suite names its parts (Excel, Word, PowerPoint, Outlook) where it is mentioned.
    expect(names('Microsoft Office: Word, Excel, Access and PowerPoint')).toEqual([
      'Microsoft Office',
      'Microsoft Excel',
      'Microsoft Word',
      'Microsoft PowerPoint',
      'Microsoft Outlook',
      'Microsoft Access',
    ]);
    expect(names('You will excel in a fast-paced environment.')).toEqual([]);
    expect(names('Excel in a fast-paced team.')).toEqual([]);
    expect(names('Exported monthly figures to Excel.')).toEqual(['Microsoft Excel']);
    expect(names('A chance to Excel at what you love.')).toEqual([]);
    // "and" joining another skill makes a list; joining a verb it does not.
    expect(names('Advanced skills in Excel and PowerPoint')).toEqual([
      'Microsoft Excel',
      'Microsoft PowerPoint',
    ]);
    expect(names('A place to Excel and grow.')).toEqual([]);
  });

  it('gates other common-word names on context', () => {
    expect(names('Java, Spring and Hibernate')).toEqual(['Java', 'Spring', 'Hibernate']);
    expect(names('Classes start in spring. Join us this Spring!')).toEqual([]);
    expect(names('Configuration with Ansible, Chef or Puppet')).toEqual(['Ansible', 'Chef', 'Puppet']);
    expect(names('Worked as Sous Chef at a bistro')).toEqual(['Culinary Arts']);
    expect(names('Sales and a positive outlook')).toEqual([]);
    expect(names('orchestration technologies (e.g., Airflow)')).toEqual(['Apache Airflow']);
    expect(names('Measured airflow through the ducts.')).toEqual([]);
  });

  it('reads EMR as Amazon EMR among data tools and as health records in a clinical text', () => {
    expect(names('Our stack: Snowflake, Kafka, EMR, SageMaker')).toEqual([
      'Snowflake',
      'Apache Kafka',
      'Amazon EMR',
      'Amazon SageMaker',
    ]);
    expect(names('Batch jobs on EMR and Spark')).toEqual(['Amazon EMR', 'Apache Spark']);
    expect(names('Charted vitals and medication administration in the EMR')).toEqual([
      'Vital Signs',
      'Medication Administration',
      'Electronic Health Records',
    ]);
    expect(names('EHR/EMR documentation')).toEqual(['Electronic Health Records']);
  });

  it("reads a nurse's IV work as medication administration", () => {
    const nurse = (t: string) => extractSkills(t, { kind: 'resume' }).map((s) => s.name);
    expect(
      nurse('Administer oral, IV and subcutaneous medications; start and maintain peripheral IV lines'),
    ).toEqual(['Medication Administration']);
    expect(nurse('Administer IV medications, titrate heparin and insulin drips')).toEqual([
      'Medication Administration',
    ]);
    expect(nurse('Senior Analyst IV, Finance Operations')).toEqual([]);
    expect(nurse('Performed head-to-toe assessments and charted assessments in Epic')).toEqual([
      'Patient Care',
      'Epic Systems',
    ]);
  });

  it('reads a broad field word only where it names the field', () => {
    expect(names('Technologies\nsecurity linux amazon-web-services')).toEqual([
      'Cybersecurity',
      'Linux',
      'Amazon Web Services',
    ]);
    expect(names('Experience in security for IT systems.')).toEqual(['Cybersecurity']);
    // Alone, "security" may be a guard's: it names the field only near words of computing.
    expect(names('Experience in security.')).toEqual([]);
    expect(names('Front Desk Security Mar 1989 to Jun 1991')).not.toContain('Cybersecurity');
    expect(names('Run the monitoring stack: Prometheus, Alertmanager, and Grafana')).toContain(
      'Application Monitoring',
    );
    expect(names('Project Communication Project Setup & Monitoring Microsoft Project')).not.toContain(
      'Application Monitoring',
    );
    // Business requirements gathered are business analysis; requirements a system must meet are not.
    expect(names('Gathered business requirements from stakeholders and wrote user stories.')).toContain(
      'Business Analysis',
    );
    expect(names('Ensured resolution of issues in a way that reflects business requirements.')).not.toContain(
      'Business Analysis',
    );
    // Static equipment is not rotating equipment: heat exchangers are no pumps.
    expect(names('Domain: Fabrication Drawing, Heat Exchangers, Pressure Vessels')).toContain(
      'Heat Exchangers and Pressure Vessels',
    );
    expect(names('Domain: Fabrication Drawing, Heat Exchangers, Pressure Vessels')).not.toContain(
      'Pumps and Compressors',
    );
    // A seller's demos are sales presentations; a demo day is not.
    expect(names('prospecting, qualifying customers, presentations/demos, quoting')).toContain(
      'Sales Presentations',
    );
    expect(names('Presented our prototype at the accelerator demo day.')).not.toContain(
      'Sales Presentations',
    );
    expect(names('Experience with security cameras')).toEqual([]);
    expect(names('Experience with web animation that respects reduced motion')).toEqual([]);
  });

  it('does not read the subject of a project as a skill', () => {
    expect(names('Projects: built a tutoring app with React and Firebase')).toEqual(['React', 'Firebase']);
    expect(names('Volunteer tutoring for high school students')).toEqual(['Tutoring']);
  });

  it('does not hold what a resume only hopes for', () => {
    expect(
      names('Willing to take up additional certifications such as PHR as required by the role.'),
    ).toEqual([]);
    expect(names('Planning to obtain the CPA in 2025. Built reports in Microsoft Excel.')).toEqual([
      'Microsoft Excel',
    ]);
    expect(names('PHR certified. Willing to relocate.')).toEqual(['PHR']);
  });

  it("reads an HR resume's wordings of onboarding and employment law", () => {
    expect(names('Recruitment/Hiring, Orientation & On-Boarding, Conflict Resolution')).toContain(
      'Onboarding',
    );
    expect(names('Maintain compliance with federal and state regulations concerning employment.')).toEqual([
      'Employment Law',
    ]);
  });

  it("reads a teacher's natural wording of student assessment", () => {
    expect(
      names('Used classroom observations to create written assessments of student performance.'),
    ).toEqual(['Student Assessment']);
  });

  it('reads a name a PDF wrapped over two lines of one sentence, not across an item or heading', () => {
    const wrapped =
      'Prepare or maintain employment records related to events such as hiring, transfers, or promotions, using human\nresources management system software.';
    expect(names(wrapped)).toContain('HRIS');
    expect(names('Led project\nmanagement for the plant.')).toContain('Project Management');
    expect(names('Skills\nProject\nManagement consultant since 2019')).not.toContain('Project Management');
    expect(names('Led the project.\nmanagement reviewed it weekly')).not.toContain('Project Management');
  });

  it('reads sales and marketing as fields where they are named as such, and a sales role as sales work', () => {
    expect(names('3+ years of experience in sales.', 'posting')).toEqual(['Sales']);
    expect(names('Background in marketing or sales required', 'posting')).toEqual(['Marketing', 'Sales']);
    expect(names('Work with the sales team to close deals', 'posting')).toEqual([]);
    expect(names('You will report to the Sales Manager.', 'posting')).toEqual([]);
    expect(names('Regional Sales Manager Feb 2000 to Jan 2005')).toEqual(['Sales']);
    expect(names('Consistently generated additional revenue through skilled sales techniques.')).toEqual([
      'Sales',
    ]);
    expect(names('Responsible for sales and marketing for the coffee stand.')).toEqual([
      'Sales',
      'Marketing',
    ]);
    // Sales targets met show sales on a resume; in a posting they are a result the work must reach, not a skill asked.
    expect(names('Met or exceeded sales targets on a consistent basis')).toEqual(['Sales']);
    expect(names('Complete ownership of Sales targets at a daily level.', 'posting')).toEqual([]);
    expect(impliedBy(['B2B Sales']).has('Sales')).toBe(true);
    expect(impliedBy(['SEO']).has('Marketing')).toBe(true);
  });

  it('does not give a resume the field of a team its holder worked for or beside', () => {
    expect(names('- Served a model through a FastAPI service used by the underwriting team')).toEqual([
      'FastAPI',
    ]);
    expect(names('Collaborated with the sales, marketing and support teams to launch products')).toEqual([]);
    expect(names('Led the underwriting team of six.')).toEqual(['Underwriting']);
    expect(names('Worked with the Salesforce team on CRM data')).toContain('Salesforce');
  });

  it('keeps the product named inside the wording of a practice', () => {
    expect(names('Completed weekly payroll using the ADP payroll services.')).toEqual(['Payroll', 'ADP']);
    expect(names('Built Excel financial modeling templates')).toEqual([
      'Microsoft Excel',
      'Financial Modeling',
    ]);
  });

  it("marks a resume degree's field as its subject past words the taxonomy does not know", () => {
    const subject = (text: string) =>
      extractSkills(text, { kind: 'resume' }).find((s) => s.name === 'Journalism');
    expect(subject('Bachelor of Science : Communication Journalism Montreat College')?.subject).toBe(true);
    expect(subject('Wrote for the campus paper; Journalism and layout')?.subject).toBeUndefined();
  });

  it('reads an associate degree, which a bachelor meets', () => {
    expect(names('Associate degree in Nursing required', 'posting')).toEqual(['Associate Degree', 'Nursing']);
    expect(names('Associate of Arts 1985 St. Gregory College')).toEqual(['Associate Degree']);
    expect(impliedBy(["Bachelor's Degree"]).has('Associate Degree')).toBe(true);
    expect(impliedBy(['PhD']).has('Associate Degree')).toBe(true);
  });

  it('reads public accounting as its own skill, which corporate accounting does not show', () => {
    expect(names('Public accounting experience', 'posting')).toEqual(['Public Accounting']);
    expect(impliedBy(['Public Accounting']).has('Accounting')).toBe(true);
    expect(names('Analyst to the corporate accounting department.')).toEqual(['Accounting']);
  });

  it('keeps occupational therapy apart from physical therapy', () => {
    expect(names('Project: Occupational Therapy outcomes study')).toEqual(['Occupational Therapy']);
    expect(names('Licensed Physical Therapist')).toEqual(['Physical Therapy']);
  });

  it('treats a lower-case tag line as a list of tools', () => {
    expect(names('Technologies\nphp go python javascript\nJob description')).toEqual([
      'PHP',
      'Go',
      'Python',
      'JavaScript',
    ]);
  });

  it('counts mentions, keeps first-mention order and quotes the evidence line', () => {
    const skills = extractSkills('Docker basics.\nWe ship Kubernetes and Docker daily.', { kind: 'resume' });
    expect(skills.map((s) => [s.name, s.mentions])).toEqual([
      ['Docker', 2],
      ['Kubernetes', 1],
    ]);
    expect(skills[1]!.evidence).toBe('We ship Kubernetes and Docker daily.');
    expect(skills[0]!.category).toBe('devops');
    expect(skills[0]!.phrases).toEqual(['Docker']);
  });

  it('trims evidence from a long line to about 200 characters around the mention', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20);
    const [skill] = extractSkills(`${filler}uses Terraform daily ${filler}`);
    expect(skill!.evidence.length).toBeLessThanOrEqual(200);
    expect(skill!.evidence).toContain('Terraform');
  });

  it('ignores words inside links and e-mail addresses', () => {
    expect(
      names('Apply at https://jobs.example.com/machine-learning-engineer or hr_python@example.com'),
    ).toEqual([]);
  });

  it('does not read ordinary words as skills', () => {
    expect(names('We ship a retrained model every week without drama.', 'posting')).toEqual([]);
    expect(names('Experience in stage management and theatre production')).toEqual(['Theatre']);
    expect(names('Write SQL against our sales, inventory, and loyalty data')).toEqual(['SQL']);
    expect(names('Experience with web animation that respects reduced motion')).toEqual([]);
    expect(names('We are recruiting for several roles.')).toEqual([]);
    expect(names('Evidently, the team is growing; amplify your impact.')).toEqual([]);
  });

  it('reads ADA as the Americans with Disabilities Act, not the Ada language', () => {
    expect(names('Administer FMLA and ADA accommodations')).toEqual(['US Employment Law']);
    expect(names('Knowledge of employment law, including FLSA, FMLA, ADA, Title VII')).not.toContain('Ada');
    expect(names('Safety-critical code in Ada and C')).toContain('Ada');
  });

  it("keeps one country's labour statutes apart from another's", () => {
    expect(names('Apply the provisions of the Factories Act')).toEqual(['Indian Labour Law']);
    expect(names('Knowledge of labour laws')).toEqual(['Employment Law']);
  });

  it('reads "JS" after a library as part of its name, not as JavaScript', () => {
    expect(names('Experience in React /Redux Js would be preferable.')).toEqual(['React', 'Redux']);
    expect(names('Skills: HTML, CSS, JS, React')).toContain('JavaScript');
  });

  it('counts a spoken language only when stated as one', () => {
    expect(names('Support students at all levels, including English learners')).toEqual([]);
    expect(names('Fluent in Spanish')).toEqual(['Spanish']);
    expect(names('Bilingual English/Spanish')).toEqual(['English', 'Spanish']);
    expect(names('Languages: English, French')).toEqual(['English', 'French']);
    expect(names('Languages\nGerman, Italian')).toEqual(['German', 'Italian']);
  });

  it('reads a slash pair as two skills', () => {
    expect(names('Skills: AP/AR, GAAP')).toEqual(['Accounts Payable', 'Accounts Receivable', 'GAAP']);
    expect(names('Five years of C#/.NET')).toEqual(['C#', '.NET']);
    expect(names('BS/MS degree in Computer Science')).toEqual([
      "Bachelor's Degree",
      "Master's Degree",
      'Computer Science',
    ]);
    expect(names('Experience with C# . NET')).toEqual(['C#', '.NET']);
  });

  it('marks every skill required in a resume', () => {
    const skills = extractSkills('Nice to have\nKubernetes is a plus', { kind: 'resume' });
    expect(skills.map((s) => s.level)).toEqual(['required']);
  });
});

describe('everyday tools and practices a reader lists', () => {
  it('finds engineering change notices, 1099 reports, Lotus Notes and social platforms in a list', () => {
    expect(names('Drove ECN/ECR approvals and design for assembly reviews.')).toEqual(
      expect.arrayContaining(['Engineering Change Management', 'Design for Assembly']),
    );
    expect(names('Audited accounts payable and 1099 reports; kept notes in Lotus Notes.')).toEqual(
      expect.arrayContaining(['1099 Reporting', 'Lotus Notes']),
    );
    expect(names('Grew followers on Facebook, Instagram and Pinterest.')).toEqual(
      expect.arrayContaining(['Facebook', 'Instagram', 'Pinterest']),
    );
  });

  it('reads an abbreviation written with its period: "Ms. Office" is Microsoft Office', () => {
    expect(names('Skills\nMs. Office, QuickBooks')).toEqual(
      expect.arrayContaining(['Microsoft Office', 'Microsoft Excel', 'QuickBooks']),
    );
    // A sentence ending in a short word does not run into the next: "in R. Python" is R, then Python.
    expect(names('Built the models in R. Python came later.')).toEqual(
      expect.arrayContaining(['R', 'Python']),
    );
  });

  it('does not read the testing of a prototype or a vehicle as software testing', () => {
    const posting =
      'Design Engineer\nRequirements\n- Support for Prototype Build & Prototype Testing & Verification.';
    expect(names(posting, 'posting')).not.toContain('Software Testing');
    expect(names('Skills\nSelenium, JUnit, Testing, Jenkins')).toContain('Software Testing');
  });

  it('does not read a data pipeline integration heading as system integration', () => {
    const posting = 'ML Engineer\nData Pipeline Integration\n- Integrate ML models with data pipelines';
    expect(names(posting, 'posting')).not.toContain('System Integration');
    expect(names('Led systems integration for three hospitals.')).toContain('System Integration');
  });

  it('does not read the employer’s social page as a skill the posting asks for', () => {
    expect(
      names(
        'Data Analyst\nRequirements\n- SQL and Tableau\n\nFollow us on Facebook to hear about our latest openings and company news.',
        'posting',
      ),
    ).not.toContain('Facebook');
  });
});

describe('financial analysis as an accountant writes it', () => {
  it('reads "prepared and analyzed monthly financial statements" as Financial Analysis', () => {
    expect(names('Prepared and analyzed monthly financial statements.')).toContain('Financial Analysis');
    expect(names('Prepared monthly financial statements.')).not.toContain('Financial Analysis');
  });

  it('reads cash flow and budget analysis as Financial Analysis', () => {
    expect(names('Prepared daily and monthly cash flow analysis for senior management.')).toContain(
      'Financial Analysis',
    );
    expect(names('Skills\nBudget analysis, Payroll')).toContain('Financial Analysis');
    expect(names('Prepared the monthly cash flow statement.')).not.toContain('Financial Analysis');
  });
});

describe('mentions that name no skill shown', () => {
  const names = (text: string, kind: 'posting' | 'resume' = 'resume') =>
    extractSkills(text, { kind }).map((s) => s.name);

  it('keeps the industries a resume has worked in: a posting asking for one is answered by them, not a gap', () => {
    expect(names('Staff accountant with 5 years in the manufacturing industry.')).toContain(
      'Manufacturing Industry',
    );
    expect(names('Requirements\n- 3 years in the manufacturing industry', 'posting')).toContain(
      'Manufacturing Industry',
    );
  });

  it("reads a project's name and what the project is about as the product's domain, not the developer's skill", () => {
    const resume = [
      'Projects:',
      'Atlas:',
      'Description:',
      'This project is all about requesting, scheduling the tutoring sessions. There are three roles tied to',
      'application they are Tutee, Tutor, and Scheduler.',
      '',
      'Responsibilities:',
      'Used jQuery for filtering, sorting and search the listview.',
      '',
      'Occupational Therapy:',
      '',
      'Description:',
      'The goal of the project to refactor the old application. Built in ASP.NET MVC with SQL Server.',
    ].join('\n');
    const skills = names(resume);
    expect(skills).toEqual(expect.arrayContaining(['jQuery', 'ASP.NET', 'Microsoft SQL Server']));
    for (const domain of ['Tutoring', 'Occupational Therapy']) expect(skills).not.toContain(domain);
    // Said of the person, the same words are skills.
    expect(names('Provided tutoring sessions in algebra to 30 students.')).toContain('Tutoring');
  });

  it('reads a broad skill labelling a list as the heading of its items', () => {
    const skills = names('Version Control: Git, Subversion\nCloud: AWS, Azure');
    expect(skills).toEqual(
      expect.arrayContaining(['Git', 'Subversion', 'Amazon Web Services', 'Microsoft Azure']),
    );
    expect(skills).not.toContain('Version Control');
    expect(skills).not.toContain('Cloud Computing');
  });

  it('keeps a label that heads a duty, a product label and a degree', () => {
    expect(names('- Project Management: coordination between clients and suppliers')).toContain(
      'Project Management',
    );
    expect(names('AWS: EC2, S3, Lambda')).toContain('Amazon Web Services');
    expect(names("Bachelor's Degree: Accounting")).toContain("Bachelor's Degree");
  });

  it('leaves out the pastimes of a hobbies line', () => {
    expect(names('Hobbies: Boxing, Yoga, Jogging')).not.toContain('Yoga Instruction');
    expect(names('Certified yoga teacher, 200 hours')).toContain('Yoga Instruction');
  });

  it('does not read a lone lower-case letter in a list of skills as a language', () => {
    expect(names('c, English, Finance, Access, Excel, Word')).not.toContain('C');
    expect(names('Languages: C, Python, Java')).toContain('C');
  });

  it('reads "Teams" after a field as a group of people, not Microsoft Teams', () => {
    expect(names('A trusted partner for the Business, Finance, and FP&A Teams')).not.toContain(
      'Microsoft Teams',
    );
    expect(names('Tools: Slack, Teams, Zoom')).toContain('Microsoft Teams');
  });

  it('reads departments a posting names as the people around the hire, not skills asked for', () => {
    const asked = (text: string) => names(text, 'posting');
    expect(asked('- Team player, a trusted partner for the Business, Finance, and FP&A Teams')).not.toContain(
      'Finance',
    );
    expect(
      asked(
        'You will interact regularly with the FP&A Managers and peers across Finance & Business Management.',
      ),
    ).toEqual([]);
    expect(asked('- Partner closely with Marketing and Sales on launches, using Salesforce')).toEqual([
      'Salesforce',
    ]);
    // The same fields asked for as fields stay asked.
    expect(asked("- Bachelor's degree in Accounting, Finance or a related field")).toContain('Finance');
    expect(asked('- 3+ years of experience in Finance or Accounting')).toContain('Finance');
    expect(asked('- Experience in Finance and Accounting teams is a plus')).toContain('Finance');
  });

  it('reads presentations someone gave as presentation skills, and networking among sales skills as meeting people', () => {
    expect(names('Led presentations aimed at developing comprehensive programs')).toContain(
      'Presentation Skills',
    );
    expect(names('Conducted sales and financial presentations to clients')).toContain('Presentation Skills');
    expect(names('- Ability to deliver engaging presentations', 'posting')).toContain('Presentation Skills');
    expect(names('The presentations of the results were archived')).not.toContain('Presentation Skills');
    const sales = names('Skills: sales, marketing, networking, business development, negotiation', 'posting');
    expect(sales).toContain('Professional Networking');
    expect(sales).not.toContain('Computer Networking');
    expect(names('Skills: TCP/IP, networking, firewalls, Cisco routers')).toContain('Computer Networking');
    expect(names('Shop computer security monitor.')).toContain('Cybersecurity');
  });

  it('reads a product standing alone in a long comma list of skills as a skill', () => {
    const line =
      'Skills: attorney, Greek, Inventory, Regulatory Compliance, marketing, Excel, Exchange, money';
    expect(names(line)).toContain('Microsoft Excel');
    expect(names('We excel, grow, learn and win, together')).not.toContain('Microsoft Excel');
  });

  it('reads the company and place under a posting title as its header, not as asks', () => {
    const asked = names(
      'Business Development Executive\nHindustan Recruitment\n\nRequirements\n- Cold calling',
      'posting',
    );
    expect(asked).not.toContain('Recruitment');
    expect(asked).toContain('Cold Calling');
    expect(names('Recruiter\nAcme Ltd\n\nRequirements\n- Recruitment of engineers', 'posting')).toContain(
      'Recruitment',
    );
  });

  it('reads an item that has a line of its own in a list of skills, among the skills around it', () => {
    const highlights =
      'Highlights\nRelationship Building\nNetworking\nSales/Market Analysis\nCold Calling\nLead Generation';
    expect(names(highlights)).toContain('Professional Networking');
    expect(names('Summary\nNetworking\n\nI like long walks.')).not.toContain('Professional Networking');
  });

  it('reads "oil and gas" as the industry, not as petroleum engineering', () => {
    expect(names('Grew sales 85% in a depressed oil and gas market.')).toEqual(['Oil and Gas Industry']);
    expect(names('Reservoir engineering for offshore fields')).toContain('Petroleum Engineering');
  });

  it('quotes a sentence that names the skill rather than a heading', () => {
    const [skill] = extractSkills(
      'BUSINESS DEVELOPMENT\nSummary\nLed business development for a supply firm.',
      {
        kind: 'resume',
      },
    );
    expect(skill).toMatchObject({
      name: 'Business Development',
      evidence: 'Led business development for a supply firm.',
    });
    // A job title is a label too, however many words it has.
    for (const title of ['DIRECTOR, GLOBAL DIGITAL MARKETING', 'Director of Global Digital Marketing']) {
      const [marketing] = extractSkills(`${title}\nRan digital marketing campaigns across 12 markets.`, {
        kind: 'resume',
      });
      expect(marketing?.evidence).toBe('Ran digital marketing campaigns across 12 markets.');
    }
    // A heading run on after a sentence, and a skills block, are labels too (eval-dev hr-17412079).
    const [payroll] = extractSkills(
      [
        'compromises, developing teambuilding programs, corporate policies. Experience in Recruitment: Full life cycle recruiting involving Resourcing,',
        'Sourcing , Interviewing, Placement and On boarding. CORE FUNCTIONAL STRENGTHS HR Generalist Responsibilities Benefits/Payroll',
        'Administration HR Policies & Procedures Performance Management Data analysis and Reporting Staff Retention Employee Relations HR',
        'HRIS applications (SAP) Proficient with MS Office (Word, Excel, PowerPoint) Payroll Softwares for Payroll Processing',
        'Providing and processing payroll Inputs.',
      ].join('\n'),
      { kind: 'resume' },
    ).filter((s) => s.name === 'Payroll');
    expect(payroll?.evidence).toBe('Providing and processing payroll Inputs.');
    // A wish for a position, wherever it stands in the sentence, shows what is hoped for; the degree's own line shows
    // the degree (eval-dev engineering-35172961).
    const phd = extractSkills(
      'PhD cleanroom expert looking for an opportunity to work as a process engineer.\nEducation\nPh. D : Mechanical Engineering , April, 2015 University of Washington',
      { kind: 'resume' },
    ).find((s) => s.name === 'PhD');
    expect(phd?.evidence).toBe('Ph. D : Mechanical Engineering , April, 2015 University of Washington');
    expect(isWish('Dedicated nurse seeking a full-time position on a cardiac unit.')).toBe(true);
    expect(isWish('Led the search for a new payroll vendor.')).toBe(false);
    expect(isWish('Screened candidates seeking positions in IT and finance.')).toBe(false);
    expect(isWish('Coached veterans who are seeking employment in logistics.')).toBe(false);
  });

  it('reads the field right after a degree as its subject ("B.S. Finance"), and marks a skill named only so', () => {
    const finance = extractSkills('B.S. Finance, University of Iowa, 2018', { kind: 'resume' }).find(
      (s) => s.name === 'Finance',
    );
    expect(finance?.subject).toBe(true);
    const asked = extractSkills(
      "Requirements\n- Bachelor's degree in Accounting, Economics, or Finance\n- Advanced Excel skills",
      { kind: 'posting' },
    );
    expect(asked.filter((s) => s.subject).map((s) => s.name)).toEqual(['Accounting', 'Economics', 'Finance']);
    expect(asked.find((s) => s.name === 'Microsoft Excel')?.subject).toBeUndefined();
    // Named at work as well, it is a skill shown, not only a subject.
    const both = extractSkills('B.S. Accounting, 2017\nManaged accounting for three firms.', {
      kind: 'resume',
    });
    expect(both.find((s) => s.name === 'Accounting')?.subject).toBeUndefined();
    // A resume template names the major again after the school, and a branch of engineering is a subject whatever its
    // category (eval-dev engineering and IT resumes).
    for (const [line, name] of [
      [
        'BS Degree : Electrical Engineering University of TN - City , State Electrical Engineering',
        'Electrical Engineering',
      ],
      ['Bachelor of Science : Electronics Engineering Technology', 'Electronics'],
      [
        'Ph. D : Mechanical Engineering , April, 2015 University of Washington - City , State Mechanical Engineering',
        'Mechanical Engineering',
      ],
    ] as const)
      expect(extractSkills(line, { kind: 'resume' }).find((s) => s.name === name)?.subject, line).toBe(true);
    // "Finance" alone is too plain a word to name the field without such a cue.
    expect(names('Our finance team is growing.')).not.toContain('Finance');
  });

  it('reads an ampersand between words as "and" ("Training & Development")', () => {
    expect(names('Skills: Training & Development, Compensation & Benefits')).toEqual([
      'Training and Development',
      'Compensation and Benefits',
    ]);
    expect(names('Led R&D for the sensor line')).toContain('Research and Development');
  });

  it('reads an acronym the text defines as something else as that thing', () => {
    const cms = 'Worked under the Centers for Medicare and Medicaid Services (CMS) on CMS reporting.';
    expect(names(cms)).not.toContain('CMS Management');
    expect(names('Migrated to Amazon Web Services (AWS) and ran AWS Lambda.')).toContain(
      'Amazon Web Services',
    );
    expect(names('Ran the CMS for the marketing site.')).toContain('CMS Management');
    // Defined in lower case too, when the acronym spells the words just before it.
    const plc =
      'Participate in weekly professional learning community (PLC) meetings with the math department.';
    expect(names(plc)).not.toContain('PLC');
    expect(names('Programmed programmable logic controllers (PLCs) and fixed PLC faults.')).toContain('PLC');
    expect(names('Wrote ladder logic for the line (PLC) and HMI screens.')).toContain('PLC');
  });

  it('reads an occupation in a wish for a position as the job hoped for, not one held', () => {
    const resume = (t: string) => extractSkills(t, { kind: 'resume' }).map((s) => s.name);
    expect(
      resume('Seeking the position of Commercial Underwriter II where I may use my risk analysis.'),
    ).not.toContain('Underwriting');
    expect(
      resume('PhD cleanroom expert looking for an opportunity to work as a full-time process engineer.'),
    ).not.toContain('Manufacturing Engineering');
    expect(resume('Process engineer seeking a new role in a fab.')).toContain('Manufacturing Engineering');
    expect(resume('Placed candidates seeking roles as process engineers in two fabs.')).not.toContain(
      'Manufacturing Engineering',
    );
    expect(resume('Worked as a process engineer for 5 years.')).toContain('Manufacturing Engineering');
  });

  it("reads a field that ends a company's name on a work-history line as the name, not a skill", () => {
    const resume = (t: string) => extractSkills(t, { kind: 'resume' }).map((s) => s.name);
    expect(resume('Software Engineer, Evergreen Logistics, Tacoma, WA  Jun 2014 – Jun 2016')).not.toContain(
      'Logistics',
    );
    // A verb, a title word or a degree before the field keeps it.
    expect(resume('Managed Logistics, 2019 - 2021')).toContain('Logistics');
    expect(resume('Head Logistics, Acme, 2019 - 2021')).toContain('Logistics');
    expect(resume('Planned inbound logistics for three warehouses, 2019')).toContain('Logistics');
    // A place before it: the title that follows the company and its town.
    expect(resume('Company Name - City , State Cashier, 2010 to 2012')).toContain('Cashiering');
  });

  it('tells Windows XP, Access Points, editions and wafer cleans from the skills of the same name', () => {
    expect(names('Supported a mixed Windows Server, Linux, XP desktop environment')).not.toContain(
      'Extreme Programming',
    );
    expect(names('Cisco Contact Center Express, Cisco Prime and Jabber')).not.toContain('Express');
    expect(names('Built REST APIs in Node.js and Express')).toContain('Express');
    expect(names('Wafer cleans (Piranha, RCA clean, HF dip)')).not.toContain('Root Cause Analysis');
    expect(names('Led the RCA for line failures')).toContain('Root Cause Analysis');
    expect(names('Prepared monthly expense reports for the sales team')).not.toContain('Concur');
  });

  it('reads "usage statistics" as figures, not the discipline', () => {
    expect(names('Design the application flow from usage statistics and field observations')).not.toContain(
      'Statistics',
    );
    expect(names('Strong background in statistics and probability')).toContain('Statistics');
  });
});
