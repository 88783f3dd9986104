// Fixtures for the recruiter specs: the export's columns, and for e2e/workspace.spec.ts generated text resumes of
// varied professions and skills, zipped by the one zip writer (test-support/zip.ts).
import { buildZip } from '../test-support/zip';

export interface GeneratedResume {
  file: string;
  name: string;
  email: string;
  profession: string;
  hasKubernetesAndPython: boolean;
  text: string;
}

interface Profession {
  title: string;
  count: number;
  skills: string[];
  summary: string;
  duties: string[];
  employers: [string, string];
  degree: string;
}

// Kubernetes and Python appear together only in the first two; nothing that implies either (EKS, Helm, Django,
// pandas...) appears in a resume that should lack it.
const PROFESSIONS: Profession[] = [
  {
    title: 'Platform Engineer',
    count: 12,
    skills: ['Kubernetes', 'Python', 'Terraform', 'AWS', 'Docker', 'Prometheus', 'Linux'],
    summary:
      'Platform engineer who builds and runs cloud infrastructure for product teams, with a focus on reliability and automation.',
    duties: [
      'Operated production Kubernetes clusters on AWS serving 40 services, with Terraform for every environment.',
      'Wrote Python tooling that automated deployments and cut release time from hours to minutes.',
      'Set up Prometheus alerting and on-call runbooks for the platform team.',
    ],
    employers: ['Northwind Cloud', 'Contoso Systems'],
    degree: 'BSc Computer Science',
  },
  {
    title: 'Machine Learning Engineer',
    count: 4,
    skills: ['Python', 'PyTorch', 'Kubernetes', 'MLflow', 'Docker', 'SQL'],
    summary: 'Machine learning engineer who takes models from notebooks to production services.',
    duties: [
      'Trained PyTorch models in Python and served them on Kubernetes with autoscaling.',
      'Tracked experiments and model versions in MLflow for a team of eight.',
      'Built SQL feature pipelines feeding daily retraining jobs.',
    ],
    employers: ['Fabrikam AI', 'Tailspin Labs'],
    degree: 'MSc Machine Learning',
  },
  {
    title: 'Site Reliability Engineer',
    count: 7,
    skills: ['Kubernetes', 'Go', 'Terraform', 'Google Cloud', 'Grafana', 'Linux'],
    summary: 'Site reliability engineer keeping large distributed systems fast and available.',
    duties: [
      'Ran Kubernetes clusters on Google Cloud with Terraform and Grafana dashboards.',
      'Wrote Go services for traffic management and incident automation.',
      'Led incident reviews and cut paging volume by half.',
    ],
    employers: ['Litware Networks', 'Proseware'],
    degree: 'BSc Software Engineering',
  },
  {
    title: 'Data Scientist',
    count: 8,
    skills: ['Python', 'Statistics', 'SQL', 'Tableau', 'A/B testing'],
    summary: 'Data scientist turning product data into decisions with experiments and forecasting.',
    duties: [
      'Designed A/B testing programmes and analysed them in Python and SQL.',
      'Built churn forecasts with statistics and machine learning for the marketing team.',
      'Presented findings to executives with Tableau dashboards.',
    ],
    employers: ['Adventure Works', 'Wingtip Analytics'],
    degree: 'MSc Statistics',
  },
  {
    title: 'Java Developer',
    count: 6,
    skills: ['Java', 'Spring Boot', 'PostgreSQL', 'REST APIs', 'Maven'],
    summary: 'Backend developer building dependable Java services for banking and retail.',
    duties: [
      'Built REST APIs in Java with Spring Boot and PostgreSQL for a retail bank.',
      'Kept Maven builds and test suites green across twelve services.',
      'Mentored two junior developers through code review.',
    ],
    employers: ['Woodgrove Bank', 'Coho Retail'],
    degree: 'BSc Computer Science',
  },
  {
    title: 'Registered Nurse',
    count: 5,
    skills: ['Patient care', 'Medication administration', 'Electronic health records', 'Triage'],
    summary: 'Registered nurse with acute care experience and calm judgement under pressure.',
    duties: [
      'Provided patient care for up to six patients per shift on a surgical ward.',
      'Administered medication and kept electronic health records accurate.',
      'Performed triage in the emergency department during winter surges.',
    ],
    employers: ['St Mary Hospital', 'City General Hospital'],
    degree: 'BSc Nursing',
  },
  {
    title: 'Accountant',
    count: 4,
    skills: ['Financial reporting', 'Excel', 'Accounts payable', 'Audit'],
    summary: 'Chartered accountant who closes the books on time and keeps auditors happy.',
    duties: [
      'Prepared monthly financial reporting and reconciliations in Excel.',
      'Ran accounts payable for a group of five companies.',
      'Coordinated the year-end audit with external auditors.',
    ],
    employers: ['Blue Yonder Finance', 'Trey Research'],
    degree: 'BA Accounting',
  },
  {
    title: 'Frontend Developer',
    count: 3,
    skills: ['React', 'TypeScript', 'CSS', 'Accessibility'],
    summary: 'Frontend developer who ships fast, accessible interfaces.',
    duties: [
      'Built React and TypeScript interfaces used by a million customers.',
      'Raised accessibility scores to WCAG AA across the product.',
      'Wrote a CSS design system shared by four teams.',
    ],
    employers: ['Humongous Insurance', 'Lucerne Publishing'],
    degree: 'BA Interaction Design',
  },
];

const FIRST = [
  'Amara',
  'Bruno',
  'Chloe',
  'Dmitri',
  'Elena',
  'Farid',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Keiko',
  'Liam',
  'Maya',
  'Nikolai',
  'Olga',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sanjay',
  'Tamsin',
  'Umar',
  'Vera',
  'Wilhelm',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Arjun',
];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Petrov', 'Castillo', 'Haddad', 'Nakamura', 'Brennan'];

/** 49 distinct resumes: 16 with both Kubernetes and Python (platform and ML engineers), the rest with one or neither. */
export function generateResumes(): GeneratedResume[] {
  const out: GeneratedResume[] = [];
  let n = 0;
  for (const p of PROFESSIONS) {
    for (let i = 0; i < p.count; i++, n++) {
      const name = `${FIRST[n % FIRST.length]} ${LAST[(n * 3 + Math.floor(n / FIRST.length)) % LAST.length]}`;
      const email = `${name.toLowerCase().replace(' ', '.')}.${n}@example.com`;
      const years = 3 + ((n * 7) % 12);
      const start = 2025 - years;
      const middle = start + Math.max(1, Math.floor(years / 2));
      const text = [
        name,
        p.title,
        `${email} · +1 555 01${String(n).padStart(2, '0')} · ${['Berlin', 'Lisbon', 'Toronto', 'Austin'][n % 4]}`,
        '',
        'Summary',
        `${p.summary} ${years} years of experience.`,
        '',
        'Skills',
        p.skills.join(', '),
        '',
        'Experience',
        `Senior ${p.title}, ${p.employers[0]} — ${middle} – 2025`,
        ...p.duties.slice(0, 2).map((d) => `- ${d}`),
        '',
        `${p.title}, ${p.employers[1]} — ${start} – ${middle}`,
        `- ${p.duties[2]}`,
        '',
        'Education',
        `${p.degree}, ${start - 4} – ${start}`,
        '',
      ].join('\n');
      out.push({
        file: `${String(n + 1).padStart(2, '0')}-${name.toLowerCase().replace(' ', '-')}.txt`,
        name,
        email,
        profession: p.title,
        hasKubernetesAndPython: p.skills.includes('Kubernetes') && p.skills.includes('Python'),
        text,
      });
    }
  }
  return out;
}

export const PLATFORM_POSTING = `About the role
We run a platform that hundreds of engineers deploy to every day. You will keep it fast, safe and boring.

Responsibilities
- Operate and improve our production Kubernetes clusters on AWS
- Automate infrastructure and deployments with Terraform and Python
- Own monitoring and alerting with Prometheus

Requirements
- 4+ years of experience running production infrastructure
- Strong hands-on experience with Kubernetes in production
- Python for automation and internal tooling
- Infrastructure as code with Terraform
- Experience with AWS

Nice to have
- Go
- Grafana dashboards
`;

export const DATA_POSTING = `About the role
Our analytics team turns product data into decisions. You will design experiments and build forecasts.

Requirements
- 3+ years of experience as a data scientist
- Strong Python and SQL for analysis
- Statistics and A/B testing: designing experiments and reading them correctly
- Communicating findings with Tableau dashboards

Nice to have
- Machine learning for forecasting
`;

/** A zip of the given files, as a Buffer (what Playwright's file inputs take), by the one zip writer. */
export function makeZip(files: { name: string; data: Buffer }[]): Buffer {
  return Buffer.from(buildZip(files));
}

/**
 * The export's columns as recruiters' spreadsheets read them, by name and by position. Written out here rather than
 * imported from lib/workspace/export.ts: the e2e specs check each export against it, so renaming, dropping or
 * reordering a column fails them until this list is changed on purpose too.
 */
export const EXPORT_COLUMNS = [
  'Rank',
  'Candidate',
  'Score',
  'Band',
  'Matched skills',
  'Missing required skills',
  'Missing nice-to-have skills',
  'Status',
  'Notes',
  'Claimed skills (not in the resume)',
] as const;

/** The export read back with the app's own CSV reader. */
export { parseCsv } from '../lib/export/csv';
