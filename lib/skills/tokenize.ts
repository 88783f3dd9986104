/** One word-like piece of text. `key` is lower-cased; offsets index the original string. */
export interface Token {
  key: string;
  raw: string;
  start: number;
  end: number;
}

// Letters and digits form words; `+`, `#`, `/`, `&` and an inner `.` are kept as their own tokens so that
// C++, C#, CI/CD, R&D, Node.js and .NET can be told apart from C, R, CI and Node. Hyphens, commas, brackets and
// whitespace separate words, which makes "scikit-learn" and "scikit learn" the same sequence.
const TOKEN = /[\p{L}\p{N}]+|[+#/&]|\.(?=[\p{L}\p{N}])/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    out.push({ key: m[0].toLowerCase(), raw: m[0], start, end: start + m[0].length });
  }
  return out;
}

/** The lookup key of a skill name or alias: its token keys joined by spaces ("Node.js" -> "node . js"). */
export function tokenKey(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(' ');
}
