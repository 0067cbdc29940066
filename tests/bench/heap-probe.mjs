// Loaded into the bot under `npm run bench` only (node --expose-gc --import this file): on
// SIGUSR2 it collects all garbage and writes the memory in use to standard error as one JSON
// line, so that "no growth" compares live objects after a full collection, not RSS, which moves
// by tens of MB with when the collector last ran and how large V8 let its heap become.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, external, arrayBuffers, rss } = process.memoryUsage();
  process.stderr.write(`${JSON.stringify({ heapProbe: { heapUsed, external, arrayBuffers, rss } })}\n`);
});
