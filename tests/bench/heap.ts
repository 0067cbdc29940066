import type { ChildProcess } from 'node:child_process';

/**
 * The bot's heap in use after a full collection (MB): tests/bench/heap-probe.mjs, loaded into the
 * bot with --expose-gc, answers SIGUSR2 on standard error.
 */
export async function heapAfterGc(child: ChildProcess): Promise<{ heapMb: number; rssMb: number }> {
  const line = new Promise<string>((resolveLine) => {
    const listen = (chunk: Buffer) => {
      const found = chunk
        .toString()
        .split('\n')
        .find((l) => l.includes('"heapProbe"'));
      if (!found) return;
      child.stderr?.off('data', listen);
      resolveLine(found);
    };
    child.stderr?.on('data', listen);
  });
  child.kill('SIGUSR2');
  const { heapUsed, rss } = (JSON.parse(await line) as { heapProbe: { heapUsed: number; rss: number } }).heapProbe;
  return { heapMb: heapUsed / 1024 / 1024, rssMb: rss / 1024 / 1024 };
}
