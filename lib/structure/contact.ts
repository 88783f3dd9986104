import { plainLine } from './sections';
import titleWords from './title-words.json';

/** Who the resume is about, as the resume states it; null or [] when it does not say. */
export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: string[];
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

// Words of section headings ("Professional Summary", "Education and Training").
const HEADING =
  words(`summary professional profile overview career objective focus experience experiences work employment
  history skills skill highlights core qualifications qualification education training and academic background accomplishments
  achievements certifications certification licenses license licences licence languages interests hobbies references projects
  publications presentations affiliations memberships activities honors honours awards additional information executive
  technical key areas area of expertise strengths competencies volunteer military service relevant courses coursework personal
  details contact info about me statement resume résumé curriculum vitae cv cover letter portfolio selected other`);
const CONTACT_HEADING = words('contact information info details personal me');
// A document title above the name ("RESUME", "Curriculum Vitae") does not end the header.
const DOCUMENT_TITLE = words('resume résumé cv curriculum vitae of');
// Fields, departments and title modifiers that headlines are made of ("HR Consulting", "Business Development").
const FIELD =
  words(`senior junior lead principal chief deputy associate assistant intern internship trainee apprentice
  freelance independent certified licensed registered regional national international global corporate general staff entry
  level student graduate owner founder cofounder president vice vp svp evp avp ceo cfo cto coo cio cmo hr it rn lpn cna emt bpo
  sales marketing finance financial banking bank accounting accounts account payable receivable payroll tax audit business
  development operations distribution consulting management administration administrative office construction healthcare health
  medical clinical dental nursing pharmacy technology information technical digital media public relations communications
  content customer client service services support resources human quality assurance control logistics supply chain production
  manufacturing research education design creative legal security maintenance retail hospitality insurance claims estate
  mortgage loan credit aviation agriculture fitness wellness culinary food beverage apparel fashion arts graphic web software
  data network systems cloud project program product engineering mechanical electrical civil chemical environmental industrial
  science social front desk frontend backend stack devops machine learning ml ux ui qa government federal department team
  crew industry solutions teaching library school university college hospital care home child children youth community
  volunteer paralegal nanny janitor physician dietitian barista server intern trucker lender storekeeper proofreader webmaster
  babysitter caseworker pastor sysadmin stenographer cameraman jeweler retailer supplier housing compliance
  specialist expert professional candidate aspiring experienced seeking seeker job self employed fellow postdoctoral partner
  shift night company talent equity private patient revenue cycle voice process childhood line substitute term pro handling
  processing staffing recruiting tutoring coaching cleaning plumbing roofing welding trucking shipping receiving purchasing
  sourcing writing editing publishing advertising modeling landscaping housekeeping farming lending printing catering
  planning criminal defense litigation internship leadership partnership ownership fellowship scholarship
  apprenticeship dba`);
// Abstract nouns ("Acquisition", "Management", "Logistics", "Internship") name fields, not people.
const FIELD_SUFFIX = /(?:tion|sion|ness|ology|ics|ism)$|.{4}ment$/;
const HEADS = words(titleWords.heads);
const SOFT = words(titleWords.soft);
// Words before a surname-like head word that make it a job ("Line Cook", "Truck Driver").
const SOFT_MODIFIERS =
  words(`line pastry prep sous short order head truck delivery bus taxi cab forklift security life tree
  house stone brick bread cake route cdl farm ranch deck stable`);
const PARTICLES = words('de da del della di du la le van von der den ter bin binti al el dos das y');
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
const CREDENTIAL = /^(?:[A-Z][A-Za-z]?\.?){1,4}(?:-[A-Z]{1,3})?$|^[A-Z]{2,6}(?:-[A-Z]{1,3})?$/;

const US_STATES = `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR
  PA PR RI SC SD TN TX UT VT VA WA WV WI WY AB BC MB NB NL NS ON PE QC SK`;
const REGIONS = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|
  Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
  Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
  South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|
  British Columbia|Alberta|Manitoba|Nova Scotia|Karnataka|Maharashtra|Tamil Nadu|Telangana|Kerala|Delhi|Gujarat|Uttar Pradesh|
  West Bengal|Haryana|Punjab|Rajasthan|Andhra Pradesh|Madhya Pradesh|Bihar|Odisha|Goa|Assam|New South Wales|Victoria|Queensland|
  USA|US|U\\.S\\.A?\\.?|United States(?: of America)?|UK|U\\.K\\.|United Kingdom|England|Scotland|Wales|Ireland|Canada|Mexico|
  Brazil|Argentina|Chile|Colombia|Peru|India|Pakistan|Bangladesh|Sri Lanka|Nepal|China|Japan|Korea|South Korea|Singapore|
  Malaysia|Indonesia|Philippines|Vietnam|Thailand|Australia|New Zealand|Germany|France|Spain|Portugal|Italy|Netherlands|
  Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Czech Republic|Czechia|Hungary|Romania|Greece|Turkey|
  Israel|UAE|United Arab Emirates|Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|Ghana|South Africa|Russia|Ukraine`;
const REGION = new RegExp(`^(?:${US_STATES.split(/\s+/).join('|')}|${REGIONS.replace(/\s+/g, '')})$`);
const POSTCODE = /^(?:\d{5}(?:-\d{4})?|\d{6}|\d{3} \d{3}|[A-Z]\d[A-Z] ?\d[A-Z]\d)$/;

// Bounded and anchored by lookbehinds so that a long run of letters or digits costs linear time, not quadratic.
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/g;
const PHONE = /(?<![\d+(])(?:\+\d{1,3}[\s.-]{0,2})?(?:\(\d{1,4}\)[\s.-]{0,2})?\d[\d\s.-]{5,18}\d/g;
const TLD =
  'com|org|net|io|dev|me|co|ai|app|info|biz|xyz|site|tech|page|blog|online|design|us|uk|ca|in|de|fr|nl|au|eu|ch|se';
const URL = new RegExp(
  `(?<![\\w.@/-])(?:https?://)?(?:www\\.)?[a-z0-9][a-z0-9-]{0,62}(?:\\.[a-z0-9-]{1,63}){0,4}\\.(?:${TLD})(?![a-z0-9-])(?:/[^\\s|·•,;()<>]*)?`,
  'gi',
);
// A GitHub user, not a repository ("github.com/acme/tool" in a project line is someone else's).
const PROFILE_URL =
  /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?(?:linkedin\.com\/(?:in|pub)\/[\w%-]+|github\.com\/[\w-]+(?![\w-]|\/[\w-]))\/?/gi;
const FRAGMENT_SEPARATOR = /[|·•●▪◆⋅;\t]|\s{3,}|\s[–—-]\s/;
// Longer lines are prose, never a contact line; cutting them keeps every pattern cheap.
const MAX_LINE = 300;

interface Lines {
  /** Lines before the first section heading (at most 15): where a resume states who it is about. */
  header: string[];
  /** Lines under a "Contact" or "Personal Information" heading. */
  contact: string[];
  /** Every other line, with the heading it sits under. */
  body: { line: string; heading: string }[];
}

/**
 * Reads a resume's identity: the name (null unless a top line reads as a person's name, never a heading, job title or
 * field), the email, phone, location and profile links stated in its header or contact section. Email, phone and
 * links under references or inside experience entries belong to other people and are ignored.
 */
export function parseContact(text: string): Contact {
  const lines = splitLines(text);
  const block = [...lines.header, ...lines.contact];
  const email = pickEmail(lines);
  const phone = pickPhone(lines);
  const location = firstOf(block, findLocation) ?? firstOf(block, findBareCity);
  const links = findLinks(text, block);
  return {
    name: findName(lines.header, email, Boolean(email || phone || location || links.length)),
    email,
    phone,
    location,
    links,
  };
}

/** The candidate's name when the resume states one at the top, else null. */
export function guessName(text: string): string | null {
  return parseContact(text).name;
}

/** The candidate's own email address (from the header or a contact section), else null. */
export function findEmail(text: string): string | null {
  return parseContact(text).email;
}

function lowerWords(line: string): string[] {
  return line
    .toLowerCase()
    .replace(/:\s*$/, '')
    .split(/[\s&/,]+/)
    .filter(Boolean);
}

function isHeading(line: string, vocabulary: Set<string>): boolean {
  const ws = lowerWords(line);
  return ws.length > 0 && ws.length <= 6 && !/[.!?]$/.test(line) && ws.every((w) => vocabulary.has(w));
}

function splitLines(text: string): Lines {
  const out: Lines = { header: [], contact: [], body: [] };
  let state: 'header' | 'contact' | 'body' = 'header';
  let heading = '';
  for (const raw of text.split('\n')) {
    const line = plainLine(raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw);
    if (!line || (state === 'header' && isHeading(line, DOCUMENT_TITLE))) continue;
    const contactHeading = isHeading(line, CONTACT_HEADING) && /contact|personal/i.test(line);
    if (contactHeading || isHeading(line, HEADING)) {
      state = contactHeading ? 'contact' : 'body';
      heading = line;
      continue;
    }
    if (state === 'header' && out.header.length >= 15) state = 'body';
    if (state === 'body') out.body.push({ line, heading });
    else out[state].push(line);
  }
  return out;
}

function firstOf<T>(lines: string[], find: (line: string) => T | null): T | null {
  for (const line of lines) {
    const found = find(line);
    if (found !== null) return found;
  }
  return null;
}

/** Body lines that hold nothing but a contact detail (optionally labelled), outside references. */
function standaloneLines(lines: Lines): string[] {
  return lines.body.filter((l) => !/referen|supervisor/i.test(l.heading)).map((l) => l.line);
}

function pickEmail(lines: Lines): string | null {
  const ranked = (candidates: string[]) => {
    const found: { email: string; rank: number }[] = [];
    for (const line of candidates) {
      for (const m of line.matchAll(EMAIL)) {
        const before = line.slice(0, m.index);
        if (/(?:facebook|fb|skype|twitter|instagram|msn|messenger)\W*$/i.test(before)) continue;
        found.push({ email: m[0].replace(/\.+$/, ''), rank: /e-?mail\W*$/i.test(before) ? 0 : 1 });
      }
    }
    return found.sort((a, b) => a.rank - b.rank)[0]?.email ?? null;
  };
  const standalone = standaloneLines(lines).filter((l) => /^(?:e-?mail\s*:?\s*)?\S+@\S+$/i.test(l));
  return ranked([...lines.header, ...lines.contact]) ?? ranked(standalone);
}

/** Ten or eleven digits (a trunk prefix), or up to fifteen after "+"; never two years (a date range). */
function isPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').length;
  const years = phone.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g)?.length ?? 0;
  return years < 2 && digits >= 10 && digits <= (phone.startsWith('+') ? 15 : 11);
}

function findPhone(line: string): string | null {
  for (const m of line.replace(EMAIL, ' ').matchAll(PHONE)) {
    // A zip code or year can run into the number ("TX 78701 512-555-0100"): drop leading groups until it fits.
    for (let phone = m[0].replace(/\s+/g, ' ').trim(); phone; phone = phone.replace(/^\S+\s*/, '')) {
      if (isPhone(phone)) return phone;
    }
  }
  return null;
}

function pickPhone(lines: Lines): string | null {
  const standalone = standaloneLines(lines).filter((l) =>
    /^(?:(?:phone|mobile|cell|tel|telephone|ph|contact)\.?\s*(?:no\.?)?\s*:?\s*)?[+(\d][\d\s().-]+$/i.test(l),
  );
  return firstOf([...lines.header, ...lines.contact], findPhone) ?? firstOf(standalone, findPhone);
}

function isCityWord(w: string): boolean {
  const lower = w.toLowerCase();
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !HEADS.has(lower) && !FIELD.has(lower) && !HEADING.has(lower);
}

/** "TX", "Ohio 43004", "Tamil Nadu 600 001": a known state or country, then an optional postcode. */
function regionOf(part: string): string | null {
  const tokens = part.split(/\s+/);
  for (let n = Math.min(4, tokens.length); n >= 1; n--) {
    const region = tokens.slice(0, n).join(' ');
    if (!REGION.test(region)) continue;
    const rest = tokens.slice(n);
    for (const k of [2, 1]) {
      const code = rest.slice(0, k).join(' ');
      if (rest.length >= k && POSTCODE.test(code)) return `${region} ${code}`;
    }
    // Whatever follows on the same fragment must be a number (a phone run in), not more words.
    return rest.length === 0 || /^[\d+(]/.test(rest[0]!) ? region : null;
  }
  return null;
}

/** "City, ST", "City, State ZIP" or "City, Country" within one fragment of a line, else null. */
function findLocation(line: string): string | null {
  for (const fragment of line.split(FRAGMENT_SEPARATOR)) {
    const parts = fragment
      .trim()
      .replace(/^(?:address|location|based in|home|residence|lives in)\s*:?\s*/i, '')
      .split(/\s*,\s*/)
      .map((p) => p.trim());
    for (let i = 0; i + 1 < parts.length; i++) {
      const city = parts[i]!;
      const cityWords = city.split(/\s+/);
      if (
        cityWords.length > 3 ||
        city === 'City' ||
        !cityWords.every((w) => isCityWord(w) || PARTICLES.has(w))
      )
        continue;
      const region = regionOf(parts[i + 1]!);
      if (!region) continue;
      const tail = parts.slice(i + 2).filter((p) => REGION.test(p) || POSTCODE.test(p));
      return [city, region, ...tail].join(', ');
    }
  }
  return null;
}

// EMAIL is global (for matchAll), so its test() would carry lastIndex from one fragment to the next.
const ONE_EMAIL = new RegExp(EMAIL.source);
const LOCATION_LABEL = /^(?:address|location|based in|home|residence|lives in)\s*:?\s*/i;

/**
 * A city named alone: after a label ("Location: Berlin"), or as a fragment of a contact line after its email or phone
 * ("maya@example.com · +44 20 7946 0123 · London"), where a name would come before them. One to three city words.
 */
function findBareCity(line: string): string | null {
  const fragments = line.split(FRAGMENT_SEPARATOR).map((f) => f.trim());
  let afterContact = false;
  for (const fragment of fragments) {
    const hasContact = ONE_EMAIL.test(fragment) || findPhone(fragment) !== null;
    const labelled = LOCATION_LABEL.test(fragment);
    const city = fragment.replace(LOCATION_LABEL, '').replace(/[.,]+$/, '');
    if (hasContact) afterContact = true;
    else if ((afterContact || labelled) && isBareCity(city)) return city;
  }
  return null;
}

function isBareCity(city: string): boolean {
  const words = city.split(/\s+/).filter(Boolean);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    city !== 'City' &&
    !/https?:|www\.|\.(com|io|org|net|dev)\b/i.test(city) &&
    words.every((w) => isCityWord(w) || PARTICLES.has(w)) &&
    isCityWord(words[0]!)
  );
}

function linkKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

/** Profile links (LinkedIn, GitHub) anywhere; other URLs only in the header or contact section. */
function findLinks(text: string, block: string[]): string[] {
  const found: string[] = [];
  const fromBlock = block.flatMap((line) => [...line.replace(EMAIL, ' ').matchAll(URL)].map((m) => m[0]));
  const profiles = [...text.replace(EMAIL, ' ').matchAll(PROFILE_URL)].map((m) => m[0]);
  for (const raw of [...fromBlock, ...profiles]) {
    const url = raw.replace(/[.,;:)]+$/, '');
    // A bare domain must look like one: lowercase, a real label ("B.Tech", "B.Com", "ASP.NET" are not sites).
    const bare = !/^(?:https?:\/\/|www\.)/i.test(url);
    if (
      bare &&
      (url !== url.toLowerCase() || /^[^./]{1,2}\./.test(url) || /^(?:asp|vb|ado|dot)\.net$/.test(url))
    )
      continue;
    if (!found.some((f) => linkKey(f) === linkKey(url))) found.push(url);
  }
  return found;
}

function nameWordShape(w: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*$/u.test(w) || /^\p{Lu}\.?$/u.test(w);
}

function titleCase(w: string): string {
  if (w.length < 2 || w !== w.toUpperCase()) return w;
  return w.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function isOccupational(ws: string[]): boolean {
  const lower = ws.map((w) => w.toLowerCase().replace(/[.'’]/g, ''));
  return lower.some((w, i) => {
    if (HEADING.has(w) || FIELD.has(w) || HEADS.has(w)) return true;
    if (w.length >= 6 && FIELD_SUFFIX.test(w)) return true;
    return SOFT.has(w) && i > 0 && SOFT_MODIFIERS.has(lower[i - 1]!);
  });
}

function emailAgrees(ws: string[], email: string | null): boolean {
  if (!email) return false;
  const local = email
    .split('@')[0]!
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const plain = (w: string) =>
    w
      .normalize('NFD')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase();
  return ws.some((w) => plain(w).length >= 3 && local.includes(plain(w)));
}

/**
 * A fragment reads as a name when it is two to four capitalised words (initials, particles and trailing
 * credentials aside) and none of its words belongs to headings, job titles or fields.
 */
function nameFrom(fragment: string): { name: string; words: string[]; caps: boolean } | null {
  const [first, ...rest] = fragment.replace(/^name\s*:\s*/i, '').split(/\s*,\s*/);
  if (!first || !rest.every((c) => CREDENTIAL.test(c.trim()))) return null;
  if (findLocation(fragment) || REGION.test(first)) return null;
  const all = first.split(/\s+/);
  const ws = all.filter((w, i) => !(i > 0 && (PARTICLES.has(w) || (i === all.length - 1 && SUFFIX.test(w)))));
  const full = ws.filter((w) => w.replace(/\W/g, '').length >= 2);
  if (ws.length < 2 || ws.length > 4 || full.length < 2 || !ws.every(nameWordShape)) return null;
  if (isOccupational(all)) return null;
  const caps = full.every((w) => w === w.toUpperCase());
  return { name: all.map(titleCase).join(' '), words: full, caps };
}

function isContactDetail(fragment: string): boolean {
  const f = fragment.replace(EMAIL, '').replace(URL, '').trim();
  return !f || findPhone(f) !== null || findLocation(f) !== null;
}

/**
 * Conservative on purpose: a wrong name is worse than none. A name in capitals needs corroboration (the email agrees
 * or the header has contact details), since resume sites print headlines in capitals above the summary.
 */
function findName(header: string[], email: string | null, hasContact: boolean): string | null {
  for (const [index, line] of header.slice(0, 5).entries()) {
    for (const fragment of line.split(FRAGMENT_SEPARATOR)) {
      const candidate = nameFrom(fragment.trim());
      // Only the line's first fragment, or one after contact details, can be the name ("Nurse - Critical Care" is not).
      if (!candidate) {
        if (isContactDetail(fragment)) continue;
        break;
      }
      if (emailAgrees(candidate.words, email)) return candidate.name;
      if (candidate.caps ? hasContact : index < 3) return candidate.name;
    }
  }
  return null;
}
