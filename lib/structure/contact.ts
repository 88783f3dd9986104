const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const NOT_NAME =
  /\b(resume|curriculum|vitae|cv|summary|profile|objective|experience|engineer|manager|developer|analyst|nurse|accountant|teacher|director|specialist|consultant|assistant|officer|executive|designer)\b/i;

/** The candidate's name when the resume opens with one (two to four capitalised words), else null. */
export function guessName(text: string): string | null {
  for (const raw of text.split('\n').slice(0, 5)) {
    const line = raw
      .replace(/^#+\s*/, '')
      .replace(/\*\*/g, '')
      .trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    if (
      words.length >= 2 &&
      words.length <= 4 &&
      !NOT_NAME.test(line) &&
      words.every((w) => /^[A-ZÀ-Ý][\p{L}'’.-]*$/u.test(w))
    ) {
      return words
        .map((w) => (w === w.toUpperCase() && w.length > 2 ? w[0] + w.slice(1).toLowerCase() : w))
        .join(' ');
    }
  }
  return null;
}

export function findEmail(text: string): string | null {
  return text.match(EMAIL)?.[0] ?? null;
}
