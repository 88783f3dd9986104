import type { GapAdvice, GapPlan, GapStatus } from '../match/advice';

const EASE: Record<GapStatus, number> = { nearly: 0, related: 1, absent: 2 };

/** Gaps in the order a candidate should work through them: the quickest fixes (a word to add) before new skills. */
export function byEaseOfFix(gaps: readonly GapAdvice[]): GapAdvice[] {
  return gaps
    .map((gap, i) => ({ gap, i }))
    .sort((a, b) => EASE[a.gap.status] - EASE[b.gap.status] || a.i - b.i)
    .map(({ gap }) => gap);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One sentence that says how big the gap is, e.g. "2 required skills missing (1 nearly covered); 1 nice-to-have missing." */
export function gapSummary(plan: Pick<GapPlan, 'required' | 'preferred'>): string {
  const { required, preferred } = plan;
  if (!required.length && !preferred.length) return 'Your resume names every skill this posting asks for.';
  const parts: string[] = [];
  if (required.length) {
    const nearly = required.filter((g) => g.status === 'nearly').length;
    const related = required.filter((g) => g.status === 'related').length;
    const detail = [
      nearly ? `${nearly} nearly covered` : '',
      related ? `${related} with a related skill` : '',
    ]
      .filter(Boolean)
      .join(', ');
    parts.push(
      `${plural(required.length, 'required skill', 'required skills')} missing${detail ? ` (${detail})` : ''}`,
    );
  } else {
    parts.push('no required skill missing');
  }
  if (preferred.length) parts.push(`${plural(preferred.length, 'nice-to-have', 'nice-to-haves')} missing`);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
