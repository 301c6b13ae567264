/**
 * Bytes of an imported note file → text. Refuses what is not a text note (empty, binary, too large),
 * handles BOMs and non-UTF-8 files, and repairs mojibake: UTF-8 that was once read as Windows-1252 and
 * saved again ("âœ…" for ✅, "â€™" for ’, "Ã©" for é).
 */

/** Largest note file we import. Study notes are text; anything bigger is almost certainly not one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Share of control characters above which a file is treated as binary. */
const BINARY_CONTROL_RATIO = 0.1;

export type DecodeFailure = 'empty' | 'binary' | 'too-large';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
      bom: boolean;
      /** Mojibake sequences turned back into the characters they were. */
      mojibakeRepairs: number;
    }
  | { ok: false; reason: DecodeFailure; message: string };

/** Windows-1252 bytes 0x80–0x9F (the rest of 0x00–0xFF is Latin-1). Undefined bytes map to their C1 control. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d,
  0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x9d, 0x017e, 0x0178,
];

const CHAR_TO_CP1252 = new Map<number, number>();
for (let b = 0; b < 256; b++)
  CHAR_TO_CP1252.set(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b, b);

function cp1252Decode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes)
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
  return out;
}

/** Characters whose Windows-1252 byte is a UTF-8 continuation byte (0x80–0xBF). */
const CONT_CHARS = [...CHAR_TO_CP1252.entries()]
  .filter(([, b]) => b >= 0x80 && b <= 0xbf)
  .map(([c]) => String.fromCharCode(c))
  .join('')
  .replace(/[\]\\^-]/g, '\\$&');

/** A lead byte (Â..ô read as Latin-1) followed by one to three continuation characters. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00f4][${CONT_CHARS}]{1,3}`, 'g');

/**
 * Sequences that lost a byte on the way: Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D,
 * so editors dropped them. Only the common ones are restored (others are ambiguous).
 */
const LOSSY: [RegExp, string][] = [
  [/\u00e2\u0152/g, '\u274c'], // ❌  (E2 9D 8C lost its 9D)
  [
    /\u00e2\u20ac(?![\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178])/g,
    '\u201d',
  ], // ” (E2 80 9D)
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

function expectedLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  return 4;
}

/** Reverses UTF-8-read-as-Windows-1252 where the bytes form valid UTF-8 again. Returns the text and how many sequences changed. */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let repairs = 0;
  let out = text.replace(MOJIBAKE, (seq) => {
    const lead = seq.charCodeAt(0);
    const n = expectedLength(lead);
    // The regex is greedy (up to 3 continuation chars); use exactly what the lead byte announces.
    if (seq.length < n) return seq;
    const head = seq.slice(0, n);
    const bytes = Uint8Array.from([...head].map((c) => CHAR_TO_CP1252.get(c.charCodeAt(0)) ?? 0));
    try {
      const fixed = utf8.decode(bytes);
      repairs++;
      return fixed + seq.slice(n);
    } catch {
      return seq;
    }
  });
  for (const [re, ch] of LOSSY)
    out = out.replace(re, () => {
      repairs++;
      return ch;
    });
  return { text: out, repairs };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  // An indexed loop: a typed array's iterator costs several times as much per byte.
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) return true;
    // Tab, LF, FF, CR are text; ESC appears in some terminal logs but still counts as control here.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_RATIO;
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Decodes an imported file, or says clearly why it cannot be imported. */
export function decodeNoteBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty.' };
  if (bytes.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      reason: 'too-large',
      message: `The file is ${mb(bytes.length)}; notes up to ${mb(MAX_IMPORT_BYTES)} can be imported. Split it into smaller files.`,
    };
  let text: string;
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' = 'utf-8';
  let bom = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    encoding = 'utf-16le';
    bom = true;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    encoding = 'utf-16be';
    bom = true;
  } else {
    if (looksBinary(bytes))
      return {
        ok: false,
        reason: 'binary',
        message: 'This looks like a binary file (not text). Import Markdown or plain-text notes.',
      };
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      bom = true;
    }
    try {
      text = utf8.decode(body);
    } catch {
      text = cp1252Decode(body);
      encoding = 'windows-1252';
    }
  }
  if (text.includes('\u0000'))
    return {
      ok: false,
      reason: 'binary',
      message: 'This looks like a binary file (not text). Import Markdown or plain-text notes.',
    };
  if (text.trim() === '')
    return { ok: false, reason: 'empty', message: 'The file has no text (only blank space).' };
  const repaired = encoding === 'windows-1252' ? { text, repairs: 0 } : repairMojibake(text);
  return { ok: true, text: repaired.text, encoding, bom, mojibakeRepairs: repaired.repairs };
}

/** Alias used by the importer. */
export const decodeNote = decodeNoteBytes;
