/**
 * Fictional job postings that start-up (services/startup.ts) posts on an empty database, and the bench reuses.
 * Companies, people and details are invented; the text is written to read like a real job board paste. Content, not
 * persistence, so it lives with the service that posts it rather than in db/.
 */
import 'server-only';
export interface DemoJob {
  title: string;
  company: string;
  location: string;
  description: string;
}

export const DEMO_JOBS: readonly DemoJob[] = [
  {
    title: 'Machine Learning Engineer',
    company: 'Northwind Analytics',
    location: 'Seattle, WA (Hybrid)',
    description: `About the role
Northwind Analytics builds demand forecasting models for regional grocery and pharmacy chains. We are looking for a Machine Learning Engineer to take models from notebook to production and keep them healthy once they are there. You will sit between our research scientists and our platform team, owning training pipelines, model serving, and the tooling that lets us ship a retrained model every week without drama.

Responsibilities
- Design, build, and maintain training and batch inference pipelines in Python
- Package models with Docker and deploy them to our Kubernetes clusters on AWS (EKS)
- Track experiments, register models, and manage promotion between stages in MLflow
- Work with data engineers to build reliable feature sets from our Snowflake warehouse using SQL
- Add monitoring for data drift, latency, and prediction quality, and respond when something looks off
- Review code and help set engineering standards for the ML team

Requirements
- 3+ years of experience building and deploying machine learning systems in production
- Strong Python skills and hands-on experience with PyTorch
- Production experience with Kubernetes, including writing manifests or Helm charts and debugging pods
- Experience using MLflow for experiment tracking and the model registry
- Comfortable with Docker and container-based workflows
- Working knowledge of AWS (S3, EC2, EKS, IAM)
- Solid SQL; you can write and optimize non-trivial analytical queries
- Bachelor's degree in Computer Science, Statistics, or a related field, or equivalent experience

Nice to have
- Experience with Kubeflow Pipelines or a similar workflow orchestrator
- Infrastructure as code with Terraform
- Familiarity with time-series forecasting methods
- Exposure to GPU scheduling and cost optimization on AWS

What we offer
Competitive salary ($150,000 to $185,000), equity, a fully covered health plan for you and your dependents, and two in-office days a week at our Capitol Hill office.`,
  },
  {
    title: 'Senior Backend Engineer',
    company: 'Ledgerline',
    location: 'Remote (US)',
    description: `About the role
Ledgerline moves money for small lenders: loan disbursements, repayments, and the reconciliation that ties them together. Our core services are written in Go and handle a few million transactions a day. As a Senior Backend Engineer on the Payments team, you will design new services, harden existing ones, and help us scale without losing a cent along the way.

Responsibilities
- Build and own Go microservices that expose gRPC APIs to internal clients
- Model financial data in PostgreSQL with a strong focus on correctness, idempotency, and auditability
- Design event-driven workflows on Kafka, including schema evolution and consumer retries
- Run services in production on AWS and take part in a shared on-call rotation (roughly one week in six)
- Write design docs, lead technical discussions, and mentor mid-level engineers
- Partner with product and compliance to turn regulatory requirements into working software

Requirements
- 5+ years of professional backend development experience, with at least 2 years writing Go in production
- Deep experience with PostgreSQL: schema design, indexing, transactions, and query tuning
- Experience designing and versioning gRPC and Protocol Buffers APIs
- Hands-on experience with Kafka or a comparable event streaming platform
- Practical knowledge of AWS services such as RDS, ECS or EKS, SQS, and CloudWatch
- A track record of shipping reliable distributed systems and debugging them under pressure
- Clear written communication; we are remote-first and rely heavily on docs

Preferred qualifications
- Background in payments, banking, or another regulated industry
- Experience with observability tooling like OpenTelemetry, Datadog, or Grafana
- Familiarity with Terraform
- Contributions to open-source Go projects

Compensation for this role is $175,000 to $210,000 plus equity. We hire anywhere in the continental US and meet in person twice a year.`,
  },
  {
    title: 'Frontend Developer',
    company: 'Brightpath Learning',
    location: 'Austin, TX',
    description: `About the role
Brightpath makes reading practice software used by about 4,000 elementary schools. Our students are seven to eleven years old, and many of them use screen readers, switch devices, or shared Chromebooks with spotty Wi-Fi. We need a Frontend Developer who cares about building interfaces that work for every kid, not just the ones with the newest hardware.

What you'll do
- Build new features in our React and TypeScript codebase, which is served through Next.js
- Turn Figma designs into responsive, pixel-careful layouts using modern CSS (Grid, Flexbox, custom properties)
- Make accessibility part of the definition of done: semantic HTML, keyboard navigation, focus management, and ARIA where it actually helps
- Write unit tests with Jest and React Testing Library, and end-to-end tests with Playwright
- Profile and improve page performance on low-end devices
- Collaborate with designers, teachers on our advisory panel, and backend engineers

What we're looking for
- 2+ years of professional experience building web applications with React
- Strong TypeScript skills
- Experience with Next.js, including server-side rendering and routing
- Solid command of CSS without leaning entirely on a component library
- Working knowledge of WCAG 2.1 AA and experience testing with screen readers such as VoiceOver or NVDA
- Comfort with Git-based workflows and code review

Nice to have
- Experience with Tailwind CSS or CSS Modules
- Familiarity with Storybook
- Background in edtech or building products for children
- Experience with web animation that respects reduced-motion settings

We offer a salary range of $105,000 to $130,000, a generous professional development budget, and a four-day work week during the summer.`,
  },
  {
    title: 'Data Analyst',
    company: 'Harborview Retail Group',
    location: 'Chicago, IL (Hybrid)',
    description: `About the role
Harborview runs 62 home goods stores across the Midwest and a growing online shop. Our merchandising and operations teams make decisions every week about pricing, inventory, and staffing, and they want better numbers to make those calls. The Data Analyst will own a set of core reports, answer ad hoc questions, and help move the business off of emailed spreadsheets and onto dashboards people actually trust.

Responsibilities
- Write SQL queries against our sales, inventory, and loyalty program data
- Build and maintain Tableau dashboards for store operations and merchandising leadership
- Support the finance team's Power BI reports during the transition to a single BI platform
- Run analyses in Python (pandas, Jupyter) when a question is too big or messy for a spreadsheet
- Produce weekly and monthly performance summaries in Excel for regional managers
- Document metric definitions and work with data engineering to fix data quality issues at the source

Requirements
- 2+ years of experience in a data analyst, business analyst, or similar role
- Strong SQL skills, including joins, window functions, and CTEs
- Advanced Excel: pivot tables, XLOOKUP, and building models other people can follow
- Hands-on experience building dashboards in Tableau or Power BI (ideally both)
- Working knowledge of Python for data cleaning and analysis
- Ability to explain findings to non-technical audiences in plain language
- Bachelor's degree in economics, statistics, business, or a related field

Nice to have
- Retail or e-commerce analytics experience
- Familiarity with dbt or another data transformation tool
- Experience with A/B testing or basic statistical modeling
- Exposure to Snowflake or BigQuery

Salary range is $72,000 to $88,000 with an annual bonus. The team works from our West Loop office on Tuesdays and Thursdays.`,
  },
  {
    title: 'DevOps / Platform Engineer',
    company: 'Cobalt Health Systems',
    location: 'Denver, CO (Remote-friendly)',
    description: `About the role
Cobalt Health builds scheduling and care-coordination software for outpatient clinics. Our platform team of five supports roughly 40 product engineers, and we want deploying to production to feel boring in the best possible way. You will help run our Kubernetes platform, improve our delivery pipelines, and make the observability stack something engineers reach for instead of avoid.

In this role you will
- Operate and upgrade our Kubernetes clusters on Google Cloud (GKE) across staging and production
- Manage infrastructure as code with Terraform, including module design and state hygiene
- Own our CI/CD pipelines in GitHub Actions, cutting build times and making releases repeatable
- Run the monitoring stack: Prometheus, Alertmanager, and Grafana, plus on-call runbooks
- Build self-service tooling so product teams can create services and environments without filing a ticket
- Support HIPAA compliance work alongside our security team, including audit logging and access controls

You should have
- 4+ years of experience in DevOps, SRE, or platform engineering
- Production experience running Kubernetes, including networking, RBAC, and troubleshooting workloads
- Strong Terraform skills across multiple environments
- Experience designing CI/CD pipelines; GitHub Actions experience strongly preferred
- Experience with Prometheus-based monitoring and writing useful, low-noise alerts
- Scripting ability in Bash plus one of Python or Go
- A calm, methodical approach to incidents and a habit of writing blameless postmortems

Bonus points
- Experience with Argo CD or Flux for GitOps deployments
- Helm chart authoring
- Familiarity with service meshes such as Istio or Linkerd
- Prior work in healthcare or another regulated environment
- Certified Kubernetes Administrator (CKA)

Base salary is $140,000 to $165,000. Remote within US Mountain or Central time zones, with an optional office in LoDo.`,
  },
  {
    title: 'Registered Nurse - Medical ICU',
    company: 'St. Agnes Regional Medical Center',
    location: 'Columbus, OH',
    description: `About the role
St. Agnes Regional is a 410-bed teaching hospital and Level II trauma center. Our 24-bed Medical Intensive Care Unit cares for patients with sepsis, respiratory failure, GI bleeds, and multi-system organ failure. We are hiring full-time Registered Nurses for night shift (three 12-hour shifts per week, 7p to 7a) who want to grow in critical care with strong support from experienced charge nurses and a dedicated clinical educator.

Responsibilities
- Perform and document comprehensive patient assessments, including hemodynamic and neurological monitoring
- Administer medications, IV drips, and blood products safely, following titration protocols and the five rights
- Manage patients on mechanical ventilation, arterial lines, and central lines
- Respond to rapid responses and codes; initiate interventions per ACLS protocols
- Chart accurately and in real time in Epic
- Educate patients and families, and coordinate care with physicians, respiratory therapists, pharmacists, and case management
- Precept nursing students and new graduates once experienced on the unit

Requirements
- Active Registered Nurse license in Ohio or a multistate compact license
- Current BLS and ACLS certification from the American Heart Association (ACLS may be obtained within 90 days of hire)
- 1+ year of acute care experience in ICU, step-down, or med-surg
- Experience with electronic health records; Epic strongly preferred
- Strong critical thinking and prioritization skills in a fast-paced environment
- Associate degree in Nursing required

Preferred qualifications
- BSN from an accredited program
- CCRN certification
- Experience with CRRT or titrating vasoactive medications
- NIH Stroke Scale certification

We offer a $10,000 sign-on bonus for experienced ICU nurses, night shift differential, tuition reimbursement toward a BSN or MSN, and a clinical ladder program with pay increases at each level.`,
  },
  {
    title: 'Staff Accountant',
    company: 'Mapleton Manufacturing Co.',
    location: 'Grand Rapids, MI',
    description: `About the role
Mapleton Manufacturing is a family-owned maker of commercial shelving and store fixtures, with two plants and about 300 employees. Our finance team is small and hands-on, and we are adding a Staff Accountant to help with the close, keep the subledgers clean, and support our migration from QuickBooks Enterprise to NetSuite later this year. You will report to the Accounting Manager and work closely with our Controller.

Responsibilities
- Prepare journal entries, accruals, and prepaid amortization schedules as part of month-end close
- Perform balance sheet reconciliations for cash, inventory, fixed assets, and accrued liabilities
- Oversee accounts payable processing, including three-way match, vendor setup, and weekly check runs
- Support accounts receivable: customer invoicing, cash application, and collections follow-up
- Maintain the fixed asset register and calculate depreciation
- Help prepare schedules for the annual external audit and quarterly sales and use tax filings
- Participate in testing and data cleanup for the NetSuite implementation

Requirements
- Bachelor's degree in Accounting or Finance
- 2+ years of experience in general accounting, ideally in a manufacturing or distribution environment
- Solid understanding of GAAP and the month-end close process
- Hands-on experience with QuickBooks, NetSuite, or a similar ERP system
- Strong Excel skills, including pivot tables, VLOOKUP or XLOOKUP, and building clean reconciliation workbooks
- Careful attention to detail and the ability to meet hard deadlines

Preferred qualifications
- CPA, or actively working toward CPA licensure
- Experience with inventory costing and standard cost accounting
- Prior involvement in an ERP migration
- Public accounting experience

Pay range is $62,000 to $75,000 depending on experience, plus an annual profit-sharing bonus. We are fully on-site and offer a 401(k) with a 5% match and paid CPA exam fees.`,
  },
  {
    title: 'Account Executive, Mid-Market',
    company: 'Fieldstone Software',
    location: 'Boston, MA (Hybrid)',
    description: `About the role
Fieldstone makes field service management software for HVAC, plumbing, and electrical contractors. We have grown to $30M in ARR by selling to businesses with 20 to 200 technicians, and we are expanding our mid-market sales team. As an Account Executive you will run the full sales cycle, from first conversation through signed contract, for companies that are usually replacing paper tickets or an aging on-premise system.

What you'll be doing
- Prospect into your territory through outbound calls, email, LinkedIn, and industry events
- Work inbound leads qualified by our SDR team and convert them into real opportunities
- Run discovery calls and tailored product demos for owners, operations managers, and dispatchers
- Build business cases, handle pricing conversations, and negotiate contract terms
- Keep your pipeline accurate and current in Salesforce and forecast your quarter with confidence
- Partner with solutions engineers and customer success for a clean handoff after close
- Consistently meet or exceed a quarterly quota

What you bring
- 3+ years of B2B SaaS sales experience, including at least 2 years in a closing Account Executive role
- A documented history of quota attainment (please include numbers on your resume)
- Comfort running a sales cycle of 30 to 90 days with multiple decision makers
- Strong pipeline management habits and daily working knowledge of Salesforce
- Confident negotiation skills and the ability to hold value without leading with discounts
- Excellent listening, writing, and presentation skills

Nice to have
- Experience selling to trades, construction, or other SMB verticals
- Familiarity with MEDDICC, Challenger, or a similar sales methodology
- Experience with Gong, Outreach, or Salesloft

On-target earnings of $150,000 to $170,000 (50/50 base and commission, uncapped), plus equity. Hybrid schedule with three days a week in our Seaport office.`,
  },
  {
    title: 'High School Mathematics Teacher',
    company: 'Lakeside Unified School District',
    location: 'Sacramento, CA',
    description: `About the role
Lakeside High School serves about 1,800 students in grades 9 through 12, and nearly half of them are multilingual learners. Our math department is hiring a full-time teacher for the 2025-26 school year to teach Integrated Math I and II, with the possibility of one section of AP Precalculus. We are a collaborative department that shares unit plans, analyzes common assessments together, and believes every student can succeed in math with the right support.

Responsibilities
- Plan and deliver standards-aligned lessons based on the California Common Core State Standards for Mathematics
- Use differentiated instruction to support students at a wide range of readiness levels, including English learners and students with IEPs or 504 plans
- Establish a positive, structured classroom management approach grounded in clear routines and relationships
- Design formative and summative assessments and use the data to adjust instruction
- Post assignments, materials, and feedback in Google Classroom and keep grades current in Aeries
- Communicate regularly with families and attend IEP meetings, parent conferences, and back-to-school night
- Participate in weekly professional learning community (PLC) meetings with the math department

Requirements
- Valid California Single Subject Teaching Credential in Mathematics (or Foundational-Level Mathematics), or eligibility to obtain one before the start date
- Bachelor's degree in mathematics, math education, or a related field
- Student teaching or classroom experience at the secondary level
- Experience with lesson planning and unit design tied to standards
- Working knowledge of Google Classroom and other classroom technology
- English Learner Authorization (CLAD or equivalent)

Preferred qualifications
- 2+ years of full-time teaching experience in high school mathematics
- Experience teaching AP courses
- Familiarity with Desmos, GeoGebra, or Illustrative Mathematics curriculum
- Bilingual in Spanish or Hmong
- Interest in coaching or advising a student club

Salary placement follows the district certificated salary schedule ($62,400 to $108,900) based on education and experience, with full health benefits and CalSTRS retirement.`,
  },
  {
    title: 'HR Generalist',
    company: 'Tidewater Logistics',
    location: 'Norfolk, VA',
    description: `About the role
Tidewater Logistics operates warehouses and a regional trucking fleet across Virginia and North Carolina, with about 650 employees. Our HR team of four supports everyone from forklift operators on second shift to our corporate office staff. The HR Generalist is a true all-rounder: you will handle recruitment and onboarding, be the first point of contact for employee questions, and keep our Workday data and payroll inputs accurate.

Key responsibilities
- Manage full-cycle recruitment for hourly and salaried roles: posting jobs, screening candidates, coordinating interviews, and extending offers
- Run new-hire onboarding, including I-9 verification, background checks, and first-week orientation
- Maintain employee records and process job changes, transfers, and terminations in Workday
- Partner with our payroll specialist to review biweekly payroll inputs, timekeeping exceptions, and leave adjustments
- Handle employee relations issues: listen to concerns, conduct fair investigations, and recommend resolutions to managers
- Administer FMLA, ADA accommodations, and workers' compensation claims
- Keep policies and practices compliant with federal and Virginia employment law, and help update the employee handbook

Qualifications
- 3+ years of HR generalist experience, preferably in logistics, manufacturing, or another multi-shift environment
- Hands-on experience with an HRIS; Workday experience is a strong plus
- Working knowledge of employment law, including FLSA, FMLA, ADA, Title VII, and EEO
- Experience supporting payroll processing and resolving pay discrepancies
- Solid judgment and discretion with confidential information
- Comfortable spending time on the warehouse floor, not just behind a desk
- Bachelor's degree in Human Resources, Business, or a related field, or equivalent experience

Nice to have
- SHRM-CP or PHR certification
- Spanish language skills
- Experience with DOT driver qualification files and drug testing programs
- Familiarity with ADP Workforce Now or UKG

Salary range is $64,000 to $76,000, with medical, dental, and vision coverage starting on day one and a 401(k) with company match.`,
  },
];
