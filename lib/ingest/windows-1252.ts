// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node's TextDecoder decodes 'windows-1252' as
// Latin-1 there (C1 controls instead of “smart quotes”), so the difference is spelled out here.

/** Characters Windows-1252 puts at 0x80–0x9F (0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined). */
export const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CHAR_BY_BYTE = new Map(Object.entries(WINDOWS_1252_HIGH).map(([char, byte]) => [byte, char]));

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += CHAR_BY_BYTE.get(byte) ?? String.fromCharCode(byte);
  return text;
}
