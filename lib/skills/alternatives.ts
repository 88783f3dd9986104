/**
 * Groups of skills a posting line offers as alternatives: "AWS, GCP or Azure", "Python and/or Java", "a degree in
 * Computer Science, Engineering or a related field". A candidate with one of a group is not missing the others.
 *
 * A line is cut into clauses at sentence punctuation and at a plain "and" (so "AWS or GCP and Kubernetes" keeps
 * Kubernetes apart); a clause with an "or" in it is a list, its items separated by commas and "or" (not slashes: CI/CD). Of the
 * first item only its last skill joins the group ("Bachelor's degree in Computer Science, ..." offers Computer Science,
 * not the degree), of every later item only its first. Groups of fewer than two skills are dropped.
 */
export function alternativeGroups(text: string, skillsIn: (item: string) => string[]): string[][] {
  const groups: string[][] = [];
  // A full stop ends a clause only before a space or the end, so "Ph.D." and "e.g." stay whole.
  for (const clause of text.split(/[;:!?()[\]]+|\.(?=\s|$)|\band\b(?!\s*\/)/i)) {
    if (!/\bor\b/i.test(clause)) continue;
    const items = clause.split(/,|\band\s*\/\s*or\b|\bor\b/i);
    const group: string[] = [];
    items.forEach((item, i) => {
      const found = skillsIn(item);
      const pick = i === 0 ? found.at(-1) : found[0];
      if (pick && !group.includes(pick)) group.push(pick);
    });
    if (group.length >= 2) groups.push(group);
  }
  return groups;
}
