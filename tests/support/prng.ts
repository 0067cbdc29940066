/** A small seeded PRNG (mulberry32): the same sequence on every run, for generated tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over a seeded PRNG. */
export function randomTools(seed: number) {
  const random = prng(seed);
  const int = (below: number): number => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const digits = (count: number): string => Array.from({ length: count }, () => String(int(10))).join('');
  return { random, int, pick, digits };
}
