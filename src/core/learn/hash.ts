/** FNV-1a over a string's UTF-16 code units: a stable 32-bit hash, the same in every run. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** FNV-1a continued over more text: `fnvMore(fnv1a(a), b) === fnv1a(a + b)`, without building a + b. */
export function fnvMore(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}

/** One step of FNV-1a: `fnv1a(s + c) === fnvStep(fnv1a(s), c)`. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193) >>> 0;
}

/** A small seeded random generator (mulberry32): training shuffles the same way every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed 32-bit key of a text (FNV-1a, then murmur3's finaliser): for fold and order choices that depend on the text alone. */
export function textKey(text: string, seed = 0): number {
  let h = fnv1a(text) ^ Math.imul(seed >>> 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
