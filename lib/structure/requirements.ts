import {
  headingText,
  isBullet,
  plainLine,
  splitSections,
  splitSentences,
  type SectionKind,
} from './sections';
import { preferenceWish } from '../skills/levels';
import { OPEN_END } from '../skills/lines';

export type RequirementLevel = 'required' | 'preferred';

export interface Requirement {
  text: string;
  level: RequirementLevel;
  section: SectionKind;
}

const PREFERRED_CUE =
  /\b(a plus|is a plus|are a plus|nice[- ]to[- ]have|preferred|preferable|bonus|ideally|desirable|good to have|advantageous|an advantage|would be great)\b/i;
/** A requirement without a wish beside it ("…, ideally in manufacturing", "(Master's a plus)"): what decides its level. */
function headOf(text: string): string {
  const wish = preferenceWish(text);
  return wish ? text.slice(0, wish[0]) + text.slice(wish[1]) : text;
}
const NOISE =
  /\b(equal (employment )?opportunit|salary|pay range|compensation range|benefits|apply (now|here|today)|click to apply|#li-|visa sponsorship|background check|drug[- ]free|accommodation|reasonable adjustments|accommodate (our |the )?(candidates|applicants|you)\b|affirmative action|paid time off|401\(k\)|annual package|per annum|lakhs?|\bctc\b|privacy (notice|policy|statement)|handles personal data of|sign[- ]on bonus|on-target earnings|\bote\b|uncapped|tuition reimbursement|shift differential|stock options|parental leave|relocation (package|assistance|support))/i;
const METADATA =
  /^(job title|title|location|employment type|job type|salary|department|reports to|company|industry|seniority level|posted|work mode|experience level|schedule)\s*:/i;
/**
 * Sentences that describe the job's setting rather than ask anything of the candidate: whom the role reports to,
 * the team it joins, the company itself, and "we need / are looking for a … who …" openers.
 */
const NOT_ASKED = [
  /(^|\b(you|you'll|you will|role|position|who|will|and)\s+)(directly\s+)?report(s|ing)?\s+(directly\s+)?(in)?to\b/i,
  /^(you('ll| will)|the (successful )?(candidate|person|hire)( will)?) (join|be joining|become (a )?part of|be part of|sit (in|within)|be based)\b/i,
  /^(our|the) (team|department|group|company|organi[sz]ation|client|culture|mission|office)( \w+)? (is|are|has|have|was|consists|includes|works|brings|builds|helps)\b/i,
  /^(we('re| are)?|our (client|company|team)( is)?) (a|an|the) /i,
  /^we('re| are)? (strong(ly)? )?(believe|believers)\b/i,
  // "We have grown to $30M in ARR…": the company's story.
  /^we('ve| have) (grown|raised|built|doubled|tripled|won|been (named|recognized|recognised|growing))\b/i,
  // "Hybrid schedule with three days a week in our Seaport office.": where and when, not what is asked.
  /^(this (role|position|job) is |a )?(hybrid|remote|fully remote|on-?site|in-office)\b[^.]{0,80}\b(schedule|office|days (a|per) week|from home)\b/i,
  // "You have found the right team.": a greeting, not anything asked of the candidate.
  /^you('ve| have) found (the|your) (right|perfect|next)\b/i,
  /^(join (us|our|a)|(be|become) (a )?part of|this (is an?|role is an?|position is an?) (exciting|great|unique|rare) )/i,
  /\b(recruit(ment|ing) agenc|unsolicited (resumes|cvs|applications)|third[- ]party (resumes|cvs|agencies))/i,
  // "Mapleton Manufacturing is a family-owned maker of …": a named subject introduced as a kind of organisation.
  /^(?:[A-Z][\w&'’.-]*,? ){1,5}(is|are) (a|an|one of the|the) (?!((strong|big|huge|definite|nice|great|key|major|real) )?(plus|must|bonus|advantage|requirement|asset|benefit)\b)/,
  // "The Company believes in …", "To this end, OptiRisk offers training programs …", "Although OptiRisk mainly focuses
  // on …", "Fieldstone makes field service software …": what the company does or holds, its name or "the company" the
  // subject; never a duty that opens with its verb ("Turn Figma designs into layouts", "Run Jenkins builds").
  /^(?:(?:to this end|therefore|in addition|although|while|today),?\s+)?(?!(?:Turn|Run|Manage|Build|Create|Develop|Design|Write|Maintain|Support|Own|Lead|Use|Work|Help|Drive|Deliver|Review|Monitor|Ensure|Implement|Deploy|Test|Plan|Prepare|Track|Set|Make|Keep|Take|Bring|Partner|Collaborate|Translate|Convert|Ship|Optimi[sz]e|Improve|Define|Establish|Produce|Sell|[A-Z][a-z]+ly)\b)(?:the company|our company|our firm|(?:[A-Z][\w&'’.-]*\s+){1,3}?)(?:mainly |also |primarily |largely |currently )?(?:believes?|offers|provides|values|invests|focuses on|caters to|speciali[sz]es in|serves|operates|makes|builds|develops|designs|sells|manufactures|produces|runs|owns|moves|helps|powers|connects|enables|lends|insures|hosts|supplies|distributes)\b/,
  /\b(?:the|our) (?:company|firm|organi[sz]ation) (?:believes|offers|provides|values|invests|encourages)\b/i,
];
/** What the employer gives ("We offer a $10,000 sign-on bonus…", "You'll enjoy…"), unless it asks something too. */
const GIVEN = /^(we('ll| will)? (offer|provide|give you)|in return\b|you('ll| will) (enjoy|receive|get)\b)/i;
/**
 * What the hire's unit does or whom it serves ("Our 24-bed Medical Intensive Care Unit cares for patients with
 * sepsis…", "Our students are seven to eleven years old"), unless the
 * sentence goes on to the hire ("Our finance team is small, and we are adding a Staff Accountant to help with the close").
 */
const UNIT_SETTING =
  /^our ([\w&'’-]+ ){0,5}(unit|department|team|clinic|hospital|school|practice|lab|laboratory|ward|division|office|store|restaurant|plant|facility|site|student|customer|client|user|patient|member|resident|guest|learner|kid|children)s?( of \w+)? (is|are|has|have|cares|serves|treats|sees|provides|supports|builds|make|makes|run|runs|handles|includes|consists|work|works|use|uses|rely|relies)\b/i;
const ABOUT_THE_HIRE = /\b(you|your|we('re| are) (adding|hiring|looking)|to help)\b/i;
/** In a run-on posting, the label that opens the part about the company: what follows describes it, up to a label about the job. */
const RUN_ON_COMPANY = /^(Company Profile|About (us|the company|company))\b/i;
const RUN_ON_ROLE =
  /^(Job Description|Desired Candidate Profile|Qualifications?|Responsibilities|Requirements|Education|Experience|Skills?)\b/;

// "We need a nurse who …" opens a posting; it asks something only when it names experience, a skill or a credential.
const WANTED =
  /^(we('re| are)?|our ([\w&'’-]+ ){0,3}?(client|company|team|department|unit|school|hospital|clinic|practice|group)( is| are)?) (need|needs|looking for|seeking|searching for|hiring|recruiting|currently (looking|seeking|hiring))\b/i;
// "with" asks only for what follows it ("with 3+ years", "with React", "with strong SQL"), not "with strong support
// from experienced charge nurses" or "with the possibility of one section of AP Precalculus".
const ASKS_SOMETHING =
  /\b(experience (in|with|of)|\d[\d+–-]*\s*(?:\+\s*)?years?|years? of|skilled|proficien\w*|knowledge|expertise|certified|certification|licen[cs]ed|degree|background in)\b|\bwith (at least |a (strong|solid|proven) |(strong|solid|proven|hands-on|deep) (\w+ )?(skills|experience|knowledge|background))/i;
const ASKS_NAMED = /\bwith (\d|[A-Z])/;

/**
 * "Our FP&A teams are responsible for …", "Financial Analysis is responsible for partnering across the firm": what
 * someone else does, not the hire. The subject names the hire when its last word is a person or the post ("The
 * Senior Accountant", "This position", "You"); a team, a department or a function ("Engineering", "Financial
 * Analysis") is someone else.
 */
const RESPONSIBLE_SUBJECT =
  /^(?:(?:our|the|this|these|each|every)\s+)?((?:[\w&’'()./-]+\s+){0,5}?)[\w&’'()./-]+?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:responsible|accountable)\s+for\b/i;
const PERSON_OR_POST =
  /(?:ist|er|or|ant|ent|ian|ive|ate|lead|head|hire|person|individual|incumbent|role|position|you|member|staff|nurse|chef|clerk|coach|guard|agent|partner)s?$/i;

function othersResponsibility(t: string): boolean {
  const m = RESPONSIBLE_SUBJECT.exec(t);
  if (!m) return false;
  const subject = t.slice(0, m[0].search(/\s+(?:is|are)\s/i)).trim();
  const last = subject.split(/\s+/).pop() ?? '';
  return !PERSON_OR_POST.test(last.replace(/[^\w]+$/, ''));
}

/** True when a sentence of a posting tells about the role's setting instead of asking something of the candidate. */
export function isNotARequirement(text: string): boolean {
  const t = text.replace(/^[\s\-–•*]+/, '');
  if (WANTED.test(t)) return !ASKS_SOMETHING.test(t) && !ASKS_NAMED.test(t);
  if (GIVEN.test(t) && !ASKS_SOMETHING.test(t)) return true;
  if (UNIT_SETTING.test(t) && !ASKS_SOMETHING.test(t) && !ABOUT_THE_HIRE.test(t)) return true;
  return NOT_ASKED.some((re) => re.test(t)) || othersResponsibility(t);
}

const SKIPPED: ReadonlySet<SectionKind> = new Set(['benefits', 'about']);
const MIN_WORDS = 4;
const ASKING: ReadonlySet<SectionKind> = new Set(['requirements', 'preferred', 'responsibilities']);
const MAX_WORDS = 60;
export const MAX_REQUIREMENTS = 40;

/**
 * Words that open a requirement or a section. A posting pasted without its line breaks runs them on after the
 * previous one without a full stop ("… JSON / XML Familiarity with debugging tools …").
 */
const RUN_ON_OPENER =
  /\s+(?=(?:Familiarity|Experience|Knowledge|Ability|Proficiency|Proficient|Understanding|Expertise|Required to|Must|Desired Candidate Profile|Job Description|Company Profile|Education|Keywords|Compensation|Salary|Industry Type|Functional Area|Qualifications?|Responsibilities)\b)/;

/** Fields of a job board's listing that a run-on line leaves at the start of a piece: labels, not requirements. */
const RUN_ON_FIELD =
  /^(Industry Type|Functional Area|Role Category|Keywords|Compensation|Salary|Company Profile)\b/;

const isRunOn = (line: string) => line.split(/\s+/).length > MAX_WORDS;

function pieces(line: string): string[] {
  const plain = plainLine(line);
  const words = plain.split(/\s+/).length;
  if (words <= MAX_WORDS) return [plain];
  return splitSentences(plain).flatMap((sentence) => sentence.split(RUN_ON_OPENER));
}

/**
 * Splits a posting into the requirements a candidate is measured against: bullets and sentences of its
 * qualification and responsibility sections. Company blurbs, benefits and legal text are left out.
 */
export function extractRequirements(posting: string): Requirement[] {
  const sections = splitSections(posting);
  const structured = sections.some(
    (s) => s.kind === 'requirements' || s.kind === 'preferred' || s.kind === 'responsibilities',
  );
  const out: Requirement[] = [];
  for (const section of sections) {
    if (SKIPPED.has(section.kind)) continue;
    // In a sectioned posting the untitled lead-in is usually the role blurb: keep its sentences as context only
    // when they read like requirements.
    for (const line of joinWrapped(section.lines)) {
      if (METADATA.test(plainLine(line))) continue;
      const fromList = isBullet(line);
      // Sub-headings ("MLOps & Model Deployment") group requirements; they are not requirements themselves.
      if (!fromList && headingText(line)) continue;
      const parts = fromList
        ? pieces(line)
        : splitSentences(plainLine(line)).flatMap((sentence) =>
            // In a run-on line (a posting pasted without its line breaks) every sentence may hide several.
            isRunOn(line) ? pieces(sentence).flatMap((p) => p.split(RUN_ON_OPENER)) : pieces(sentence),
          );
      let aboutCompany = false;
      for (const text of parts) {
        if (RUN_ON_COMPANY.test(text)) aboutCompany = true;
        else if (RUN_ON_ROLE.test(text)) aboutCompany = false;
        if (aboutCompany) continue;
        const words = text.split(/\s+/).length;
        // A short bullet under a heading that asks ("CPA", "Epic EHR", "Active RN license") is a requirement itself.
        const minWords = fromList && ASKING.has(section.kind) ? 1 : MIN_WORDS;
        if (
          words < minWords ||
          NOISE.test(text) ||
          RUN_ON_FIELD.test(text) ||
          isLeadIn(text) ||
          isNotARequirement(text)
        )
          continue;
        if (
          structured &&
          section.kind === 'title' &&
          !fromList &&
          !/\b(experience|knowledge|skills?|degree|proficien|familiar|ability)\b/i.test(text)
        )
          continue;
        const level: RequirementLevel =
          section.kind === 'preferred' || PREFERRED_CUE.test(headOf(text)) ? 'preferred' : 'required';
        out.push({ text, level, section: section.kind });
      }
    }
  }
  return prioritise(dedupe(out));
}

// The end of a line that cannot end a sentence: a comma, or a word that needs another after it ("including Facebook,",
// "social media posts and email").
/**
 * Lines of one sentence that a paste or a PDF broke apart ("Develop social media strategies across platforms,
 * including Facebook," / "Instagram, Pinterest, etc."): a line that ends where a sentence cannot goes on in the next,
 * and so does one that a short tail in lower case ends. Bullets and headings stay their own lines.
 */
/** "…lead generation techniques, and email" / "marketing.": a few words in lower case that end the sentence above. */
function isTail(prev: string, line: string): boolean {
  return (
    !/[.!?;:]\s*$/.test(prev) &&
    /^\p{Ll}/u.test(line) &&
    /[.!?]\s*$/.test(line) &&
    line.split(/\s+/).length <= MAX_TAIL_WORDS
  );
}
const MAX_TAIL_WORDS = 3;

function joinWrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const continues =
      prev !== undefined &&
      !isBullet(line) &&
      !headingText(line) &&
      (OPEN_END.test(prev) || isTail(prev, line));
    if (continues) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/**
 * A line that introduces a list ("The main duties of the role are to:", "You will have experience in the
 * following:") asks nothing itself: the items after it are the requirements.
 */
function isLeadIn(text: string): boolean {
  return (
    /[:\u2013\u2014-]\s*$/.test(text) ||
    /\b(following|as follows|include|includes|are to)\s*[.…]*$/i.test(text)
  );
}

function dedupe(reqs: Requirement[]): Requirement[] {
  const seen = new Set<string>();
  return reqs.filter((r) => {
    const key = r.text.toLowerCase().replace(/\W+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Keeps the most telling requirements when a posting is very long: qualifications before duties. */
function prioritise(reqs: Requirement[]): Requirement[] {
  if (reqs.length <= MAX_REQUIREMENTS) return reqs;
  const rank = (r: Requirement) =>
    r.section === 'requirements' || r.section === 'preferred' ? 0 : r.section === 'responsibilities' ? 1 : 2;
  const keep = new Set(
    reqs
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
      .slice(0, MAX_REQUIREMENTS)
      .map((x) => x.i),
  );
  return reqs.filter((_, i) => keep.has(i));
}
