import { headingOf, headingLevel, sentenceRanges } from './levels';

// Parts of a posting that describe the employer rather than the job: an "About us" section, the lead-in sentences
// about the company ("Fieldstone makes software for HVAC contractors"), benefits and equal-opportunity text. Skills
// named only there ("HVAC", "Pharmacy", "Logistics") are not requirements.

/** A heading that opens a section about the employer, its offer or its policies. */
const BLURB_HEADING =
  /^(about (?!(the |this |our )?(role|job|position|opportunity|team|you|candidate|responsibilities)\b)\S.*|who we are(?! looking)\b.*|what we do|(what|here'?s what) we('ll| will| can)? offer\b.*|our (offer|promise|mission|values|story|culture|company|benefits|perks)\b.*|why (join|work|us|you should join|you'?ll love)\b.*|company (overview|description|profile|info)|the company|life at\b.*|((job|employee|our|your|the|additional|other|company) )?(benefits|perks|compensation|salary|pay|rewards?)\b.*|total rewards\b.*|what you('ll| will)? get\b.*|in return\b.*|company description|what'?s in it for you\b.*|we offer\b.*|(your |the )?(application|recruitment|hiring|interview|selection)( process| procedure)?|how to apply\b.*|next steps|(equal (employment )?opportunit|eeo|diversity)\b.*|((global|candidate|applicant|data) )*privacy (notice|policy|statement)\b.*)$/i;
/** A blurb label inside a line of run-on text ("... Docker Lambda Job benefits: Be the most ..."). */
const INLINE_BLURB_LABEL =
  /\b(company description|company profile|about (us|the company)|job benefits|benefits|perks|what we offer|we offer|our offer|why join us)\s*:/i;
/** An inline label of the employer's description, which opens a section when it opens a line. */
const EMPLOYER_LABEL = /^(company description|company profile|about (us|the company))\s*:/i;
/** A label about the job inside a line, which ends an inline blurb. */
const INLINE_ROLE_LABEL =
  /\b(job description|requirements|responsibilities|qualifications|your profile|your tasks|what you('ll| will) do|about (the role|you))\s*:/i;
/** A heading about the job itself ends a blurb section. */
const ROLE_HEADING =
  /\b(role|job|position|you|your|responsibilit|requirement|qualification|skills?|experience|duties|looking for|need|expect|bring|tasks|profile|nice to have|bonus|preferred|must|tech|stack|tools)\b/i;
/** Headings under which the lead-in describes the job, though it often opens with the company. */
const LEAD_IN_HEADING =
  /^(about (the |this )?(role|job|position|opportunity)|the (role|job|position|opportunity)|overview|(job |position |role )?(description|summary|overview)|introduction|description)$/i;

/** Sentence cues that say the sentence is about the job or the candidate. */
const ROLE_CUE =
  /\b(you|your|you'?ll|yourself|we('re| are) (looking|seeking|hiring|searching|adding|growing the team)|we need|looking for|seeking|hiring|join|joining|role|position|job|candidates?|responsib\w*|will be (working|responsible)|report(ing)? to|will|experience\w*|knowledge|proficien\w*|familiar\w*|skills?|degree|must|required|requirements?|ability|expertise)\b/i;
/** Sentence cues that say the sentence describes the tools the job uses. */
const TECH_CUE =
  /\b(stack|written in|built (on|with|in)|we use|uses|using|technolog\w*|tools?|tooling|frameworks?)\b/i;
const EEO_CLAUSE =
  /\b(without regard to|regardless of (race|gender|age|religion|sex)|equal (employment )?opportunity employer)\b/i;
const EEO_CLAUSE_CHARS = 400;
/** A sentence that asks something of the candidate is never a policy blurb ("Fluent in German ... What we offer:"). */
const REQUIREMENT_CUE =
  /\b(you will|you'll|experience\w*|fluent|fluency|proficien\w*|knowledge|skills?|degree|required|must)\b/i;
/** Equal-opportunity, accommodation and benefits sentences, wherever they sit. */
const POLICY_SENTENCE =
  /\b(equal (employment )?opportunit(y|ies)|without regard to|regardless of (race|gender|age|religion|sex)|reasonable accommodations?|(require|requires|need|needs|request) (an? )?accommodations?|if you have a disability|protected veteran|affirmative action|e-verify|we('ll| will)? offer|we('ll| will)? provide|benefits (include|package)|salary (range|placement|schedule)|pay range|base salary|compensation (for this role|is|range|package)|on-target earnings|401\s*\(?k\)?|paid time off|health (insurance|benefits|plan)|tuition reimbursement|sign-on bonus|stock options|profit-sharing|compensation and benefits|recruit(ment|ing) agenc(y|ies)|unsolicited (third[- ]party )?(resumes|cvs|applications)|(mental health|wellness|well-being|wellbeing) (days?|support|programs?|benefits?|stipend|allowance)|employee assistance program|parental leave|pension (plan|scheme|matching)|perks)\b/i;
/**
 * Pay transparency: a sentence stating the pay or how it is set ("The base pay range is $90,000 - $120,000; final
 * compensation depends on experience and skills"). It names experience and skills without asking for them, so no
 * requirement cue saves it.
 */
const PAY_SENTENCE =
  /[$€£]\s?\d|\b\d{2,3}(,\d{3})+\s?(usd|eur|gbp|dkk|sek|per (year|annum|hour))\b|\b((base|hourly|annual|starting) (pay|salary|rate|compensation)|(pay|salary|compensation|hiring|wage) (range|band|scale|transparency|grade)s?|total (rewards|compensation)|commensurate with|(actual|final|individual) (pay|salary|compensation|offer)|compensation (will|may) (be|vary)|(eligible|eligibility) (for|to (participate|receive)) (a |an )?(bonus|equity|benefits|incentive|commission))\b/i;
/**
 * How to apply and how hiring runs ("Send your CV in English", "our recruitment team", "The recruitment process is
 * handled by ..."): it names languages and skills without asking for them.
 */
const APPLY_SENTENCE =
  /\b((send|submit|attach|upload|include|including) (us )?(your |a |the |an )?(cv|resume|résumé|application|cover letter|motivation(al)? letter|documents|portfolio)|(application|applications|cv|cover letter)s? (must|should|will|can) be (sent|submitted|attached|written|uploaded|received)|must be attached|application deadline|apply (now|online|via|through|here|by|at|today|before)|how to apply)\b/i;
/** The employer's own hiring, named in a sentence that asks nothing ("speak to our recruitment team"). */
const HIRING_SENTENCE =
  /\b((our|the) (recruitment|recruiting|hiring|interview|selection|application) (process|procedure|team|system|office|package|manager|partner)s?|please (contact|send|submit|apply|note|direct)|for (further|more) information|(follow|find|like|join) us on|questions (about|regarding) the (position|role|job))\b/i;
/** A perk in a benefits list ("Free yoga classes", "Child-care support", "Gym membership"). */
const BENEFIT_LINE =
  /^\W*(free|discounted|subsidi[sz]ed|complimentary|generous|company[- ]paid)\b|\b(discounts?|allowances?|stipends?|vouchers?|gym|well-?being|wellness|(health|life|dental|medical|vision) (insurance|cover(age)?)|pension|retirement (plan|savings)|401\s*\(?k\)?|paid (leave|time off|vacation|holidays?)|pto|parental leave|sabbaticals?|vacation|holidays?|days off|perks?|benefits?|memberships?|reimbursements?|snacks|fruit|lunch(es)?|breakfast|coffee|drinks|team (events|lunches|dinners|outings)|company (events|parties|trips)|offsites?|relocation|child-?care|daycare|bonus(es)?|stock options|equity|rsus?|salary|(language|\w+) (classes|courses|lessons)|massages?|mental health (days?|support))\b/i;
/** Perk cues inside run-on text ("... Free yoga classes German language classes and health checks ..."). */
const PERK_CUE =
  /\b((in[- ]office|company) sports|table tennis|ping pong|foosball|kicker|(?<![-\w])(free|complimentary|subsidi[sz]ed|discounted|weekly|in-?house)( \w+)? (classes|courses|lessons|lunch(es)?|breakfast|snacks|drinks|coffee|fruit|parking|gym|membership|tickets|yoga|meals?|food|health checks?)|vouchers?|gym|sports (groups?|teams?|activities)|fresh fruit|snacks|massages?|health checks?|health insurance|pension|sabbaticals?|child-?care|child care|daycare|kita|paid (vacation|holidays?|leave|time off)|vacation days|relocation (package|support|assistance|bonus)|language (classes|courses|lessons)|well-?being|wellness|mental health (days?|support|programs?)|stipends?|allowances?|perks|employee (benefits|discounts?)|job benefits)\b/gi;
const PERK_WINDOW = { before: 60, after: 90 } as const;
/** Facts about the company wherever they sit: founding, funding, headquarters, size, market, customers, products. */
const COMPANY_FACT =
  /\b(founded (in|by)|series [a-f] (funding|round)|funding round|raised \$|headquartered|(billion|million|bn) valuation|(is|are) (a|an|the) (leading|global|world-leading|fast-growing|award-winning|market-leading|largest|biggest)|(is|are) (one of )?(a|an|the) (leader|pioneer|provider|supplier|manufacturer|specialist)s? (in|of|for)|our (mission|vision|customers|clients) (is|are|include)|our (history|heritage) (spans?|goes back|dates)|our (portfolio|products|solutions|services) (ranges?|includes?|spans?)|products are (also )?used|(we|our company) (help|helps|enable|enables|empower|empowers|serve|serves|support|supports) (our )?(clients|customers|businesses|companies|brands|organi[sz]ations|millions)|(is|are) (a|an) ([\w-]+ ){1,4}(company|firm|group|business|startup|agency|organi[sz]ation|institute|university|manufacturer|provider|consultancy|subsidiary) (with|that|which|in|based|headquartered|founded|for)|(millions|billions|thousands|hundreds) of (users|customers|people|clients|viewers|players|members|patients|businesses|households)|(mainly|primarily|mostly|largely) (focus(es)?|speciali[sz]es|caters?) (on|in|to)|as a (division|subsidiary|part|member) of)\b/i;
/**
 * What the company is committed to doing for its clients, up to the end of its clause: "We are committed to providing
 * outstanding recruitment solutions for our clients, and this role…" offers recruitment, it does not ask for it.
 */
const COMPANY_COMMITMENT =
  /\b(we|our (company|firm|team|group)) (are|is) (committed|dedicated) to (providing|delivering|offering|helping|serving)\b[^,.;]*/i;
/**
 * A sentence that opens by naming the company and saying what it is ("Acme is a housekeeping company with years of
 * experience in cleaning hotels"): about the employer whatever else it mentions.
 */
/** What a company calls itself, in either case ("a Talent Acquisition Consultancy"). */
const COMPANY_NOUNS = [
  'company',
  'firm',
  'group',
  'business',
  'startup',
  'agency',
  'organi[sz]ation',
  'institute',
  'university',
  'manufacturer',
  'provider',
  'supplier',
  'leader',
  'brand',
  'platform',
  'marketplace',
  'consultancy',
  'specialist',
  'employer',
]
  .map((n) => `[${n[0]}${n[0]!.toUpperCase()}]${n.slice(1)}`)
  .join('|');
// A lead-in clause may come first: "As a division of ERAM Group, E-Talent is…", "To this end, OptiRisk offers…".
const LEAD_IN = String.raw`^\W*([Aa]s (a|an) (division|subsidiary|part|member|unit) of [^,]{1,60},\s*|[Tt]o this end,?\s*|[Tt]oday,?\s*)?`;
const NAME = String.raw`((<ORGANIZATION>|\p{Lu}[\p{L}\d&.'-]*)\s+){1,4}`;
const COMPANY_INTRO = new RegExp(
  `${LEAD_IN}${NAME}(is|are) (a|an|the|one of the) ([\\p{L}-]+ ){0,4}(${COMPANY_NOUNS})\\b`,
  'u',
);
/** What a named company sells: "OptiRisk offers training programs" (see NOT_A_NAME for who is no company). */
const COMPANY_SELLS = new RegExp(
  `${LEAD_IN}${NAME}(offers|provides|develops|delivers|sells|manufactures|operates|specialises|specializes)\\b`,
  'u',
);
/** Openings of a sentence about the role or the reader, never a company's name: "The Platform team provides…". */
const NOT_A_NAME =
  /^\W*(the|this|that|our|your|you|we|each|every|all|any|a|an|successful|ideal|candidates?)\b/i;
/** A label line about the posting itself ("Division: Crop Science", "Location: Remote"), not about the candidate. */
const METADATA_LINE =
  /^\W*(division|department|business unit|function|location|work location|job (id|code|number|family|category)|req(uisition)? ?(id|number|#)|reference( code| number)?|employment type|work type|schedule|shift|travel|posted|industry|company|job segments?)\s*:/i;
/** Facts about the company as labels inside run-on text ("Industry: Financial Services Company size: 10k+ people"). */
const INLINE_COMPANY_LABEL = /\b(industry|company (size|type))\s*:\s*((\S+\s+){0,4}?)(?=\S+\s*:|$)/gi;
const BULLET = /^\s*([-*•·–—▪●◦]|\d{1,2}[.)])\s+/;
const MIN_PROSE_WORDS = 8;
const MIN_SENTENCE_WORDS = 5;
const MAX_LEAD_IN_SENTENCES = 6;
const MAX_BENEFIT_LINE_WORDS = 14;
// A "sentence" longer than this is a posting pasted without punctuation: too coarse to call a company blurb.
const MAX_SENTENCE_WORDS = 45;

export type Range = [number, number];

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function isSectionHeading(line: string): { text: string } | null {
  if (BULLET.test(line)) return null;
  const heading = headingOf(line);
  if (!heading) return null;
  if (
    heading.marked ||
    headingLevel(heading) ||
    BLURB_HEADING.test(heading.text) ||
    LEAD_IN_HEADING.test(heading.text)
  )
    return heading;
  return ROLE_HEADING.test(heading.text) ? heading : null;
}

/** A line of running text: long enough, or a shorter full sentence ("Tidewater operates warehouses in Virginia."). */
function isProse(line: string): boolean {
  if (BULLET.test(line) || !/[a-z]/.test(line)) return false;
  const n = words(line);
  return n >= MIN_PROSE_WORDS || (n >= MIN_SENTENCE_WORDS && /[.!?]\s*$/.test(line));
}

/** Title words of the posting's first line, so that a sentence naming the job ("The Data Analyst will ...") reads as one about the role. */
function titlePattern(text: string): RegExp | null {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).trim();
  if (!first || words(first) > 10) return null;
  const title = first.replace(/\s*[-–—(|,].*$/, '').trim();
  if (title.length < 4) return null;
  return new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}s?\\b`, 'i');
}

function isCompanySentence(sentence: string, title: RegExp | null): boolean {
  if (words(sentence) < MIN_SENTENCE_WORDS) return false;
  // "Assisting in ...", "Building ...", "To lead the team ...": a duty written as a gerund or an infinitive.
  if (/^\W*(\p{Lu}\p{Ll}+ing|[Tt]o \p{Ll}+)\b/u.test(sentence)) return false;
  return !ROLE_CUE.test(sentence) && !TECH_CUE.test(sentence) && !(title?.test(sentence) ?? false);
}

/**
 * Character ranges of a posting that describe the employer rather than the job: sections under an "About us",
 * "Who we are", "Benefits" or "What we offer" heading; the sentences of the lead-in paragraph that say nothing about
 * the role, its tools or the candidate; and benefits or equal-opportunity sentences anywhere in prose.
 */
export function blurbRanges(text: string): Range[] {
  const out: Range[] = [];
  const title = titlePattern(text);
  const lines = text.split('\n');
  let offset = 0;
  let inBlurb = false;
  // The lead-in: the first prose paragraph, before any bullet or section heading other than "About the role".
  let leadIn: 'before' | 'in' | 'done' = 'before';
  let leadInSentences = 0;
  // The bullets of the current list, to drop it whole when it is a list of perks.
  let bullets: { range: Range; perk: boolean; asks: boolean }[] = [];
  const endList = () => {
    const perks = bullets.filter((b) => b.perk).length;
    if (perks >= 2 && perks * 3 >= bullets.length) for (const b of bullets) if (!b.asks) out.push(b.range);
    bullets = [];
  };
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (index === 0) return;
    const heading = isSectionHeading(line);
    if (heading || !BULLET.test(line)) endList();
    if (heading) {
      inBlurb = BLURB_HEADING.test(heading.text);
      // The heading of a blurb is part of it ("About Northwind Logistics", "Global Data Privacy Notice").
      if (inBlurb) out.push([start, start + line.length]);
      if (leadIn === 'in' || (leadIn === 'before' && !LEAD_IN_HEADING.test(heading.text) && !inBlurb))
        leadIn = 'done';
      return;
    }
    // A label about the job opening a line ("Job Description: We are seeking …") ends the blurb above it.
    if (inBlurb && INLINE_ROLE_LABEL.exec(line)?.index === 0) inBlurb = false;
    if (inBlurb || METADATA_LINE.test(line)) {
      out.push([start, start + line.length]);
      return;
    }
    for (const m of line.matchAll(INLINE_COMPANY_LABEL))
      out.push([start + m.index, start + m.index + m[0].length]);
    // A blurb label inside the line: from the label to a label about the job, or to the end of the line and on.
    // "About Us: Allium IP is …" opening a line opens a section too: the paragraphs after it are the employer's until a
    // heading or a label about the job.
    const label = INLINE_BLURB_LABEL.exec(line);
    if (label && (label.index > 0 || EMPLOYER_LABEL.test(label[0]))) {
      const rest = line.slice(label.index);
      const role = INLINE_ROLE_LABEL.exec(rest);
      out.push([start + label.index, start + label.index + (role ? role.index : rest.length)]);
      if (!role) inBlurb = true;
    }
    const asks = REQUIREMENT_CUE.test(line);
    const perk = words(line) <= MAX_BENEFIT_LINE_WORDS && BENEFIT_LINE.test(line) && !asks;
    if (BULLET.test(line)) bullets.push({ range: [start, start + line.length], perk, asks });
    if (perk) {
      out.push([start, start + line.length]);
      return;
    }
    const prose = isProse(line);
    if (leadIn === 'before' && prose) leadIn = 'in';
    else if (leadIn === 'in' && !prose) leadIn = 'done';
    else if (leadIn === 'before' && BULLET.test(line)) leadIn = 'done';
    if (!prose) return;
    for (const [from, to] of sentenceRanges(line, start)) {
      const sentence = text.slice(from, to);
      if (words(sentence) > MAX_SENTENCE_WORDS) {
        // An equal-opportunity clause inside a run-on line: from the clause to the end of the sentence.
        const clause = EEO_CLAUSE.exec(sentence);
        if (clause) out.push([from + clause.index, Math.min(to, from + clause.index + EEO_CLAUSE_CHARS)]);
        continue;
      }
      if (leadIn === 'in' && ++leadInSentences > MAX_LEAD_IN_SENTENCES) leadIn = 'done';
      const asksHere = REQUIREMENT_CUE.test(sentence);
      const policy = (POLICY_SENTENCE.test(sentence) || HIRING_SENTENCE.test(sentence)) && !asksHere;
      const fact =
        (COMPANY_FACT.test(sentence) && !asksHere && !ROLE_CUE.test(sentence) && !TECH_CUE.test(sentence)) ||
        ((COMPANY_INTRO.test(sentence) || (COMPANY_SELLS.test(sentence) && !NOT_A_NAME.test(sentence))) &&
          !/\byou/i.test(sentence));
      const commitment = COMPANY_COMMITMENT.exec(sentence);
      if (commitment) out.push([from + commitment.index, from + commitment.index + commitment[0].length]);
      if (policy || fact || (leadIn === 'in' && isCompanySentence(sentence, title))) {
        out.push([from, to]);
        continue;
      }
      // Pay and application notes name experience and skills without asking for them: from the note to the end of
      // the sentence, and what precedes it unless that asks for something.
      const note = PAY_SENTENCE.exec(sentence) ?? APPLY_SENTENCE.exec(sentence);
      if (note)
        out.push([REQUIREMENT_CUE.test(sentence.slice(0, note.index)) ? from + note.index : from, to]);
    }
  });
  endList();
  return out;
}

/** Headings over a description of the team or division the job sits in. */
const TEAM_HEADING =
  /^(about (the |our |this )?(team|department|division|group|business|unit)|(the|our) (team|department|division)|meet (the|your) team|team (overview|description))$/i;

/**
 * The sentences of an "About the team" section that describe the team or its business rather than the role ("Our
 * Consumer Banking division serves our customers through personal banking, credit cards, mortgages"). The lines of
 * such a section often name the tools the team uses too, so callers drop only skills that are not technical there.
 */
export function teamRanges(text: string): Range[] {
  const out: Range[] = [];
  const title = titlePattern(text);
  let inTeam = false;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const heading = isSectionHeading(line) ?? (start > 0 ? headingOf(line) : null);
    if (heading && !isProse(line)) {
      inTeam = TEAM_HEADING.test(heading.text.trim());
      continue;
    }
    if (!inTeam || !isProse(line)) continue;
    for (const [from, to] of sentenceRanges(line, start))
      if (!REQUIREMENT_CUE.test(text.slice(from, to)) && isCompanySentence(text.slice(from, to), title))
        out.push([from, to]);
  }
  return out;
}

/**
 * Stretches of text around a perk ("Free yoga classes", "childcare vouchers", "German language courses") that ask
 * nothing themselves: the skills of daily life named there (yoga, childcare, a language) are offered, not asked
 * for. Found in run-on text too, where no line or sentence marks the benefits off.
 */
export function perkRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(PERK_CUE)) {
    let from = Math.max(0, m.index - PERK_WINDOW.before);
    let to = Math.min(text.length, m.index + m[0].length + PERK_WINDOW.after);
    // Within the cue's line and sentence.
    const before = text.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf('\n'), before.search(/[.;!?]\s[^.;!?]*$/));
    if (cut >= 0) from += cut + 1;
    const after = text.slice(m.index, to).search(/\n|[.;!?](\s|$)/);
    if (after >= 0) to = m.index + after;
    if (!REQUIREMENT_CUE.test(text.slice(from, to))) out.push([from, to]);
  }
  return out;
}

// "dashboards for merchandising leadership", "the data engineering department": a group of people, not a skill.
// ("Agile teams" is a way of working, so "team" is left out.)
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'leadership',
  'leaders',
  'department',
  'departments',
  'staff',
  'stakeholders',
  'colleagues',
  'counterparts',
  'managers',
]);

// "our Backend Engineering team", "Full Stack Developers", "a PhD scholarship", "recruitment consultant": a field or
// practice named as the head of a team, a role or a post describes the job or the people around it, not a skill
// asked for. Tools keep their mention ("Java developer", "Kubernetes engineers"): see ROLE_HEAD_KEEPS.
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'engineer',
  'engineers',
  'developer',
  'developers',
  'dev',
  'devs',
  'team',
  'teams',
  'group',
  'groups',
  'consultant',
  'consultants',
  'director',
  'specialist',
  'specialists',
  'professional',
  'professionals',
  'manager',
  'student',
  'students',
  'position',
  'positions',
  'scholarship',
  'scholarships',
  'fellowship',
  'candidate',
  'candidates',
  'agency',
  'agencies',
  'partner',
  'officer',
  'officers',
  'expert',
  'experts',
  'administrator',
  'administrators',
]);

// "Collaborate with designers, teachers and backend engineers", "coordinate care with pharmacists and case
// management": the people a posting's holder works with, not skills asked of them. The list runs from the verb's
// "with" to a word that starts the purpose ("to", "for", "using") or the end of the sentence.
const COLLABORATION =
  /\b(collaborat\w*|partner(s|ing)?|work(s|ing)? (closely|together|hand in hand)|coordinat\w*( care)?|liais\w*|interfac\w*|team(s|ing)? up) with\b|\balongside\b|\breport(s|ing)? (in)?to\b/gi;
const COLLABORATION_END =
  /[.;:!?\n]|\b(to|for|using|via|through|by|across|from|in|during|when|while|so that|including|such as|on (projects|initiatives))\b/i;

// "the Department of Physics, Chemistry and Pharmacy", "Faculty of Medicine": the name of a unit, not a skill.
const ORG_UNIT =
  /\b(departments?|faculty|faculties|school|section|institute|centre|center|college|division)\s+(of|for)\b/gi;
const ORG_UNIT_END = /[.;:!?()\n]|\b(at|in|where|which|is|are|has|have|with|from)\b/i;

function rangesAfter(text: string, start: RegExp, end: RegExp): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(start)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 200);
    const stop = rest.search(end);
    out.push([from, from + (stop === -1 ? rest.length : stop)]);
  }
  return out;
}

// "responsible for selling Robotic Assisted Surgery (RAS) systems to hospitals", "sells dental implants": what the job
// sells. Its practice (surgery, dentistry) is the buyers', not asked of the seller; the range runs from the verb to the
// buyer ("to", "into"), the purpose, or the end of the sentence, across the line breaks of a wrapped sentence.
const SELLING = /\b(?:sell|sells|selling|sold|resell(?:s|ing)?|cross-sell(?:ing)?|upsell(?:ing)?)\b/gi;
const SELLING_END =
  /[.;:!?]|\n\s*(?:[-*•▪●◦]|\d{1,2}[.)])|\b(?:to|into|for|across|through|by|with|while|and|in order)\b/i;

/** Ranges of a posting naming what the job sells: see SELLING. */
export function soldRanges(text: string): Range[] {
  return rangesAfter(text, SELLING, SELLING_END);
}

// "help move the business off of emailed spreadsheets", "when a question is too big or messy for a spreadsheet": what the
// job moves away from or outgrows, or does "without leaning entirely on", is not asked for ("no shying away from Babel"
// still asks). The range runs to the end
// of the phrase ("and onto dashboards").
const LEFT_BEHIND =
  /\b(?:(?:mov|migrat|transition|shift|switch)\w* away from|off of|instead of|rather than|in place of|without (?:leaning|relying|depending) (?:\w+ )?on|too (?:\w+ )?(?:(?:and|or) \w+ )?for)\b/gi;
const LEFT_BEHIND_END = /[.;:!?()\n]|\b(?:and|or|to|into|onto|with|so|but|while|when)\b/i;

/**
 * Character ranges of a posting whose skills are not asked of the candidate: the blurb, collaborator lists, named
 * organisational units and what the job leaves behind, sorted and merged.
 */
export function notAskedRanges(text: string): Range[] {
  return mergeRanges([
    ...blurbRanges(text),
    ...rangesAfter(text, COLLABORATION, COLLABORATION_END),
    ...rangesAfter(text, ORG_UNIT, ORG_UNIT_END),
    ...rangesAfter(text, LEFT_BEHIND, LEFT_BEHIND_END),
  ]);
}

/** Ranges sorted and merged where they overlap. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const all = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Whether an offset falls inside one of the ranges (sorted, non-overlapping), for offsets visited in increasing order. */
export function rangeLookup(ranges: readonly Range[]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    if (i > 0 && offset < ranges[i - 1]![1]) i = 0;
    while (i < ranges.length && ranges[i]![1] <= offset) i++;
    const r = ranges[i];
    return !!r && r[0] <= offset && offset < r[1];
  };
}
