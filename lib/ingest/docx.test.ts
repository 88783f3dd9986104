import { describe, expect, it } from 'vitest';
import { decodeEntities } from './docx';

describe('decodeEntities', () => {
  it('decodes character references and the five named entities', () => {
    expect(decodeEntities('R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233;t&#xE9; &#x1F680;')).toBe(
      'R&D <b> "x" \'y\' été 🚀',
    );
  });

  it('turns a reference to no character into U+FFFD and drops NUL, instead of throwing', () => {
    expect(decodeEntities('a&#x110000;b&#1114112;c')).toBe('a\ufffdb\ufffdc');
    expect(decodeEntities('&#xD800;&#56320;')).toBe('\ufffd\ufffd');
    expect(decodeEntities('&#99999999999999999999999;&#xFFFFFFFFFFFFFFFFFFFF;')).toBe('\ufffd\ufffd');
    expect(decodeEntities('N&#0;U&#x0;L')).toBe('NUL');
  });
});
