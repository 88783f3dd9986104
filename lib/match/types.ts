import type { RequirementLevel } from '../structure/requirements';
import type { VectorLike } from './vector';

export interface SkillRef {
  name: string;
  level: RequirementLevel;
  /** The posting's phrases that named it ("AWS"); absent on profiles stored before phrases were kept. */
  phrases?: string[];
}

export interface EmbeddedPassage {
  text: string;
  vector: VectorLike;
}

/** Where a resume says what the person is: its headline, or the title of a role (most recent first). */
export type TitleKind = 'headline' | 'role';

export interface EmbeddedTitle extends EmbeddedPassage {
  kind: TitleKind;
}

export interface JobRequirement extends EmbeddedPassage {
  level: RequirementLevel;
  /** Canonical skills this requirement names. */
  skills: string[];
  /** "5+ years of Python": the years this requirement asks for, or null. */
  minYears: number | null;
  /** Skills it offers as alternatives ("AWS, GCP or Azure"): one of a group covers the others. */
  alternatives?: string[][];
  /** Skills it names only as parts of another ("Kubernetes, including networking"): holding them alone is no cover. */
  parts?: string[];
}

/** Everything the scorer needs from a posting; built once per posting version. */
export interface JobProfile {
  title: string;
  titleVector: VectorLike;
  requirements: JobRequirement[];
  skills: SkillRef[];
  minYears: number | null;
  /**
   * Length of the mean of the requirement vectors, kept so that the resume's closeness to the posting as a whole can
   * be read from similarities alone (in passage space, where the vectors themselves are gone).
   */
  requirementMeanNorm?: number;
  /** The ESCO occupation its title names (code and ISCO-08 unit group), when one does. */
  occupation?: OccupationRef | null;
}

/** An ESCO occupation as the scorer relates two of them: its code and its ISCO-08 unit group. */
export interface OccupationRef {
  code: string;
  isco: string;
}

/** Everything the scorer needs from a resume; built once per resume version. */
export interface ResumeProfile {
  chunks: EmbeddedPassage[];
  /** The ESCO occupation its headline and recent role titles name, when they do. */
  occupation?: OccupationRef | null;
  /** The text in sentence-sized pieces, where requirements find their cover (absent on older profiles). */
  lines?: EmbeddedPassage[];
  /** The headline and the most recent role titles: what the person says they are. Absent on older profiles. */
  titles?: EmbeddedTitle[];
  /** Canonical skill names the resume states. */
  skills: string[];
  years: number | null;
  /** Years per skill from the dated roles that name it; skills absent here have no dated evidence. */
  skillYears: Record<string, number>;
  /** The resume line that names each skill, cited as the evidence of a requirement that asks for it. */
  skillEvidence?: Record<string, string>;
  /** The resume's phrases that named each skill ("AWS" for Amazon Web Services). */
  skillPhrases?: Record<string, string[]>;
  /**
   * Skills the candidate added by hand that the resume does not show: their claim, reported beside the evidence and
   * never scored as it (see applySkillCorrections).
   */
  claimed?: string[];
}

export interface RequirementCoverage {
  text: string;
  level: RequirementLevel;
  similarity: number;
  /** 0..1: how well the best resume passage and the named skills cover it. */
  coverage: number;
  covered: boolean;
  /** The one resume sentence that supports it, when covered. */
  evidence: string | null;
  /**
   * False when `evidence` is Rolefit's own account rather than a line of the resume ("The resume's dated roles add up
   * to about 8 years." for a requirement of years alone): pages show it as a statement, never in quotation marks.
   */
  quoted?: false;
  /**
   * Not covered although the resume lists the skills asked: the requirement asks years of them and no dated role names
   * any ("2+ years of Java" beside "C#, Java, C++" in a skills list). Pages say "Listed, but no dated role shows it".
   */
  undated?: true;
  /**
   * Skills the requirement names, each with whether the resume has it (named, implied or an accepted alternative).
   * A requirement that names skills is covered only when the resume has one of them. `via` is the resume's skill
   * that stands for it when the resume does not name it itself: one that implies it, or an alternative the
   * requirement accepts ("AWS, GCP or Azure"). `claimed` marks one the resume lacks but the candidate claims (see
   * MatchSkills.claimed). Absent on older results.
   */
  named?: { name: string; held: boolean; via?: string; claimed?: boolean }[];
  /** The closest resume sentence when it is not covered but the resume comes near (for advice), else null. */
  nearest?: string | null;
  /** When the requirement asks for years: what it asks and what the resume shows (null if it cannot tell). */
  years: { required: number; shown: number | null } | null;
}

export interface MatchSkills {
  matched: string[];
  /** Required or preferred skills the resume does not name but clearly implies (EKS implies Kubernetes). */
  implied: { name: string; via: string }[];
  missing: { required: string[]; preferred: string[] };
  /** Missing skills for which a related skill earns partial credit. */
  related: { name: string; via: string; credit: number }[];
  /**
   * Skills the posting offers as alternatives to one the resume has ("AWS, GCP or Azure" with AWS): not missing.
   * Absent on results stored before alternatives were read.
   */
  alternatives?: { name: string; via: string }[];
  /**
   * Missing skills the posting offers only as alternatives to each other ("a degree in Accounting, Economics or
   * Finance"), none of which the resume has: one gap each group, not one per skill. Absent on older results.
   */
  missingAlternatives?: string[][];
  /**
   * The posting's skills the candidate claims (added by hand) that the resume does not show, each with the claimed
   * skill that implies it when not claimed by name. They stay in `missing` and `related` as the resume lacks them, and
   * earn nothing: a claim is shown apart from the evidence, never scored. Absent on results stored before claims were
   * kept apart.
   */
  claimed?: { name: string; via?: string }[];
  /**
   * The phrases that named each skill above: the resume's for one it has (for an implied or alternative skill, those
   * of the skill that shows it), the posting's for a missing one. Absent on results stored before phrases were kept.
   */
  phrases?: Record<string, string[]>;
}

export interface MatchResult {
  /** 0-100, rounded for display. */
  score: number;
  /** The unrounded score, for ordering ties of the rounded one. */
  exact: number;
  band: 'strong' | 'partial' | 'weak';
  breakdown: {
    requirements: number;
    skills: number;
    title: number;
    /** How close the resume's own headline and role titles are to the posting's title (absent on older results). */
    profession?: number;
    /** How close the resume as a whole is to the posting's requirements as a whole (absent on older results). */
    document?: number;
    experience: number | null;
  };
  skills: MatchSkills;
  requirements: RequirementCoverage[];
  reasons: string[];
  gaps: string[];
}

/** What pages and gaps say of a requirement whose skills the resume lists but no dated role shows (see `undated`). */
export const UNDATED = 'Listed, but no dated role shows it';
