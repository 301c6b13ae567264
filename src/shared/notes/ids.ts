/**
 * Stable ids for imported notes. Pure (no crypto module): the same file, front and back give the same card
 * id on every import, so a card's review history (kept by the quiz feature under that id) survives.
 */

/** cyrb53: a fast, well-distributed 53-bit string hash, as 14 hex digits. Not for security. */
export function cyrb53(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** Whitespace and case do not change a card's identity. */
export function normalizeCardText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function noteCardId(fileKey: string, front: string, back: string): string {
  return `note:${cyrb53(`${fileKey}\u0000${normalizeCardText(front)}\u0000${normalizeCardText(back)}`)}`;
}

/** Section ids: stable while the section keeps its place and title. */
export function noteSectionId(fileKey: string, ord: number, title: string): string {
  return `ns:${cyrb53(`${fileKey}\u0000${ord}\u0000${title}`)}`;
}
