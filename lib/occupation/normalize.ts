/**
 * Job titles to comparable word lists. ESCO labels and the titles people write go through the same steps, so
 * "Sr. HR Manager", "Manager of Human Resources" and ESCO's "human resources manager" all end as
 * `human resource manager`, with the head noun last.
 */

/** A Map, so a word like "constructor" never finds an Object prototype member. */
const table = (entries: Record<string, string>) => new Map(Object.entries(entries));

/** Abbreviations people write in titles, expanded to the words ESCO uses. */
const ABBREVIATIONS = table({
  it: 'ict',
  sr: 'senior',
  snr: 'senior',
  jr: 'junior',
  jnr: 'junior',
  asst: 'assistant',
  mgr: 'manager',
  mngr: 'manager',
  mgmt: 'management',
  dy: 'deputy',
  exec: 'executive',
  dev: 'developer',
  engr: 'engineer',
  engg: 'engineering',
  rep: 'representative',
  coord: 'coordinator',
  ml: 'machine learning',
  ai: 'artificial intelligence',
  qa: 'quality assurance',
  qc: 'quality control',
  bd: 'business development',
  bde: 'business development executive',
  bdm: 'business development manager',
  kam: 'key account manager',
  vp: 'vice president',
  avp: 'assistant vice president',
  svp: 'vice president',
  evp: 'vice president',
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  cto: 'chief technology officer',
  coo: 'chief operating officer',
  cio: 'chief information officer',
  cmo: 'chief marketing officer',
  gm: 'general manager',
  agm: 'assistant general manager',
  ops: 'operations',
  dba: 'database administrator',
  swe: 'software engineer',
  sde: 'software development engineer',
  sw: 'software',
  hw: 'hardware',
  mech: 'mechanical',
  mktg: 'marketing',
  svc: 'service',
  govt: 'government',
  intl: 'international',
  rn: 'registered nurse',
  lpn: 'licensed practical nurse',
  cna: 'certified nursing assistant',
  emt: 'emergency medical technician',
  csr: 'customer service representative',
  bpo: 'call centre',
  ux: 'user experience',
  ui: 'user interface',
  frontend: 'front end',
  backend: 'back end',
  fullstack: 'full stack',
});

/** Abbreviations that mean a job only as the last word ("Pharmacy Tech", not "Tech Lead"). */
const HEAD_ABBREVIATIONS = table({ tech: 'technician', admin: 'administrator' });

/** British spellings, as ESCO writes them. */
const SPELLINGS = table({
  center: 'centre',
  theater: 'theatre',
  labor: 'labour',
  color: 'colour',
  behavior: 'behaviour',
  behavioral: 'behavioural',
  defense: 'defence',
  catalog: 'catalogue',
  jewelry: 'jewellery',
  aluminum: 'aluminium',
  mold: 'mould',
  molding: 'moulding',
  gray: 'grey',
  fiber: 'fibre',
  program: 'programme',
  counselor: 'counsellor',
  counseling: 'counselling',
  traveler: 'traveller',
  modeler: 'modeller',
  modeling: 'modelling',
  enrollment: 'enrolment',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  anesthesiologist: 'anaesthetist',
  anesthetist: 'anaesthetist',
  orthopedic: 'orthopaedic',
  esthetician: 'aesthetician',
});

/** One family of words reads as one ("administrative assistant" ~ "administration assistant" ~ "admin"). */
const FAMILIES = table({
  administrator: 'admin',
  administrative: 'admin',
  administration: 'admin',
  educational: 'education',
  financial: 'finance',
});

/** Fixed phrases read as one word, so "HR Coordinator" does not half-match a "resource coordinator". */
const COMPOUNDS: [RegExp, string][] = [
  [/\bhuman resource\b/g, 'hr'],
  [/\bpublic relation\b/g, 'pr'],
  [/\binformation (?:and )?communication technology\b/g, 'ict'],
  [/\binformation technology\b/g, 'ict'],
  // A sales segment names the customers, not the job: "Account Executive, Mid-Market" is an account executive.
  [/\bmid market\b/g, 'midmarket'],
];

/** Rank and level words: they say how senior, not what job. */
const SENIORITY = new Set([
  'senior',
  'junior',
  'staff',
  'deputy',
  'trainee',
  'intern',
  'internship',
  'apprentice',
  'graduate',
  'entry',
  'level',
  'mid',
  'experienced',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  '1',
  '2',
  '3',
  '4',
]);
/**
 * Rank words only when they open a longer title ("Principal Engineer", but a school's "principal"). Not "head" or
 * "chief": a head teacher runs the school, and an executive officer is not a chief executive officer.
 */
const LEADING_SENIORITY = new Set(['lead', 'principal', 'associate']);

/**
 * Whether a word of a title, as written ("Sr.", "SENIOR", "II"), says rank rather than job; `opening` when it opens a
 * longer title, where "Lead", "Principal" and "Associate" are rank too.
 */
export function isRankWord(word: string, opening = false): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const full = ABBREVIATIONS.get(w) ?? w;
  return SENIORITY.has(full) || (opening && LEADING_SENIORITY.has(full));
}
/** Words about the posting, not the job. */
const NOISE = new Set([
  'remote',
  'hybrid',
  'onsite',
  'wfh',
  'urgent',
  'urgently',
  'hiring',
  'opening',
  'vacancy',
  'immediate',
  'required',
  'wanted',
  'needed',
  'opportunity',
  'interesting',
  'fulltime',
  'parttime',
  'contractual',
  'inc',
  'llc',
  'ltd',
  'pvt',
  'gmbh',
  'midmarket',
  'smb',
]);
const STOPWORDS = new Set(['and', 'or', 'the', 'a', 'an', 'with', 'to', 'our', 'your']);
/** "X of Y" reads as "Y X" so the head noun comes last: "director of marketing" -> "marketing director". */
const PREPOSITIONS = new Set(['of', 'in', 'for', 'at', 'on']);

function stem(word: string): string {
  let w = SPELLINGS.get(word) ?? word;
  if (w.length >= 7) w = w.replace(/iz(e|er|ed|ing|ation)$/, 'is$1');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('s') && !/(ss|us|is|ics)$/.test(w)) w = w.slice(0, -1);
  return FAMILIES.get(w) ?? SPELLINGS.get(w) ?? w;
}

/** Lower-cased words of a title, accents and punctuation gone, "e-commerce" and "R&D" kept whole. */
export function titleWords(text: string): string[] {
  const lower = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bf\s*&\s*b\b/g, 'food beverage')
    .replace(/\br\s*&\s*d\b/g, 'research development')
    .replace(/\b([a-z])-(?=[a-z]{3})/g, '$1')
    .replace(/'s\b/g, '');
  return lower.split(/[^a-z0-9+#]+/).filter(Boolean);
}

function expand(words: string[]): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const long = ABBREVIATIONS.get(word) ?? (last ? HEAD_ABBREVIATIONS.get(word) : undefined);
    if (long) out.push(...long.split(' '));
    else out.push(word);
  });
  return out;
}

function compound(words: string[]): string[] {
  let text = words.join(' ');
  for (const [phrase, word] of COMPOUNDS) text = text.replace(phrase, word);
  return text.split(' ').filter(Boolean);
}

function reorderPreposition(words: string[]): string[] {
  const at = words.findIndex((w, i) => i > 0 && i < words.length - 1 && PREPOSITIONS.has(w));
  if (at < 0) return words;
  const head = words.slice(0, at);
  const rest = reorderPreposition(words.slice(at + 1).filter((w) => !PREPOSITIONS.has(w)));
  return [...rest, ...head];
}

function withoutAll(words: string[], drop: (w: string, i: number) => boolean): string[] {
  const kept = words.filter((w, i) => !drop(w, i));
  return kept.length ? kept : words;
}

/**
 * A title as comparable words, head noun last: abbreviations expanded, British spelling, plurals folded,
 * "X of Y" turned into "Y X", seniority, levels and posting noise dropped (unless nothing else is left).
 */
export function normalizeTitle(text: string): string[] {
  let words = compound(expand(titleWords(text)).map(stem));
  words = withoutAll(words, (w) => NOISE.has(w));
  words = reorderPreposition(words).filter((w) => !STOPWORDS.has(w) && !PREPOSITIONS.has(w));
  words = withoutAll(words, (w) => SENIORITY.has(w));
  while (words.length > 1 && LEADING_SENIORITY.has(words[0]!)) words = words.slice(1);
  words = words.map((w) => (w === 'lead' ? 'leader' : w));
  return words.filter((w, i) => w !== words[i - 1]);
}
