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
  /** Words that put a word form in its area when within NEAR_WINDOW words on its line ("audited" near "accounts"). */
  near?: readonly string[];
}

/** How far, in words either side, a word form looks for a word of its area. */
export const NEAR_WINDOW = 4;

// Words of bookkeeping that put "audit", "reconcile", "budget" or "forecast" in the accounting sense.
const LEDGER_WORDS = [
  'account',
  'accounts',
  'accounting',
  'bank',
  'balance',
  'balances',
  'ledger',
  'ledgers',
  'subledger',
  'gl',
  'vendor',
  'vendors',
  'supplier',
  'intercompany',
  'cash',
  'statement',
  'statements',
  'financial',
  'financials',
  'finance',
  'books',
  'invoices',
  'payments',
  'transactions',
  'expenses',
  'revenue',
  'p',
  'l',
  'month',
  'monthly',
  'quarterly',
  'annual',
  'year',
  'fiscal',
];

export const DEFAULT_BEFORE: readonly string[] = [
  'in',
  'with',
  'using',
  'of',
  'use',
  'knowledge',
  'experience',
  'including',
  'proficient',
  'proficiency',
  'expertise',
  'skilled',
  'familiarity',
  'familiar',
  'written',
  'like',
  'via',
  'languages',
  'language',
  // the last token of "e.g." and of "such as"
  'g',
  'as',
];
export const DEFAULT_AFTER: readonly string[] = [
  'programming',
  'language',
  'languages',
  'developer',
  'developers',
  'development',
  'framework',
  'code',
  'scripts',
  'scripting',
  'experience',
  'skills',
  'proficiency',
  'expertise',
];
const VERB_BEFORE = [
  'to',
  'will',
  'can',
  'must',
  'should',
  'may',
  'might',
  'would',
  'could',
  'you',
  'we',
  'they',
  'who',
  'i',
  'let',
];

export const CONTEXT_RULES: Record<string, ContextRule> = {
  Go: {
    after: ['services', 'microservices', 'modules', 'routines', 'backend', 'engineer', 'engineers'],
    notBefore: VERB_BEFORE,
    notAfter: [
      'to',
      'ahead',
      'beyond',
      'live',
      'through',
      'above',
      'back',
      'further',
      'out',
      'on',
      'into',
      'getter',
      'get',
      'far',
      'with',
      'for',
      'the',
      'a',
      'an',
      'green',
      'big',
      'home',
      'fund',
      'me',
    ],
  },
  R: {
    after: ['packages', 'package', 'markdown', 'studio', 'shiny', 'libraries'],
    notAfter: ['d', 'n', 'b'],
  },
  'Microsoft Excel': {
    after: [
      'spreadsheets',
      'spreadsheet',
      'formulas',
      'macros',
      'models',
      'modeling',
      'modelling',
      'pivot',
      'workbooks',
      'sheets',
      'dashboards',
      'reports',
      'vba',
      'functions',
      'charts',
    ],
    // "exported the figures to Excel": after "to" the capitalised name is the product unless "in" or "at" follows.
    before: [...DEFAULT_BEFORE, 'to', 'into', 'from'],
    notBefore: VERB_BEFORE.filter((w) => w !== 'to'),
    notAfter: ['in', 'at', 'as', 'within', 'beyond', 'and', 'grow', 'together'],
  },
  Spring: {
    before: [
      'with',
      'using',
      'of',
      'knowledge',
      'experience',
      'including',
      'proficient',
      'proficiency',
      'expertise',
      'like',
      'java',
    ],
    after: ['framework', 'boot', 'mvc', 'cloud', 'security', 'data', 'batch', 'beans', 'integration'],
    notBefore: ['this', 'next', 'last', 'the', 'early', 'late', 'in'],
    notAfter: ['season', 'semester', 'term', 'break', 'quarter', 'intake', 'internship'],
  },
  'Microsoft Word': {
    after: ['documents', 'document', 'processing'],
    notBefore: ['the', 'a', 'one', 'last'],
  },
  'Microsoft Access': {
    before: ['in', 'using', 'of'],
    after: ['database', 'databases', 'queries', 'reports', 'forms'],
  },
  'Microsoft Outlook': {
    after: ['calendar', 'calendars', 'email', 'e-mail'],
    notBefore: ['positive', 'the', 'an', 'future', 'financial'],
  },
  'Microsoft Teams': { before: [], after: ['meetings', 'channels'] },
  'Epic Systems': { after: ['ehr', 'emr', 'systems', 'charting', 'certification', 'certified'] },
  Chef: {
    before: ['using', 'with'],
    notBefore: ['sous', 'executive', 'head', 'pastry', 'line', 'personal', 'as', 'a'],
  },
  Puppet: { before: ['using', 'with'] },
  'Apache HTTP Server': {
    before: ['using', 'with'],
    after: ['server', 'web', 'httpd'],
    notAfter: ['spark', 'kafka', 'beam', 'flink', 'hadoop', 'airflow'],
  },
  'Node.js': { after: ['modules', 'backend', 'services', 'apis'] },
  'Continuous Delivery': { before: [] },
  'Lean Manufacturing': {
    after: [
      'manufacturing',
      'principles',
      'methodology',
      'methodologies',
      'tools',
      'practices',
      'techniques',
    ],
  },
  'Software Testing': { before: [] },
  'Extreme Programming': { before: [] },
  // "web animation", "CSS animations": motion in an interface, not the animator's craft.
  Animation: { notBefore: ['web', 'css', 'ui', 'svg', 'js', 'javascript', 'scroll', 'page', 'interface'] },
  // "your onboarding", "a smooth onboarding": the employer onboarding the new hire, not the HR skill.
  Onboarding: {
    notBefore: [
      'your',
      'our',
      'smooth',
      'structured',
      'thorough',
      'quality',
      'comprehensive',
      'personal',
      'individual',
      'remote',
      'great',
      'dedicated',
      'extensive',
      'month',
      'week',
    ],
    notAfter: ['buddy', 'period', 'phase', 'week', 'weeks', 'days'],
    everyForm: true,
  },
  // "inventory levels", "Cashiering, Inventory, Loss Prevention"; not "cash, inventory, fixed assets" or "sales, inventory data".
  'Inventory Management': {
    after: [
      'levels',
      'control',
      'audits',
      'audit',
      'counts',
      'counting',
      'accuracy',
      'discrepancies',
      'tracking',
      'replenishment',
      'management',
      'planning',
    ],
    notBefore: ['cash', 'sales', 'our', 'the', 'rental', 'task', 'asset', 'data'],
    notAfter: ['data', 'storage', 'costing', 'valuation'],
  },
  Cleaning: {
    after: ['duties', 'services', 'staff', 'supplies', 'equipment', 'chemicals', 'schedules'],
    notBefore: ['data'],
  },
  Translation: {
    after: ['services', 'agency', 'projects', 'memory', 'tools'],
    notBefore: ['machine', 'protein', 'address'],
  },
  'CAN Bus': { before: ['over', 'via'], after: ['bus', 'protocol', 'protocols', 'network'] },
  // "interfaced with auditors on the year-end audit", "audited vendor invoices"; not "audit logs" or "security audit".
  Auditing: {
    near: [...LEDGER_WORDS, 'external', 'internal', 'statutory', 'auditors', 'audit', 'audits', 'fieldwork', 'sox', 'gaap', 'ifrs', 'controls', 'compliance', 'findings', 'cpa', 'workpapers', 'end'],
    notBefore: ['security', 'code', 'seo', 'accessibility', 'energy', 'site', 'content', 'data', 'it', 'system', 'systems', 'quality', 'safety', 'hr', 'clinical'],
    notAfter: ['log', 'logs', 'logging', 'trail', 'trails', 'tool', 'tools'],
  },
  // "reconciled bank statements", "reconciling vendor accounts"; not "data reconciliation".
  'Account Reconciliation': {
    near: [...LEDGER_WORDS, 'credit', 'card', 'cards', 'payroll', 'ap', 'ar'],
    notBefore: ['data', 'medication', 'inventory', 'stock'],
  },
  // "prepared the annual budget", "managed a $2M budget"; not "learning budget" or "on budget".
  Budgeting: {
    near: ['annual', 'departmental', 'department', 'operating', 'capital', 'project', 'marketing', 'prepare', 'prepared', 'preparing', 'manage', 'managed', 'managing', 'develop', 'developed', 'developing', 'own', 'owned', 'variance', 'variances', 'forecast', 'forecasts', 'forecasting', 'planning', 'expenses', 'costs', 'spend', 'cost'],
    notBefore: ['learning', 'training', 'education', 'conference', 'personal', 'development', 'travel', 'equipment', 'office', 'relocation', 'on', 'within', 'over', 'under', 'no', 'low', 'limited', 'tight', 'big'],
  },
  // "built the quarterly revenue forecast"; not "weather forecast".
  'Financial Forecasting': {
    near: ['revenue', 'revenues', 'financial', 'financials', 'budget', 'budgets', 'expense', 'expenses', 'cost', 'costs', 'cash', 'flow', 'earnings', 'profit', 'p', 'l', 'quarterly', 'annual', 'monthly', 'rolling', 'sales', 'headcount', 'opex', 'capex', 'budgeting'],
    notBefore: ['weather', 'demand', 'sales', 'traffic', 'load', 'capacity'],
  },
};

// A spoken language counts only when stated as one ("fluent in Spanish", "bilingual English/Spanish",
// "Languages: ..."), never in "English learners", "Spanish-style" or "application in English".
export const SPOKEN_LANGUAGE_CUES: ReadonlySet<string> = new Set([
  'fluent',
  'fluency',
  'fluently',
  'bilingual',
  'multilingual',
  'trilingual',
  'native',
  'speaker',
  'speakers',
  'speak',
  'speaks',
  'speaking',
  'spoken',
  'written',
  'verbal',
  'oral',
  'proficient',
  'proficiency',
  'command',
  'conversational',
  'language',
  'languages',
  'mother',
  'tongue',
  'knowledge',
  'a1',
  'a2',
  'b1',
  'b2',
  'c1',
  'c2',
  'cefr',
  'interpret',
  'interpreting',
  'interpreter',
  'translate',
  'translating',
  'translation',
  'translator',
  'read',
  'write',
  'business',
  'skills',
  'communication',
  'communicate',
  'communicator',
  'orally',
  'writing',
  'master',
  'courses',
  'course',
  'classes',
  'lessons',
]);
export const SPOKEN_LANGUAGE_WINDOW = { before: 8, after: 4 } as const;

export function ruleFor(skillName: string): ContextRule {
  return CONTEXT_RULES[skillName] ?? {};
}
