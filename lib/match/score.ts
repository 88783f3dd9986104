import {
  findSkill,
  impliedBy,
  isDegreeLine,
  isLabel,
  isWish,
  phrasePattern,
  PRODUCT_CATEGORIES,
  relatedCredit,
} from '../skills';
import { occupationAffinity } from '../occupation';
import { unwrappedLines } from '../skills/lines';
import { describeYears } from '../structure/experience';
import {
  type EmbeddedPassage,
  type JobProfile,
  type JobRequirement,
  type MatchResult,
  type MatchSkills,
  type RequirementCoverage,
  type ResumeProfile,
} from './types';
import {
  closestSentence,
  isRoleHeader,
  listedPhrase,
  listedQualities,
  sharedStems,
  tellsOfWork,
  type ListedQuality,
} from './evidence';
import { uncoveredVerdict } from './advice';
import { eitherOf } from './phrases';
import { dot } from './vector';

/**
 * Similarity of two MiniLM passages maps onto coverage between these bounds: unrelated text sits near 0.1-0.2,
 * a paraphrase of the same requirement above 0.6.
 */
const SIM_FLOOR = 0.2;
const SIM_CEIL = 0.62;
/** Without a named skill the resume lacks, a requirement keeps at most this much coverage, and is never covered. */
const UNHELD_CAP = 0.3;
/** Above this similarity a passage says the same thing in other words even without a shared content word. */
const PARAPHRASE_AT = 0.6;
/** Coverage of a requirement whose quality the resume lists word for word (see listedPhrase). */
const LISTED_COVERAGE = 0.8;
/** A passage this close to an uncovered requirement is worth quoting in advice. */
const NEAREST_AT = 0.4;

/** When a requirement counts as covered; read off the labelled evidence pairs in eval/ (dev split). */
export const COVERAGE_RULES = {
  /** A requirement naming no skill: the best passage's similarity… */
  semanticAt: 0.45,
  /** …and the content words its cited sentence shares with the requirement (unless a paraphrase). */
  semanticShared: 2,
  /** A requirement naming skills the resume has: a passage must still come this close to it. */
  skillSimFloor: 0,
  /** Fewer years than a requirement asks (when the resume shows years for it) leave it uncovered. */
  yearsGate: false,
  /** A degree requirement naming fields of study needs one of those fields, not only the degree. */
  degreeFieldGate: true,
  /**
   * A requirement naming no skill is covered by similar wording only within the same profession (profession part
   * at least this): "write product code" is not covered by a sales line about product packages.
   */
  semanticProfessionAt: 0.4,
  /**
   * Years asked in a role like the posting's own ("2+ years in a data analyst, business analyst, or similar role") are
   * met by a resume with the years whose own titles are this close to the posting's (profession part).
   */
  roleProfessionAt: 0.6,
};

const DEGREE_CATEGORIES = new Set(['education']);
const categoryOf = (name: string) => findSkill(name)?.category ?? '';

/** "… or a related field", "or related technical discipline", "or equivalent experience": other fields count. */
const RELATED_FIELD =
  /\bor (?:an? |any )?(?:other )?(?:closely )?(?:related|relevant|similar|equivalent|comparable|allied)\b[\w\s-]{0,25}?\b(?:fields?|disciplines?|areas?|subjects?|degrees?|majors?|streams?|experience|qualifications?)\b/i;
/** A degree requirement that takes experience instead ("or equivalent experience", "or equivalent work experience"). */
const EQUIVALENT_EXPERIENCE =
  /\bor (?:an? )?(?:equivalent|comparable|relevant) (?:\w+ )?(?:work |professional |practical |industry )?experience\b/i;
/**
 * Words two fields of study can share without being related: "Computer Science" and "Political Science",
 * "Mechanical Engineering" and "Engineering Management", "Information Systems" and "Control Systems".
 */
const FIELD_FILLER = new Set([
  ...['science', 'sciences', 'studies', 'arts', 'engineering', 'management', 'technology', 'systems'],
  ...['administration', 'information', 'applied', 'general', 'and', 'of', 'the', 'in', '&'],
]);

/**
 * Whether a field of study the resume holds is related to one a requirement names: they share a telling word
 * ("Computer Engineering" and "Computer Science") or one implies the other (an MBA and Business Administration).
 */
function relatedField(held: string, named: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !FIELD_FILLER.has(w));
  const heldWords = new Set(words(held));
  if (words(named).some((w) => heldWords.has(w))) return true;
  return impliedBy(new Set([held])).has(named) || impliedBy(new Set([named])).has(held);
}

/**
 * Whether the skills a requirement names are met: one of them held, and for a degree requirement that names fields
 * of study ("BS in Mechanical Engineering or a related field"), one of those fields too, or, where the requirement
 * accepts a related field, a field of the resume's related to one of them.
 */
function namedSkillsMet(
  named: readonly string[],
  held: ReadonlySet<string>,
  text: string,
  resumeSkills: readonly string[],
  alternatives: readonly (readonly string[])[] = [],
  parts: readonly string[] = [],
): boolean {
  if (!named.some((s) => held.has(s))) return false;
  // "running Kubernetes, including networking, RBAC": the skill the parts belong to must be held, not a part alone.
  const heads = named.filter((s) => !parts.includes(s));
  if (parts.length && heads.length && !heads.some((s) => held.has(s))) return false;
  if (!COVERAGE_RULES.degreeFieldGate) return true;
  // "Retail or e-commerce analytics experience": an industry, and what is offered beside it, says where the work was
  // done; the practice named with them (analytics) is what is asked, and one such practice must be held.
  const where = new Set([
    ...named.filter((s) => categoryOf(s) === 'industry'),
    ...alternatives.filter((g) => g.some((s) => categoryOf(s) === 'industry')).flat(),
  ]);
  const practices = named.filter(
    (s) => !where.has(s) && !DEGREE_CATEGORIES.has(categoryOf(s)) && categoryOf(s) !== 'field',
  );
  if (where.size && practices.length && !practices.some((s) => held.has(s))) return false;
  // In a degree requirement the other skills it names are its fields of study ("in Mechanical Engineering").
  const degrees = named.filter((s) => DEGREE_CATEGORIES.has(categoryOf(s)));
  // Elsewhere a field of study stands only for itself: "leadership across the FP&A teams … Finance & Business
  // Management" is not met by a Business Administration diploma when the practices it names are missing.
  if (!degrees.length)
    return (
      named.some((s) => held.has(s) && categoryOf(s) !== 'field') ||
      named.every((s) => categoryOf(s) === 'field')
    );
  const fields = named.filter((s) => !DEGREE_CATEGORIES.has(categoryOf(s)));
  // "… in Accounting or Finance, or equivalent experience": the field worked in stands in for the degree.
  if (!degrees.some((s) => held.has(s)))
    return EQUIVALENT_EXPERIENCE.test(text) && fields.some((s) => held.has(s));
  if (!fields.length || fields.some((s) => held.has(s))) return true;
  if (!RELATED_FIELD.test(text)) return false;
  const ownFields = resumeSkills.filter((s) => categoryOf(s) === 'field');
  return ownFields.some((own) => fields.some((f) => relatedField(own, f)));
}
const REQUIRED_WEIGHT = 2;
const PREFERRED_WEIGHT = 1;

/**
 * Weights of the five parts of a score (they add up to 1), chosen on eval-dev where both rankings (resumes for a
 * job, postings for a resume) sit on a plateau: how well the resume covers each requirement, how many of the
 * posting's skills it has, how its opening passage fits the job title, how its own headline and role titles fit it
 * (the strongest single sign of the same profession), and how close the whole resume is to the whole posting.
 */
export const SCORE_WEIGHTS = {
  requirements: 0.2,
  skills: 0.15,
  title: 0.2,
  profession: 0.25,
  document: 0.2,
} as const;
/** Similarity of a posting title and a resume's own title: other professions sit near 0.2, the same one above 0.7. */
const PROFESSION_RAMP = [0.2, 0.7] as const;
/** Mean similarity of resume passages and requirements, scaled: other fields near 0.15, the same one near 0.5. */
const DOCUMENT_RAMP = [0.15, 0.5] as const;
/** A role title counts less the older the role: the most recent, the one before, the one before that. */
const ROLE_TITLE_WEIGHTS = [1, 0.85, 0.7] as const;
/** The skills a resume has for a job, named or implied: what filtering candidates by skill looks for. */
export function skillsHeld(result: Pick<MatchResult, 'skills'>): string[] {
  return [...new Set([...result.skills.matched, ...result.skills.implied.map((i) => i.name)])];
}

/**
 * The skills at a level the resume lacks and the candidate does not claim either: what pages and exports list as
 * missing, with the claims listed apart (they stay in `missing`, as the resume lacks them).
 */
export function unclaimedMissing(
  skills: Pick<MatchSkills, 'missing' | 'claimed'>,
  level: 'required' | 'preferred',
): string[] {
  const claimed = new Set(skills.claimed?.map((c) => c.name));
  return skills.missing[level].filter((name) => !claimed.has(name));
}

/**
 * The missing skills of a level as asks: one entry per skill, except that a group of alternatives the resume has none
 * of is one entry ("one of Accounting, Economics or Finance"). `label` writes each skill's name.
 */
export function missingAsks(
  skills: Pick<MatchSkills, 'missing' | 'claimed' | 'missingAlternatives'>,
  level: 'required' | 'preferred',
  label: (name: string) => string = (name) => name,
): string[] {
  const groups = skills.missingAlternatives ?? [];
  const out: string[] = [];
  const said = new Set<string[]>();
  for (const name of unclaimedMissing(skills, level)) {
    const group = groups.find((g) => g.includes(name));
    if (!group) out.push(label(name));
    else if (!said.has(group)) {
      said.add(group);
      out.push(`one of ${eitherOf(group.map(label))}`);
    }
  }
  return out;
}

/** Bands read off eval-dev: same-profession pairs score a median 40 (90th percentile 64), other pairs a median 22 (90th 38). */
export const SCORE_BANDS = { strong: 70, partial: 45 } as const;

function ramp(x: number, lo: number, hi: number): number {
  return Math.min(1, Math.max(0, (x - lo) / (hi - lo)));
}

/**
 * What the candidate claims beyond the resume: each skill they added, and each skill one of those implies, with the
 * added skill behind it. Reported, never credited.
 */
function claimsOf(resume: ResumeProfile): Map<string, string> {
  const added = new Set(resume.claimed ?? []);
  const claims = new Map<string, string>([...added].map((name) => [name, name]));
  for (const [name, via] of impliedBy(added)) if (!claims.has(name)) claims.set(name, via);
  return claims;
}

/**
 * The posting's skills against the resume's: matched, implied, covered by an alternative, related or missing, from
 * the resume's evidence alone. The candidate's claims are listed apart (`claimed`) and change no credit.
 */
export function matchSkills(
  job: JobProfile,
  resume: ResumeProfile,
): MatchSkills & { credit: Map<string, number>; support: Map<string, string> } {
  const present = new Set(resume.skills);
  const implied = impliedBy(present);
  const credit = new Map<string, number>();
  /** For each posting skill the resume has, the resume skill that shows it (itself, what implies it, an alternative). */
  const support = new Map<string, string>();
  const matched: string[] = [];
  const impliedHits: { name: string; via: string }[] = [];
  const missing = { required: [] as string[], preferred: [] as string[] };
  const related: { name: string; via: string; credit: number }[] = [];
  const alternatives: { name: string; via: string }[] = [];
  const claims = claimsOf(resume);
  const claimed: { name: string; via?: string }[] = [];
  const has = (name: string) => present.has(name) || implied.has(name);
  const alternativeHeld = coveringAlternatives(job, has);
  const shownBy = (name: string) => (present.has(name) ? name : (implied.get(name) ?? name));
  for (const skill of job.skills) {
    if (present.has(skill.name)) {
      matched.push(skill.name);
      credit.set(skill.name, 1);
      support.set(skill.name, skill.name);
    } else if (implied.has(skill.name)) {
      impliedHits.push({ name: skill.name, via: implied.get(skill.name)! });
      credit.set(skill.name, 1);
      support.set(skill.name, implied.get(skill.name)!);
    } else if (alternativeHeld.has(skill.name)) {
      const via = alternativeHeld.get(skill.name)!;
      alternatives.push({ name: skill.name, via });
      credit.set(skill.name, 1);
      support.set(skill.name, shownBy(via));
    } else {
      missing[skill.level].push(skill.name);
      const rel = relatedCredit(skill.name, present);
      if (rel) related.push({ name: skill.name, ...rel });
      credit.set(skill.name, rel?.credit ?? 0);
      const claim = claims.get(skill.name);
      if (claim !== undefined)
        claimed.push(claim === skill.name ? { name: skill.name } : { name: skill.name, via: claim });
    }
  }
  const missingNames = new Set([...missing.required, ...missing.preferred]);
  const missingAlternatives = offeredOnlyAsAlternatives(job).filter((group) =>
    group.every((name) => missingNames.has(name)),
  );
  const phrases: Record<string, string[]> = {};
  for (const skill of job.skills) {
    const shown = support.get(skill.name);
    const list = shown ? resume.skillPhrases?.[shown] : skill.phrases;
    if (list?.length) phrases[skill.name] = list;
  }
  return {
    matched,
    implied: impliedHits,
    missing,
    related,
    alternatives,
    ...(missingAlternatives.length ? { missingAlternatives } : {}),
    claimed,
    phrases,
    credit,
    support,
  };
}

/** What the alternatives are read from: each requirement's skills and its groups of alternatives. */
type Asks = { requirements: readonly Pick<JobRequirement, 'skills' | 'alternatives'>[] };

/** Skills the posting names only inside a group of alternatives, never asked for on their own. */
function groupedOnly(job: Asks): Set<string> {
  const alone = new Set<string>();
  const grouped = new Set<string>();
  for (const req of job.requirements) {
    const inGroups = new Set((req.alternatives ?? []).flat());
    for (const skill of req.skills) (inGroups.has(skill) ? grouped : alone).add(skill);
  }
  return new Set([...grouped].filter((s) => !alone.has(s)));
}

/**
 * The posting's groups of alternatives whose skills it asks for only there, each once: "AWS, GCP or Azure" is one
 * ask, whichever of them a candidate has.
 */
export function offeredOnlyAsAlternatives(job: Asks): string[][] {
  const only = groupedOnly(job);
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const req of job.requirements)
    for (const group of req.alternatives ?? []) {
      const kept = group.filter((s) => only.has(s) && !seen.has(s));
      if (kept.length < 2) continue;
      kept.forEach((s) => seen.add(s));
      out.push(kept);
    }
  return out;
}

/**
 * Skills the posting offers only as alternatives ("AWS, GCP or Azure") where the resume has another of the same
 * group, each with the one it has. A skill the posting also asks for on its own elsewhere is never covered this way.
 */
function coveringAlternatives(job: JobProfile, has: (name: string) => boolean): Map<string, string> {
  const alone = new Set<string>();
  for (const req of job.requirements) {
    const grouped = new Set((req.alternatives ?? []).flat());
    for (const skill of req.skills) if (!grouped.has(skill)) alone.add(skill);
  }
  const covered = new Map<string, string>();
  for (const req of job.requirements) {
    for (const group of req.alternatives ?? []) {
      const held = group.find(has);
      if (!held) continue;
      for (const skill of group)
        if (!has(skill) && !alone.has(skill) && !covered.has(skill)) covered.set(skill, held);
    }
  }
  return covered;
}

/**
 * Years the resume shows for a requirement: the most for any skill it names, or the whole career when it
 * names none; null when the resume has no dated evidence for it.
 */
function yearsShown(skills: readonly string[], resume: ResumeProfile): number | null {
  if (!skills.length) return resume.years;
  const known = skills.map((s) => resume.skillYears[s]).filter((y): y is number => typeof y === 'number');
  return known.length ? Math.max(...known) : null;
}

function bestPassage(
  vector: JobProfile['titleVector'],
  resume: ResumeProfile,
  lines: readonly ResumeProfile['chunks'][number][],
): { sim: number; text: string | null; total: number } {
  let sim = -1;
  let text: string | null = null;
  let total = 0;
  for (const chunk of resume.chunks) {
    const s = dot(vector, chunk.vector);
    total += s;
    if (!lines.length && s > sim) {
      sim = s;
      text = chunk.text;
    }
  }
  for (const line of lines) {
    const s = dot(vector, line.vector);
    if (s > sim) {
      sim = s;
      text = line.text;
    }
  }
  return { sim, text, total };
}

/**
 * How well the resume covers each requirement. A requirement that names skills is covered only when the resume has
 * one of them (named, implied, or an alternative the requirement offers), and cites the line that names it;
 * similarity only grades it. One that names none is covered by a passage that says the same thing, and cites the
 * sentence of that passage that shares its words.
 */
function coverRequirements(
  job: JobProfile,
  resume: ResumeProfile,
  credit: Map<string, number>,
  support: Map<string, string>,
  claimed: ReadonlySet<string>,
  profession: number,
): { requirements: RequirementCoverage[]; similaritySum: number } {
  // Every passage-requirement similarity is read once here; their sum is the document fit's numerator.
  let similaritySum = 0;
  // The qualities the resume lists, read only if some requirement naming no skill needs them, and then once.
  let readQualities: ListedQuality[] | null = null;
  const qualities = () =>
    (readQualities ??= listedQualities((resume.lines ?? resume.chunks).map((c) => c.text)));
  // A role's header names a title, not work done: no line to cover a requirement with. Set aside once per resume.
  const lines = (resume.lines ?? []).filter((l) => !isRoleHeader(l.text));
  // The resume's title nearest the posting's, for requirements asking years in a role like it; once per match.
  const title = closestTitle(job, resume);
  const requirements = job.requirements.map((req) => {
    const { sim: best, text: passage, total } = bestPassage(req.vector, resume, lines);
    similaritySum += total;
    const semantic = ramp(best, SIM_FLOOR, SIM_CEIL);
    const named = req.skills.filter((s) => credit.has(s));
    const held = named.filter((s) => support.has(s));
    const skillShare = named.length
      ? named.reduce((a, s) => a + (credit.get(s) ?? 0), 0) / named.length
      : null;
    let coverage = skillShare === null ? semantic : 0.5 * semantic + 0.5 * skillShare;
    let covered: boolean;
    let evidence: string | null = null;
    let quoted = true;
    /**
     * Subjects of a degree asked that the resume shows only through a product (see heldForCover): they do not count for
     * the degree, so they are not shown as held either ("Economics via SAS").
     */
    let notSubjects: readonly string[] = [];
    if (named.length) {
      // A practice the resume shows only through a product it lists (Accounting through "MAS90" in an IT director's
      // list of the software they ran) is no degree subject, and covers the practice only for someone of the trade.
      const throughProduct = held.filter((s) => byProductOnly(s, support));
      const asksDegree = named.some((s) => DEGREE_CATEGORIES.has(categoryOf(s)));
      if (asksDegree) notSubjects = throughProduct;
      const heldForCover = asksDegree ? held.filter((s) => !throughProduct.includes(s)) : held;
      // "Four-year degree and two to five years prior work as Manufacturing engineer": besides the skills, the years in
      // a role like the posting's own, which a resume of another trade, or with fewer years, does not show.
      const roleYearsMet =
        req.minYears === null ||
        !YEARS_IN_ROLE.test(req.text) ||
        (profession >= COVERAGE_RULES.roleProfessionAt &&
          resume.years !== null &&
          resume.years >= req.minYears);
      covered =
        namedSkillsMet(named, new Set(heldForCover), req.text, resume.skills, req.alternatives, req.parts) &&
        best >= COVERAGE_RULES.skillSimFloor &&
        (throughProduct.length < held.length || profession >= COVERAGE_RULES.semanticProfessionAt) &&
        roleYearsMet;
      if (!covered) coverage = Math.min(coverage, UNHELD_CAP);
      else
        evidence =
          (asksDegree ? null : closestSkillSentence(req.vector, held, support, resume, lines)) ??
          skillLine(held, support, resume) ??
          (passage && closestSentence(passage, req.text));
      // "2+ years of experience in general accounting" is shown by work, not by "B.S. Accounting, University of
      // Illinois": when the skill's line is a degree's and no degree is asked, the closest sentence of work says more.
      if (covered && evidence && !asksDegree && isDegreeLine(evidence) && passage) {
        const work = closestSentence(passage, req.text);
        if (!isDegreeLine(work) && !isLabel(work) && !isRoleHeader(work) && !isWish(work)) evidence = work;
      }
    } else {
      const sentence = passage ? closestSentence(passage, req.text) : null;
      const grounded =
        !!sentence &&
        !isRoleHeader(sentence) &&
        !isLabel(sentence) &&
        !isWish(sentence) &&
        (sharedStems(sentence, req.text) >= COVERAGE_RULES.semanticShared || best >= PARAPHRASE_AT);
      covered =
        grounded && best >= COVERAGE_RULES.semanticAt && profession >= COVERAGE_RULES.semanticProfessionAt;
      if (!grounded) coverage = Math.min(coverage, 0.45);
      evidence = covered ? sentence : null;
      // A quality the resume lists in so many words ("Communications Skills") covers a requirement asking for it.
      const listed = covered ? null : listedPhrase(req.text, qualities());
      if (listed) {
        covered = true;
        coverage = Math.max(coverage, LISTED_COVERAGE);
        evidence = listed;
      }
      // "Minimum 5 years of corporate experience" asks for years alone: the resume's dated roles meet it or not.
      if (
        !covered &&
        req.minYears !== null &&
        resume.years !== null &&
        resume.years >= req.minYears &&
        asksForYearsAlone(req.text) &&
        profession >= COVERAGE_RULES.semanticProfessionAt
      ) {
        // Shown as met, with the figure; the score keeps what the passages say, as years count in the experience part.
        // The figure is Rolefit's count, not a line of the resume, so it is not quoted.
        covered = true;
        evidence = `The resume's dated roles add up to ${describeYears(resume.years)}.`;
        quoted = false;
      }
      // "2+ years of experience in a data analyst, business analyst, or similar role": the years, in a role whose title
      // is close to the posting's. The quote is that title, as the resume writes it.
      if (
        !covered &&
        title &&
        req.minYears !== null &&
        resume.years !== null &&
        resume.years >= req.minYears &&
        YEARS_IN_ROLE.test(req.text) &&
        profession >= COVERAGE_RULES.roleProfessionAt &&
        // The title names the role asked ("Senior Analyst - Business Intelligence" for "a data analyst, business
        // analyst, or similar role"), not only work near it ("Information Technology Specialist").
        sharedStems(title, req.text) >= 1
      ) {
        covered = true;
        evidence = title;
      }
    }
    let years: RequirementCoverage['years'] = null;
    let undated = false;
    if (req.minYears !== null) {
      const shown = yearsShown(named, resume);
      years = { required: req.minYears, shown };
      // Fewer years than asked weakens the requirement's coverage, and leaves it uncovered.
      if (shown !== null) coverage *= 0.7 + 0.3 * Math.min(1, shown / req.minYears);
      if (COVERAGE_RULES.yearsGate && shown !== null && shown < req.minYears) {
        covered = false;
        evidence = null;
      }
      // "2+ years of programming in Java and/or C++" is not shown by "C#, Java, VB.Net, C, C++" in a list when no dated
      // role names either: a tool asked with years needs work with it, and a field asked with years at least the years.
      if (
        covered &&
        named.length &&
        shown === null &&
        resume.years !== null &&
        (named.some((n) => PRODUCT_CATEGORIES.has(categoryOf(n))) || resume.years < req.minYears)
      ) {
        covered = false;
        evidence = null;
        coverage = Math.min(coverage, UNHELD_CAP);
        undated = true;
      }
    }
    const nearest = !covered && passage && best >= NEAREST_AT ? closestSentence(passage, req.text) : null;
    return {
      text: req.text,
      level: req.level,
      similarity: round(best, 3),
      coverage: round(coverage, 3),
      covered,
      evidence,
      ...(quoted || !evidence ? {} : { quoted: false as const }),
      ...(undated ? { undated: true as const } : {}),
      // "Bachelor's degree in economics, statistics…" shows Economics as held only by a degree, not "via SAS".
      ...(named.length
        ? {
            named: named.map((name) =>
              notSubjects.includes(name) ? { name, held: false } : namedSkill(name, support, claimed, named),
            ),
          }
        : {}),
      ...(nearest ? { nearest } : {}),
      years,
    };
  });
  return { requirements, similaritySum };
}

// Words of a requirement that asks for years of experience and nothing else ("Minimum 5 years of corporate experience").
const YEARS_ALONE =
  /^(?:(?:a|an|at|least|minimum|min|of|minimum of|over|more|than|plus|\+|\d+|\d+\+|years?|yrs?|experience|professional|work|working|corporate|industry|total|overall|prior|previous|relevant|related|full-time|hands-on|post-qualification|in|the|same|field|role|similar)\b[\s,.+–-]*)+$/i;

// Years in a role: "2+ years of experience in a data analyst, business analyst, or similar role", "at least 2 years in
// a closing Account Executive role", "5 years as a Staff Accountant".
const YEARS_IN_ROLE =
  /\b(?:years?|yrs?)\b[^.;]{0,60}?\b(?:in|as) (?:an? |the )?[^.;]{2,80}?\b(?:role|position|capacity)s?\b|\b(?:years?|yrs?)\b[^.;]{0,40}?\bas (?:an? )?\p{Lu}/u;

/** The resume's headline or role title closest to the posting's title, as written. */
function closestTitle(job: JobProfile, resume: ResumeProfile): string | null {
  let best: string | null = null;
  let bestSim = -Infinity;
  for (const t of resume.titles ?? []) {
    const sim = dot(job.titleVector, t.vector);
    if (sim > bestSim) {
      best = t.text;
      bestSim = sim;
    }
  }
  return best;
}

/** Whether a requirement asks for years of (general) experience and names nothing else. */
function asksForYearsAlone(text: string): boolean {
  return YEARS_ALONE.test(text.replace(/^[\s•*–-]+/, '').trim());
}

/**
 * A skill a requirement names, whether the resume has it, and through which of its skills when not by name; one it
 * lacks is marked when the candidate claims it.
 */
function namedSkill(
  name: string,
  support: Map<string, string>,
  claimed: ReadonlySet<string>,
  named: readonly string[] = [],
): NonNullable<RequirementCoverage['named']>[number] {
  let via = support.get(name);
  if (via === undefined)
    return claimed.has(name) ? { name, held: false, claimed: true } : { name, held: false };
  if (via === name) return { name, held: true };
  // "PC Skills (MS Office, Lotus Notes…)": held through the MS Office the same requirement names and the resume has,
  // rather than through whichever of the resume's skills came first (SAP HCM).
  const sibling = named.find((s) => s !== name && support.get(s) === s && impliedBy([s]).has(name));
  if (sibling) via = sibling;
  return { name, held: true, via };
}

/** A practice (not itself a product) the resume shows only through a product that implies it: Accounting by Sage. */
function byProductOnly(skill: string, support: ReadonlyMap<string, string>): boolean {
  const via = support.get(skill);
  return (
    via !== undefined &&
    via !== skill &&
    PRODUCT_CATEGORIES.has(categoryOf(via)) &&
    !PRODUCT_CATEGORIES.has(categoryOf(skill))
  );
}

/** A phrase's pattern, and its first word in lower case: a line without that word cannot hold the phrase. */
interface PhraseFinder {
  first: string;
  re: RegExp;
}
const PHRASE_FINDERS = new Map<string, PhraseFinder>();
/** Phrases vary without end over many resumes: the cache starts again past this many. */
const MAX_PHRASE_FINDERS = 5000;

function phraseFinder(phrase: string): PhraseFinder {
  let found = PHRASE_FINDERS.get(phrase);
  if (!found) {
    if (PHRASE_FINDERS.size >= MAX_PHRASE_FINDERS) PHRASE_FINDERS.clear();
    found = { first: phrase.trim().split(/\s+/)[0]!.toLowerCase(), re: phrasePattern(phrase) };
    PHRASE_FINDERS.set(phrase, found);
  }
  return found;
}

/**
 * Of the resume's lines that name a covered requirement's skills as the resume wrote them (their `skillPhrases`), the
 * one that names the most of them, then the one closest in meaning to the requirement: "Processed accounts payable for
 * 400 vendors" over a skills list that opens with "Accounts payable", for "Review accounts payable". Headings, role
 * headers, degrees, objectives and lists of skills show no work, so they are passed over; null when no other line
 * names them (the caller then quotes the extractor's line, `skillLine`). Not for a degree asked: that quotes the
 * education line.
 */
function closestSkillSentence(
  vector: JobProfile['titleVector'],
  held: readonly string[],
  support: ReadonlyMap<string, string>,
  resume: ResumeProfile,
  lines: readonly EmbeddedPassage[],
): string | null {
  // Each skill shown (an implied skill by the one that implies it) with the patterns of its phrases.
  const shown = [...new Set(held.map((s) => support.get(s) ?? s))].map((skill) =>
    (resume.skillPhrases?.[skill] ?? []).map(phraseFinder),
  );
  const count = (text: string) => {
    const lower = text.toLowerCase();
    return shown.filter((finders) => finders.some((f) => lower.includes(f.first) && f.re.test(text))).length;
  };
  let best: string | null = null;
  let bestKey = [0, -Infinity];
  for (const line of lines) {
    // A piece may hold a heading or a second line beside the sentence: the quote is the line that names the most. A
    // sentence the PDF wrapped is one line ("…and chart⏎assessments in Epic").
    let quote: string | null = null;
    let named = 0;
    for (const raw of unwrappedLines(line.text)) {
      const l = raw.trim();
      const n = count(l);
      if (n <= named || !tellsOfWork(l)) continue;
      quote = l;
      named = n;
    }
    if (!quote) continue;
    const key = [named, dot(vector, line.vector)];
    if (key[0]! > bestKey[0]! || (key[0] === bestKey[0] && key[1]! > bestKey[1]!)) {
      best = quote;
      bestKey = key;
    }
  }
  return best;
}

/**
 * The resume line that shows a covered requirement's skills: the line with the degree, when the requirement asks for
 * one ("Bachelor's degree in Accounting or Finance" quotes the education line, not a line that mentions accounting);
 * else the line that names the most of them outright, not by a skill that implies them ("MS Office" for "PC Skills (MS
 * Office, Lotus Notes)", over "SAP HR" that implies computer skills); then the one that shows the most of them; then
 * one that shows a product by name over one that only says "computer skills"; then the first in the requirement's
 * order.
 */
function skillLine(held: string[], support: Map<string, string>, resume: ResumeProfile): string | null {
  // Each line with the resume skills it shows for the requirement (an alternative's or an implied skill's shower once).
  type Rank = { shown: Set<string>; named: Set<string>; product: boolean; degree: boolean };
  const lines = new Map<string, Rank>();
  for (const skill of held) {
    const shownBy = support.get(skill) ?? skill;
    const line = resume.skillEvidence?.[shownBy];
    if (!line) continue;
    const seen = lines.get(line) ?? {
      shown: new Set<string>(),
      named: new Set<string>(),
      product: false,
      degree: false,
    };
    seen.shown.add(shownBy);
    if (shownBy === skill) seen.named.add(skill);
    seen.product ||= PRODUCT_CATEGORIES.has(categoryOf(shownBy));
    seen.degree ||= DEGREE_CATEGORIES.has(categoryOf(shownBy));
    lines.set(line, seen);
  }
  // The order of the doc comment, as a key compared left to right; the first line wins a tie.
  const key = (r: Rank) => [+r.degree, r.named.size, r.shown.size, +r.product];
  let best: string | null = null;
  let bestKey: number[] | null = null;
  for (const [line, rank] of lines) {
    const k = key(rank);
    const diff = bestKey ? k.findIndex((v, i) => v !== bestKey![i]) : 0;
    if (!bestKey || (diff !== -1 && k[diff]! > bestKey[diff]!)) {
      best = line;
      bestKey = k;
    }
  }
  return best;
}

function weightedMean(items: { level: 'required' | 'preferred'; value: number }[]): number | null {
  let num = 0;
  let den = 0;
  for (const it of items) {
    const w = it.level === 'required' ? REQUIRED_WEIGHT : PREFERRED_WEIGHT;
    num += w * it.value;
    den += w;
  }
  return den ? num / den : null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * How well the resume presents itself for the job title: its opening passage (headline and summary) counts
 * most, the best passage anywhere else less, so a career change buried in the past earns some credit.
 */
function titleFit(job: JobProfile, resume: ResumeProfile): number {
  const [head, ...rest] = resume.chunks;
  if (!head) return 0;
  const headSim = dot(job.titleVector, head.vector);
  let best = headSim;
  for (const chunk of rest) best = Math.max(best, dot(job.titleVector, chunk.vector));
  return 0.6 * headSim + 0.4 * best;
}

/**
 * How close what the person says they are (their headline, their recent role titles) is to the posting's title:
 * the strongest sign of the same profession. Null for profiles stored before titles were kept.
 */
function professionFit(job: JobProfile, resume: ResumeProfile): number | null {
  if (!resume.titles?.length) return null;
  let best = 0;
  let role = 0;
  for (const t of resume.titles) {
    const weight = t.kind === 'headline' ? 1 : (ROLE_TITLE_WEIGHTS[role++] ?? 0);
    best = Math.max(best, weight * dot(job.titleVector, t.vector));
  }
  return best;
}

/**
 * How close the resume as a whole is to the posting's requirements as a whole: the mean similarity of every
 * passage to every requirement, over the length of the requirements' mean vector (so a posting whose requirements
 * spread wide is not penalised). Readable from similarities alone, so it works in passage space too.
 */
function documentFit(job: JobProfile, resume: ResumeProfile, similaritySum: number): number | null {
  const reqs = job.requirements;
  if (!reqs.length || !resume.chunks.length) return null;
  const norm = job.requirementMeanNorm ?? 1;
  return similaritySum / (reqs.length * resume.chunks.length) / norm;
}

function experienceFit(job: JobProfile, resume: ResumeProfile): number | null {
  if (job.minYears === null || resume.years === null) return null;
  return Math.min(1, resume.years / job.minYears);
}

/** Scores one resume against one posting: a 0-100 score with the evidence and gaps behind it. */
export function scoreMatch(job: JobProfile, resume: ResumeProfile): MatchResult {
  const { credit, support, ...skills } = matchSkills(job, resume);
  const titleScore = ramp(titleFit(job, resume), 0.15, 0.65);
  const profession = professionFit(job, resume);
  // The ESCO occupations both name, when known, vouch for the profession where the title wordings differ ("Staff
  // Accountant" and "Accounting Specialist"): the closer of the two readings counts.
  const affinity = occupationAffinity(job.occupation ?? null, resume.occupation ?? null);
  const byTitles = profession === null ? null : ramp(profession, ...PROFESSION_RAMP);
  const professionScore = affinity === null ? byTitles : Math.max(byTitles ?? 0, affinity);
  const { requirements, similaritySum } = coverRequirements(
    job,
    resume,
    credit,
    support,
    new Set(skills.claimed?.map((c) => c.name)),
    professionScore ?? titleScore,
  );
  const reqScore = weightedMean(requirements.map((r) => ({ level: r.level, value: r.coverage }))) ?? 0;
  const skillScore = weightedMean(
    job.skills.map((s) => ({ level: s.level, value: credit.get(s.name) ?? 0 })),
  );
  const experience = experienceFit(job, resume);
  const document = documentFit(job, resume, similaritySum);
  const documentScore = document === null ? null : ramp(document, ...DOCUMENT_RAMP);

  // Every part is always there, so the weights always add up to 1: a posting without skills counts its requirements
  // twice, and a profile stored before titles were kept lets its headline passage stand in for them.
  const breakdown = {
    requirements: reqScore,
    skills: skillScore ?? reqScore,
    title: titleScore,
    profession: professionScore ?? titleScore,
    document: documentScore ?? reqScore,
  };
  let total = (Object.keys(breakdown) as (keyof typeof breakdown)[]).reduce(
    (a, key) => a + SCORE_WEIGHTS[key] * breakdown[key],
    0,
  );
  // A shortfall in stated years costs at most a tenth of the score.
  if (experience !== null) total *= 0.9 + 0.1 * experience;
  const score = Math.round(100 * total);

  return {
    score,
    exact: round(100 * total, 4),
    band: score >= SCORE_BANDS.strong ? 'strong' : score >= SCORE_BANDS.partial ? 'partial' : 'weak',
    breakdown: {
      requirements: round(breakdown.requirements, 3),
      skills: round(breakdown.skills, 3),
      title: round(breakdown.title, 3),
      profession: round(breakdown.profession, 3),
      document: round(breakdown.document, 3),
      experience: experience === null ? null : round(experience, 3),
    },
    skills,
    requirements,
    reasons: topReasons(requirements, skills),
    gaps: topGaps(requirements, skills),
  };
}

function topReasons(reqs: RequirementCoverage[], skills: MatchSkills): string[] {
  const reasons = reqs
    .filter((r) => r.covered && r.evidence)
    .sort((a, b) => b.coverage - a.coverage)
    .slice(0, 3)
    .map((r) =>
      r.quoted === false ? `${r.text} — ${r.evidence}` : `${r.text} — evidence: "${clip(r.evidence!, 140)}"`,
    );
  if (skills.matched.length)
    reasons.unshift(
      `Names ${skills.matched.length} of the posting's skills: ${skills.matched.slice(0, 6).join(', ')}`,
    );
  return reasons;
}

function topGaps(reqs: RequirementCoverage[], skills: MatchSkills): string[] {
  const gaps: string[] = [];
  // A skill the resume lacks is a gap even when claimed; the claim is named beside it, for the reader to weigh.
  const claimed = new Set(skills.claimed?.map((c) => c.name));
  const listed = (names: string[]) =>
    names.map((n) => (claimed.has(n) ? `${n} (claimed, not in the resume)` : n)).join(', ');
  // A group of alternatives none of which the resume has is one gap: "one of Accounting, Economics or Finance".
  const asked = (level: 'required' | 'preferred') =>
    missingAsks({ ...skills, claimed: [] }, level, (n) => listed([n])).join(', ');
  if (skills.missing.required.length) gaps.push(`Missing required skills: ${asked('required')}`);
  for (const r of reqs) {
    if (r.years?.shown != null && r.years.shown < r.years.required) {
      gaps.push(
        `Asks for ${r.years.required}+ years (${clip(r.text, 80)}); the resume shows ${describeYears(r.years.shown)}`,
      );
    }
  }
  for (const r of reqs
    .filter((r) => !r.covered && r.level === 'required')
    .sort((a, b) => a.coverage - b.coverage)
    .slice(0, 3)) {
    gaps.push(`${uncoveredVerdict(r).text} — ${r.text}`);
  }
  if (skills.missing.preferred.length) gaps.push(`Missing nice-to-have skills: ${asked('preferred')}`);
  return gaps;
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

export function rankResumesForJob<T extends { profile: ResumeProfile }>(
  job: JobProfile,
  resumes: readonly T[],
) {
  return resumes
    .map((r) => ({ item: r, result: scoreMatch(job, r.profile) }))
    .sort((a, b) => b.result.exact - a.result.exact);
}

export function rankJobsForResume<T extends { profile: JobProfile }>(
  resume: ResumeProfile,
  jobs: readonly T[],
) {
  return jobs
    .map((j) => ({ item: j, result: scoreMatch(j.profile, resume) }))
    .sort((a, b) => b.result.exact - a.result.exact);
}
