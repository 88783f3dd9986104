/**
 * A row of esco-titles.json: ESCO code, preferred label, the preferred label's normalised titles, normalised
 * alternative titles, and alternative titles too generic to name the occupation alone, each with a weight in (0, 1).
 */
export type EscoOccupationRow = [
  code: string,
  label: string,
  preferred: string[],
  alts: string[],
  generic?: [title: string, weight: number][],
];

export interface EscoData {
  source: string;
  /** ISCO-08 group code (1 to 4 digits) -> label. */
  groups: Record<string, string>;
  occupations: EscoOccupationRow[];
}
