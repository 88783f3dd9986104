// Reproducible hostile text for every field a client fills in (form fields, JSON fields, query
// parameters, path ids, file names), for the unit tests of the parsers and e2e/fuzz.spec.ts. Same seed, same strings.
import { seededRandom } from './fuzz-inputs';

export interface HostileString {
  /** Which generator made it, for reports: "nul", "lone-surrogate", ... */
  family: string;
  value: string;
}

type Random = () => number;

const WORDS = ['Data', 'Engineer', 'Berlin', 'python', 'ana@example.com', 'Acme GmbH', 'Kubernetes', 'x'];

const GENERATORS: Record<string, (random: Random) => string> = {
  nul: (random) => {
    const word = pick(random, WORDS);
    return pick(random, [
      '\u0000',
      `${word}\u0000`,
      `\u0000${word}`,
      `${word.slice(0, 2)}\u0000${word.slice(2)}`,
      `${word}\u0000\u0000\u0000${word}`,
    ]);
  },
  control: (random) =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
      random() < 0.5
        ? pick(random, WORDS)
        : String.fromCharCode(pick(random, [1, 7, 8, 11, 12, 27, 127, 0x85, 0x9f])),
    ).join(''),
  'lone-surrogate': (random) =>
    pick(random, ['\ud800', '\udfff', `${pick(random, WORDS)}\ud83d`, `\udc00${pick(random, WORDS)}`]),
  'entity-text': (random) =>
    pick(random, ['&#x110000;', '&#0;', '&#xD800;', '&#99999999999;', '&amp;&lt;&#x1F680;']),
  bidi: (random) => `\u202e${pick(random, WORDS)}\u202c\u2066x\u2069\u200f`,
  'zero-width': (random) => `\u200b${pick(random, WORDS)}\u200d\ufeff\u2060`,
  emoji: () => '👩‍💻🚀🐍 🦀 🏳️‍🌈',
  long: (random) => pick(random, WORDS).repeat(pick(random, [40, 300, 2_000, 12_000])),
  'sql-like': (random) =>
    pick(random, ["'; DROP TABLE jobs; --", '%', '_', '%%_\\', "O'Brien", '\\\\', '$1', '"quoted"']),
  path: (random) => pick(random, ['../../etc/passwd', 'a/b', '?x=1#y', '%2e%2e%2f', '%00', 'C:\\boot.ini']),
  html: (random) => pick(random, ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '</w:t>']),
  whitespace: (random) => pick(random, ['', ' ', '\n\t\r', '\u00a0\u3000', ' '.repeat(300)]),
  unicode: (random) => pick(random, ['e\u0301cole', 'Ｆｕｌｌ', 'ﬁnance', 'İstanbul', 'ß', '日本語の履歴書']),
  numeric: (random) => pick(random, ['-1', '1e309', 'NaN', '0x10', '9'.repeat(40), '2.5']),
  'json-ish': (random) => pick(random, ['{"a":1}', '[]', 'null', 'true', '{"__proto__":{"x":1}}']),
};

/** `count` hostile strings from `seed`; a share of them joins two families ("nul+emoji"). */
export function hostileStrings(seed: number, count: number): HostileString[] {
  const random = seededRandom(seed);
  const families = Object.entries(GENERATORS);
  const one = (): HostileString => {
    const [family, generate] = pick(random, families);
    return { family, value: generate(random) };
  };
  return Array.from({ length: count }, () => {
    const first = one();
    if (random() >= 0.2) return first;
    const second = one();
    return { family: `${first.family}+${second.family}`, value: first.value + second.value };
  });
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
