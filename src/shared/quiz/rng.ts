/** Seeded randomness for exams and option order: the same seed always gives the same exam. */

/** mulberry32: small, fast, good enough for shuffling (not for secrets). Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a string: turns ids into seeds so each question shuffles differently under one seed. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Display order of a question's options under a seed: a permutation of 0..n-1. The bank lists the
 * correct option first, so showing options unshuffled would give the answer away.
 */
export function optionOrder(questionId: string, optionCount: number, seed: number): number[] {
  const base = Array.from({ length: optionCount }, (_, i) => i);
  return shuffled(base, seededRandom((hashString(questionId) ^ seed) >>> 0));
}
