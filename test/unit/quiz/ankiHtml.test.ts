import { describe, expect, it } from 'vitest';
import { ankiTag, ankiTagsField, escapeHtml, stripHtml, toAnkiHtml } from '../../../src/shared/quiz/ankiHtml';

describe('card text as Anki fields', () => {
  it('escapes HTML before turning **bold**, `code` and line breaks into tags', () => {
    expect(escapeHtml(`<script>alert("x") & 'y'</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
    expect(toAnkiHtml('a **<b>** and `x < y`\r\nnext')).toBe('a <b>&lt;b&gt;</b> and <code>x &lt; y</code><br>next');
  });

  it('strips a field back to the text Anki sorts and checksums', () => {
    expect(stripHtml(toAnkiHtml('What is <b>not</b> markup & "quoted"?'))).toBe('What is <b>not</b> markup & "quoted"?');
    expect(stripHtml('<ol><li>One</li><li>Two</li></ol>x<br>y')).toBe('One Two x y');
  });

  it('makes tags without spaces, unique, space-padded as notes.tags stores them', () => {
    expect(ankiTag(' domain::Design Secure Architectures ')).toBe('domain::Design_Secure_Architectures');
    expect(ankiTagsField(['study-desk', 'a b', 'study-desk', ''])).toBe(' study-desk a_b ');
    expect(ankiTagsField([])).toBe('');
  });
});
