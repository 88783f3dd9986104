/** Shortens text at a word boundary so a long resume passage reads as a quote, not a wall. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')}…`;
}

export function percent(fraction: number): number {
  return Math.round(Math.max(0, Math.min(1, fraction)) * 100);
}

/** Who reads a match: the candidate about their own resume, or a recruiter about a candidate's. */
export type Viewer = 'candidate' | 'recruiter';

/** How a skill the candidate claims, and the resume does not show, is labelled for each reader. */
export function claimLabel(name: string, viewer: Viewer, via?: string): string {
  const claim = via ? ` (via ${via})` : '';
  return viewer === 'recruiter'
    ? `${name} — claimed by the candidate${claim}, not in the resume`
    : `${name} — added by you${claim}, not in your resume`;
}
