/**
 * Picks the next tip for a channel: none of the current round again until every tip was
 * shown, then a new round. A random pick among the ones left is a shuffled round.
 */
export function nextTip(seenThisRound: readonly string[], all: readonly string[], random: () => number): { tip: string; newRound: boolean } {
  const seen = new Set(seenThisRound);
  const left = all.filter((id) => !seen.has(id));
  const newRound = left.length === 0;
  const pool = newRound ? all : left;
  const tip = pool[Math.floor(random() * pool.length) % pool.length];
  if (tip === undefined) throw new Error('there are no tips');
  return { tip, newRound };
}
