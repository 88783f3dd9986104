/** Metric 3: how many of SkillSpan's gold knowledge spans (tools, technologies) the posting extractor finds. */
import { ingestDocument, isIngestError } from '../../lib/ingest';
import { extractSkills, findSkill } from '../../lib/skills';
import type { AnnotatedPosting } from './datasets';
import { canonicalKey, containsAsWords, looseKey } from './skill-names';

export interface ExtractorScore {
  /** Share of all gold knowledge spans found (micro-averaged over postings). */
  recall: number;
  /** Share of the tool-like spans found (see isToolLike). */
  toolRecall: number;
  skillsPerPosting: number;
  /**
   * Share of the skills output that match some annotation (a knowledge or a skill span) by name or by a phrase the
   * text used: equal loosely, the same taxonomy entry, or a phrase standing as whole words inside the span. Null for
   * the capitalised-words baseline, whose output is not skills.
   */
  precision: number | null;
}

export interface SkillExtractionResult {
  postings: number;
  spans: number;
  toolSpans: number;
  rolefit: ExtractorScore;
  capitalisedWords: ExtractorScore;
  /** Postings (0-based line index) that ingestDocument refused; they were extracted from the raw text. */
  refusedByIngest: { index: number; reason: string }[];
  /** Tool-like spans Rolefit missed most often, for tuning. */
  missedTools: { span: string; count: number }[];
}

/**
 * SkillSpan's knowledge spans mix tools ("docker", "Jenkins )") with phrases ("production environments",
 * "degree in Computer Science"). A span counts as tool-like when the taxonomy knows it, or when it is a short
 * name: one to three words with a capital letter or a digit ("AWS EC2", "Spring Boot", "ES6"). That keeps
 * lower-case tool names the taxonomy misses out of the subset, which is why the all-spans recall is reported too.
 */
export function isToolLike(span: string): boolean {
  if (findSkill(span)) return true;
  const words = span.trim().split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 3 && /[\p{Lu}\p{N}]/u.test(span);
}

/** The naive reference extractor: every capitalised token and every pair of adjacent capitalised tokens. */
export function capitalisedTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const line of text.split('\n')) {
    const tokens = line.match(/[\p{L}\p{N}][\p{L}\p{N}+#]*(?:[.\-][\p{L}\p{N}+#]+)*/gu) ?? [];
    tokens.forEach((t, i) => {
      if (!/^\p{Lu}/u.test(t)) return;
      terms.add(t);
      const next = tokens[i + 1];
      if (next && /^\p{Lu}/u.test(next)) terms.add(`${t} ${next}`);
    });
  }
  return [...terms];
}

/** A gold span is found when an extracted name equals it loosely, or both resolve to the same taxonomy entry. */
function matcher(extracted: readonly string[]): (span: string) => boolean {
  const loose = new Set(extracted.map(looseKey));
  const canonical = new Set(extracted.map(canonicalKey));
  return (span) => loose.has(looseKey(span)) || canonical.has(canonicalKey(span));
}

/** Whether any of a skill's name and phrases matches one of the annotated spans. */
export function matchesAnnotation(names: readonly string[], spans: readonly string[]): boolean {
  return names.some((name) => {
    const key = looseKey(name);
    return spans.some(
      (span) =>
        looseKey(span) === key || canonicalKey(span) === canonicalKey(name) || containsAsWords(span, name),
    );
  });
}

/**
 * The text the CLI would extract from, since `rolefit skills` reads a file through ingestDocument. Where ingest
 * refuses the text (a few SkillSpan postings hold many \x1a control bytes), the raw text is used and counted.
 */
async function asIngested(text: string): Promise<{ text: string; refused: string | null }> {
  try {
    return {
      text: (await ingestDocument(new TextEncoder().encode(text), { filename: 'posting.txt' })).text,
      refused: null,
    };
  } catch (err) {
    if (!isIngestError(err)) throw err;
    return { text, refused: err.message };
  }
}

const EXTRACTORS = ['rolefit', 'capitalisedWords'] as const;

export async function evaluateSkillExtraction(
  postings: readonly AnnotatedPosting[],
): Promise<SkillExtractionResult> {
  const tally = {
    rolefit: { found: 0, toolFound: 0, extracted: 0 },
    capitalisedWords: { found: 0, toolFound: 0, extracted: 0 },
  };
  let spans = 0;
  let toolSpans = 0;
  let precise = 0;
  let output = 0;
  const missed = new Map<string, number>();
  const refusedByIngest: { index: number; reason: string }[] = [];

  for (const [index, posting] of postings.entries()) {
    const { text, refused } = await asIngested(posting.text);
    if (refused) refusedByIngest.push({ index, reason: refused });
    const skills = extractSkills(text, { kind: 'posting' });
    const extractors = {
      // A skill is matched by its name and by the phrases that named it ("AWS" for Amazon Web Services).
      rolefit: skills.flatMap((s) => [s.name, ...s.phrases]),
      capitalisedWords: capitalisedTerms(text),
    };
    const annotations = [...posting.knowledge, ...posting.skills];
    for (const s of skills) if (matchesAnnotation([s.name, ...s.phrases], annotations)) precise++;
    output += skills.length;
    // Annotators often mark the same tool twice in one posting ("docker", "Docker"); it is one tool to find.
    const gold = new Map<string, string>();
    for (const span of posting.knowledge) if (looseKey(span)) gold.set(looseKey(span), span.trim());
    const found = {
      rolefit: matcher(extractors.rolefit),
      capitalisedWords: matcher(extractors.capitalisedWords),
    };
    for (const span of gold.values()) {
      const tool = isToolLike(span);
      spans++;
      if (tool) toolSpans++;
      for (const name of EXTRACTORS) {
        const hit = found[name](span);
        tally[name].found += Number(hit);
        tally[name].toolFound += Number(hit && tool);
      }
      if (tool && !found.rolefit(span))
        missed.set(span.toLowerCase(), (missed.get(span.toLowerCase()) ?? 0) + 1);
    }
    tally.rolefit.extracted += skills.length;
    tally.capitalisedWords.extracted += new Set(extractors.capitalisedWords).size;
  }

  const score = (
    t: { found: number; toolFound: number; extracted: number },
    precision: number | null,
  ): ExtractorScore => ({
    recall: t.found / Math.max(1, spans),
    toolRecall: t.toolFound / Math.max(1, toolSpans),
    skillsPerPosting: t.extracted / Math.max(1, postings.length),
    precision,
  });
  return {
    postings: postings.length,
    spans,
    toolSpans,
    rolefit: score(tally.rolefit, precise / Math.max(1, output)),
    capitalisedWords: score(tally.capitalisedWords, null),
    refusedByIngest,
    missedTools: [...missed]
      .map(([span, count]) => ({ span, count }))
      .sort((a, b) => b.count - a.count || a.span.localeCompare(b.span))
      .slice(0, 25),
  };
}
