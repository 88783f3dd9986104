// UTF-8 text that was decoded as Windows-1252 (or Latin-1) somewhere upstream: "â€™" for "’", "Ã©" for "é".
// We re-encode each suspicious run to its single-byte values and decode it again as UTF-8.
import { WINDOWS_1252_HIGH } from './windows-1252';

const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(WINDOWS_1252_HIGH).join('')}]`;
const MOJIBAKE_RUN = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
);

// Sequences whose last byte is one Windows-1252 leaves undefined, so it was dropped on the way.
const TRUNCATED_SEQUENCES: Array<[RegExp, string]> = [
  [/ï¼(?!\u008d)/g, '-'], // U+FF0D fullwidth hyphen-minus
  [/ï¬\u0081?/g, 'fi'], // U+FB01 "ﬁ" ligature
  [/â€\u009d?/g, '”'], // U+201D right double quote
  [/Âμ/g, 'µ'], // U+00B5 micro sign, whose B5 byte a PDF font re-mapped to Greek mu
  // Inside a word "Â" is what is left of a soft hyphen (C2 AD): "twentyÂseven".
  [/(?<=\p{Ll})Â(?=\p{Ll})/gu, '-'],
  // A lone "Â" is what is left of a non-breaking space (C2 A0) once the A0 became a plain space.
  [/Â(?!\p{Ll})/gu, ' '],
];

export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  let repaired = text;
  // Two passes undo text that was mis-decoded twice ("Ã¢â‚¬â„¢").
  for (let pass = 0; pass < 2; pass++) {
    const next = repaired.replace(MOJIBAKE_RUN, decodeRun);
    if (next === repaired) break;
    repaired = next;
  }
  for (const [pattern, replacement] of TRUNCATED_SEQUENCES) repaired = repaired.replace(pattern, replacement);
  return repaired;
}

function decodeRun(run: string): string {
  const bytes = Uint8Array.from(run, (char) => WINDOWS_1252_HIGH[char] ?? char.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return run;
  }
}
