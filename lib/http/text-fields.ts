// Postgres text cannot hold U+0000 (it fails with error 22021), and no one types one: a NUL in a field, a file name
// or an address comes from a broken or hostile client. Fields refuse it with a sentence; file names, and text read
// from files (lib/ingest/normalize.ts), have it removed along with the other control characters.

const NUL = '\u0000';
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;
const MAX_FILENAME_CHARS = 255;

export function hasNul(text: string): boolean {
  return text.includes(NUL);
}

/** The sentence for a field that holds a NUL, naming the field as the user knows it ("title", "email"). */
export function nulInField(field: string): string {
  return `There is an invisible NUL character in the ${field}, which text cannot hold: type it again.`;
}

/** Whether a URL holds a NUL, raw or percent-encoded, anywhere in its path or query. */
export function urlHoldsNul(url: string): boolean {
  return url.includes(NUL) || url.includes('%00');
}

/** An uploaded file's name fit to store and show: no control characters, trimmed, at most 255 characters, never empty. */
export function storableFilename(name: string): string {
  const clean = [...name.replace(CONTROL_CHARS, '').trim()].slice(0, MAX_FILENAME_CHARS).join('');
  return clean || 'resume';
}
