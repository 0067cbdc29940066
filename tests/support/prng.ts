import { seededRandom } from '../../src/core/learn/hash.js';

/** A small seeded PRNG (the training's mulberry32): the same sequence on every run, for generated tests. */
export const prng = seededRandom;

/** Helpers over a seeded PRNG. */
export function randomTools(seed: number) {
  const random = prng(seed);
  const int = (below: number): number => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const digits = (count: number): string => Array.from({ length: count }, () => String(int(10))).join('');
  return { random, int, pick, digits };
}
