/**
 * Requests that arrive while a statement is out wait for it and go together in the next one, at
 * most `max` per statement; a lone request goes at once and nothing waits on a timer. `run` gets
 * the batch and returns one answer per request, in order; if it fails, every request of that
 * batch fails with its error and the next batch is still tried.
 */
export function batched<In, Out>(max: number, run: (batch: readonly In[]) => Promise<readonly Out[]>): (input: In) => Promise<Out> {
  let waiting: Array<{ input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }> = [];
  let running = false;
  async function drain(): Promise<void> {
    running = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, max);
      waiting = waiting.slice(max);
      try {
        const answers = await run(batch.map((w) => w.input));
        for (const [i, w] of batch.entries()) w.resolve(answers[i] as Out);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    running = false;
  }
  return (input) =>
    new Promise<Out>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (!running) void drain();
    });
}
