import { describe, expect, it } from 'vitest';
import { decodeNoteBytes, MAX_IMPORT_BYTES, repairMojibake } from '../../../src/shared/notes/decode';
import { haveSeeds, SEED_FILES, seedBytes } from './seeds';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
/** What an editor does when it reads UTF-8 as Windows-1252 and saves as UTF-8 again. */
function mojibake(s: string): string {
  const cp = new Map<number, string>([
    [0x80, '€'],
    [0x82, '‚'],
    [0x83, 'ƒ'],
    [0x84, '„'],
    [0x85, '…'],
    [0x86, '†'],
    [0x87, '‡'],
    [0x88, 'ˆ'],
    [0x89, '‰'],
    [0x8a, 'Š'],
    [0x8b, '‹'],
    [0x8c, 'Œ'],
    [0x8e, 'Ž'],
    [0x91, '‘'],
    [0x92, '’'],
    [0x93, '“'],
    [0x94, '”'],
    [0x95, '•'],
    [0x96, '–'],
    [0x97, '—'],
    [0x98, '˜'],
    [0x99, '™'],
    [0x9a, 'š'],
    [0x9b, '›'],
    [0x9c, 'œ'],
    [0x9e, 'ž'],
    [0x9f, 'Ÿ'],
  ]);
  return [...enc(s)].map((b) => cp.get(b) ?? String.fromCharCode(b)).join('');
}

describe('decodeNoteBytes: refusing what is not a note', () => {
  it('refuses an empty file and a file of blank space', () => {
    expect(decodeNoteBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeNoteBytes(enc('  \n\t\n'))).toMatchObject({ ok: false, reason: 'empty' });
  });
  it('refuses binary content (NUL bytes, or mostly control characters)', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const r = decodeNoteBytes(png);
    expect(r).toMatchObject({ ok: false, reason: 'binary' });
    expect(r.ok ? '' : r.message).toMatch(/binary/);
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeNoteBytes(controls)).toMatchObject({ ok: false, reason: 'binary' });
  });
  it('refuses files over the 5 MB limit with the sizes in the message', () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const r = decodeNoteBytes(big);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    expect(r.ok ? '' : r.message).toContain('5.0 MB');
    expect(decodeNoteBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe('decodeNoteBytes: encodings', () => {
  it('strips a UTF-8 BOM', () => {
    const r = decodeNoteBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('# Title')]));
    expect(r).toMatchObject({ ok: true, text: '# Title', bom: true, encoding: 'utf-8' });
  });
  it('reads UTF-16 LE with a BOM', () => {
    const s = 'Q: café?';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect(decodeNoteBytes(bytes)).toMatchObject({ ok: true, text: s, encoding: 'utf-16le' });
  });
  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const r = decodeNoteBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]));
    expect(r).toMatchObject({ ok: true, text: 'Café “q”', encoding: 'windows-1252' });
  });
});

describe('repairMojibake', () => {
  it('reverses UTF-8 read as Windows-1252', () => {
    for (const s of [
      '✅ Solution',
      'What’s your approach',
      'café',
      '7–35 days',
      'S3 → EventBridge',
      '🧠 Scenario',
    ])
      expect(repairMojibake(mojibake(s)).text).toBe(s);
    expect(repairMojibake('# âœ… AWS').text).toBe('# ✅ AWS');
    expect(repairMojibake('Ã©t').repairs).toBe(1);
  });
  it('restores the common sequences that lost an undefined Windows-1252 byte', () => {
    expect(repairMojibake('| âŒ Not native').text).toBe('| ❌ Not native');
    expect(repairMojibake('he said â€œhiâ€ ok').text).toBe('he said “hi” ok');
  });
  it('leaves correct text alone', () => {
    for (const s of ['Café au lait', 'naïve résumé', 'price €5 – cheap', 'Größe', '✅ done', 'ÀÉ'])
      expect(repairMojibake(s)).toEqual({ text: s, repairs: 0 });
  });
});

describe.skipIf(!haveSeeds)('decoding the seed notes', () => {
  it('repairs the 140 mojibake sequences of the scenarios file', () => {
    const r = decodeNoteBytes(seedBytes(SEED_FILES.scenarios));
    if (!r.ok) throw new Error(r.message);
    expect(r.mojibakeRepairs).toBe(140);
    expect(r.text.startsWith('# ✅ AWS Architecture & Best Practices - Scenarios & Solutions')).toBe(true);
    expect(r.text).toContain('**🧠 Scenario**: Design a secure');
    expect(r.text).toContain('## 7. What’s your approach to migrate a monolithic app to AWS?');
    expect(r.text).toContain('| ✅ Ideal     | ❌ Not native|');
    expect(r.text).toContain('(7–35 days retention)');
    expect(r.text).not.toMatch(/â€|âœ|Ã|ðŸ/);
  });
  it('does not touch the files that have no mojibake', () => {
    for (const f of [SEED_FILES.topics, SEED_FILES.questions, SEED_FILES.answers, SEED_FILES.markdown]) {
      const r = decodeNoteBytes(seedBytes(f));
      expect(r.ok && r.mojibakeRepairs).toBe(0);
    }
  });
});
