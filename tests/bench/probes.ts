import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

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

/**
 * Counts the error lines the bot logs (pino JSON, level 50) as they come. A turn that fails is
 * still answered 200 with a friendly message, cheaper than an answer: a bench row is only an
 * answer's cost when no error was logged meanwhile.
 */
export function errorLines(child: ChildProcess): () => number {
  let count = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.includes('"level":50')) count++;
  });
  return () => count;
}

/** CPU time a process has used (user + system, ms), from /proc: what each request costs the server itself. */
export function cpuMs(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
  } catch {
    return Number.NaN; // not Linux: the column stays empty
  }
}

export async function rssOf(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/richtlijnenbot_process_resident_memory_bytes (\d+)/.exec(text)?.[1] ?? 0) / 1024 / 1024;
}

/**
 * The RSS of an idle process once V8 has handed back its start-up garbage: its memory reducer does
 * that ~8 s after the last burst of allocation (RSS per second after start-up, no requests: 113 MB
 * for 8 s, then 94-97 MB from the 9th to the 20th). The median of three readings, 15, 16 and 17 s
 * after `since`.
 */
export async function idleRss(port: number, since: number): Promise<number> {
  const readings: number[] = [];
  for (const at of [15_000, 16_000, 17_000]) {
    await new Promise((r) => setTimeout(r, Math.max(0, since + at - performance.now())));
    readings.push(await rssOf(port));
  }
  return readings.sort((a, b) => a - b)[1] ?? 0;
}
