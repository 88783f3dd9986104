const ENGLISH = new Set(
  'the and of to in a for with you we our is are be will on as or your an at by this that from have experience team work skills'.split(
    ' ',
  ),
);

/**
 * Share of common English function words among a text's words. English prose sits well above 0.15;
 * German, French, Spanish or Hindi postings fall far below.
 */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((w) => ENGLISH.has(w)).length / words.length;
}

/** A warning when the model (trained on English) will match this text poorly; null when it looks English. */
export function languageWarning(text: string): string | null {
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return null;
  if (englishShare(text) >= 0.08) return null;
  return 'This text does not look like English. Rolefit’s model was trained on English, so scores for it are less reliable; an English version will match better.';
}
