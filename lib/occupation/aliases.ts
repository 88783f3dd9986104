/**
 * Common titles that ESCO v1.1.1 lacks, files somewhere surprising, or knows only as a generic title of an
 * unrelated occupation, as title -> ESCO occupation code. They are matched like preferred labels. Keep this short:
 * a title belongs here only when ESCO cannot name it well by itself.
 */
export const TITLE_ALIASES: Readonly<Record<string, string>> = {
  'full stack developer': '2512.4', // software developer
  'full stack engineer': '2512.4',
  'back end developer': '2512.4',
  'back end engineer': '2512.4',
  'software development engineer': '2512.4',
  'front end engineer': '2512.5', // user interface developer
  'mobile developer': '2514.2', // ICT application developer
  'android developer': '2514.2',
  'ios developer': '2514.2',
  'machine learning engineer': '2511.11', // ICT intelligent systems designer
  'machine learning scientist': '2511.11',
  'artificial intelligence engineer': '2511.11',
  'data engineer': '2511.4', // data scientist (ESCO lists "data engineer" there, among its generic titles)
  'site reliability engineer': '2522.1', // ICT system administrator
  'platform engineer': '2522.1',
  'devops engineer': '2522.1',
  'scrum master': '1330.7', // ICT project manager
  'agile coach': '1330.7',
  'product owner': '1223.1', // product manager
  'user experience designer': '2513.3', // user interface designer
  'equity analyst': '2413.1.4', // securities analyst
  'equity research analyst': '2413.1.4',
  'sales representative': '3322.1', // commercial sales representative (ESCO: a generic title of many)
  'sales executive': '3322.1',
  'sales associate': '5223.4', // sales assistant
  physician: '2211.1', // general practitioner
  doctor: '2211.1',
  'medical doctor': '2211.1',
  'finance director': '1211.1', // financial manager (ESCO files "finance director" under airport director)
  teacher: '2330.1', // secondary school teacher (ESCO's bare "teacher" is a generic title of politics lecturer)
  'substitute teacher': '2330.1',
  'registered nurse': '2221.2', // nurse responsible for general care
  'staff nurse': '2221.2',
  nurse: '2221.2',
  'certified nursing assistant': '5321.1.1', // nurse assistant
  'nursing assistant': '5321.1.1',
  'human resources generalist': '2423.3', // human resources officer
  'human resources business partner': '2423.3',
  'human resources executive': '2423.3',
  'human resources coordinator': '2423.3',
  'human resources consultant': '2423.3',
  recruiter: '2423.6', // recruitment consultant
  'talent acquisition specialist': '2423.6',
  'payroll specialist': '4313.1', // payroll clerk
  'accounts payable clerk': '4311.1', // billing clerk
  'accounts payable specialist': '4311.1',
  'accounts receivable specialist': '4311.1',
  pilot: '3153.2', // aircraft pilot
};
