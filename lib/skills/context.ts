// Context rules for forms that are also ordinary words ("Go", "R", "Excel", "Spring"). A context form counts
// only when written exactly as in the taxonomy and either sits in a list of other skills, follows a cue such
// as "in" or "with", or precedes a word that marks it as the tool ("R packages", "Excel spreadsheets").

export interface ContextRule {
  /** Previous words that make the tool reading likely. Replaces the default list when given. */
  before?: readonly string[];
  /** Following words that make the tool reading likely, added to the defaults. */
  after?: readonly string[];
  /** Previous words that rule the tool reading out ("to Go", "next Spring"). */
  notBefore?: readonly string[];
  /** Following words that rule the tool reading out ("Go to market", "Excel in"). */
  notAfter?: readonly string[];
  /** notBefore and notAfter rule out plain forms too ("your onboarding"), not only context forms. */
  everyForm?: true;
}

export const DEFAULT_BEFORE: readonly string[] = [
  'in', 'with', 'using', 'of', 'use', 'knowledge', 'experience', 'including', 'proficient', 'proficiency',
  'expertise', 'skilled', 'familiarity', 'familiar', 'written', 'like', 'via', 'languages', 'language',
  // the last token of "e.g." and of "such as"
  'g', 'as',
];
export const DEFAULT_AFTER: readonly string[] = [
  'programming', 'language', 'languages', 'developer', 'developers', 'development', 'framework', 'code', 'scripts',
  'scripting', 'experience', 'skills', 'proficiency', 'expertise',
];
const VERB_BEFORE = ['to', 'will', 'can', 'must', 'should', 'may', 'might', 'would', 'could', 'you', 'we', 'they', 'who', 'i', 'let'];

export const CONTEXT_RULES: Record<string, ContextRule> = {
  Go: {
    after: ['services', 'microservices', 'modules', 'routines', 'backend', 'engineer', 'engineers'],
    notBefore: VERB_BEFORE,
    notAfter: ['to', 'ahead', 'beyond', 'live', 'through', 'above', 'back', 'further', 'out', 'on', 'into', 'getter', 'get', 'far', 'with', 'for', 'the', 'a', 'an', 'green', 'big', 'home', 'fund', 'me'],
  },
  R: {
    after: ['packages', 'package', 'markdown', 'studio', 'shiny', 'libraries'],
    notAfter: ['d', 'n', 'b'],
  },
  'Microsoft Excel': {
    after: ['spreadsheets', 'spreadsheet', 'formulas', 'macros', 'models', 'modeling', 'modelling', 'pivot', 'workbooks', 'sheets', 'dashboards', 'reports', 'vba', 'functions', 'charts'],
    notBefore: VERB_BEFORE,
    notAfter: ['in', 'at', 'as', 'within', 'beyond'],
  },
  Spring: {
    before: ['with', 'using', 'of', 'knowledge', 'experience', 'including', 'proficient', 'proficiency', 'expertise', 'like', 'java'],
    after: ['framework', 'boot', 'mvc', 'cloud', 'security', 'data', 'batch', 'beans', 'integration'],
    notBefore: ['this', 'next', 'last', 'the', 'early', 'late', 'in'],
    notAfter: ['season', 'semester', 'term', 'break', 'quarter', 'intake', 'internship'],
  },
  'Microsoft Word': { after: ['documents', 'document', 'processing'], notBefore: ['the', 'a', 'one', 'last'] },
  'Microsoft Access': { before: ['in', 'using', 'of'], after: ['database', 'databases', 'queries', 'reports', 'forms'] },
  'Microsoft Outlook': { after: ['calendar', 'calendars', 'email', 'e-mail'], notBefore: ['positive', 'the', 'an', 'future', 'financial'] },
  'Microsoft Teams': { before: [], after: ['meetings', 'channels'] },
  'Epic Systems': { after: ['ehr', 'emr', 'systems', 'charting', 'certification', 'certified'] },
  Chef: { before: ['using', 'with'], notBefore: ['sous', 'executive', 'head', 'pastry', 'line', 'personal', 'as', 'a'] },
  Puppet: { before: ['using', 'with'] },
  'Apache HTTP Server': { before: ['using', 'with'], after: ['server', 'web', 'httpd'], notAfter: ['spark', 'kafka', 'beam', 'flink', 'hadoop', 'airflow'] },
  'Node.js': { after: ['modules', 'backend', 'services', 'apis'] },
  'Continuous Delivery': { before: [] },
  'Lean Manufacturing': { after: ['manufacturing', 'principles', 'methodology', 'methodologies', 'tools', 'practices', 'techniques'] },
  'Software Testing': { before: [] },
  'Extreme Programming': { before: [] },
  // "web animation", "CSS animations": motion in an interface, not the animator's craft.
  Animation: { notBefore: ['web', 'css', 'ui', 'svg', 'js', 'javascript', 'scroll', 'page', 'interface'] },
  // "your onboarding", "a smooth onboarding": the employer onboarding the new hire, not the HR skill.
  Onboarding: {
    notBefore: ['your', 'our', 'smooth', 'structured', 'thorough', 'quality', 'comprehensive', 'personal', 'individual', 'remote', 'great', 'dedicated', 'extensive', 'month', 'week'],
    notAfter: ['buddy', 'period', 'phase', 'week', 'weeks', 'days'],
    everyForm: true,
  },
  Cleaning: { after: ['duties', 'services', 'staff', 'supplies', 'equipment', 'chemicals', 'schedules'], notBefore: ['data'] },
  Translation: { after: ['services', 'agency', 'projects', 'memory', 'tools'], notBefore: ['machine', 'protein', 'address'] },
  'CAN Bus': { before: ['over', 'via'], after: ['bus', 'protocol', 'protocols', 'network'] },
};

// A spoken language counts only when stated as one ("fluent in Spanish", "bilingual English/Spanish",
// "Languages: ..."), never in "English learners", "Spanish-style" or "application in English".
export const SPOKEN_LANGUAGE_CUES: ReadonlySet<string> = new Set([
  'fluent', 'fluency', 'fluently', 'bilingual', 'multilingual', 'trilingual', 'native', 'speaker', 'speakers', 'speak',
  'speaks', 'speaking', 'spoken', 'written', 'verbal', 'oral', 'proficient', 'proficiency', 'command', 'conversational',
  'language', 'languages', 'mother', 'tongue', 'knowledge', 'a1', 'a2', 'b1', 'b2', 'c1', 'c2', 'cefr', 'interpret',
  'interpreting', 'interpreter', 'translate', 'translating', 'translation', 'translator', 'read', 'write', 'business',
  'skills', 'communication', 'communicate', 'communicator', 'orally', 'writing', 'master', 'courses', 'course',
  'classes', 'lessons',
]);
export const SPOKEN_LANGUAGE_WINDOW = { before: 8, after: 4 } as const;

export function ruleFor(skillName: string): ContextRule {
  return CONTEXT_RULES[skillName] ?? {};
}
