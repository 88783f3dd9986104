/**
 * A row of esco-titles.json: ESCO code, preferred label, the preferred label's normalised titles, normalised
 * alternative titles, and alternative titles too generic to name the occupation alone (weighted down).
 */
export type EscoOccupationRow = [code: string, label: string, preferred: string[], alts: string[], generic?: string[]];

export interface EscoData {
  source: string;
  /** ISCO-08 group code (1 to 4 digits) -> label. */
  groups: Record<string, string>;
  occupations: EscoOccupationRow[];
}
