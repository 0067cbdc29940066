import type pg from 'pg';

/** The channel every process LISTENs on and a publish NOTIFYs (PostgreSQL); the payload is the version number. */
export const KNOWLEDGE_CHANNEL = 'richtlijnenbot_knowledge';

/** A notification channel as the runtime follows it (runtime/knowledge/follow-versions.ts). */
export interface PgListening {
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * A connection of its own (not one of the pool's) that LISTENs on `channel`: `onNotify` for each
 * notification, `onLost` once when the connection fails or ends (the caller polls meanwhile and
 * listens again later).
 */
export async function listenOn(
  Client: typeof pg.Client,
  url: string,
  channel: string,
  handlers: { onNotify(): void; onLost(error: unknown): void },
): Promise<PgListening> {
  const client = new Client({ connectionString: url });
  let connected = false;
  const lost = (error: unknown) => {
    if (!connected) return;
    connected = false;
    handlers.onLost(error);
  };
  client.on('notification', (message) => {
    if (message.channel === channel) handlers.onNotify();
  });
  client.on('error', lost);
  client.on('end', () => lost(new Error('the LISTEN connection ended')));
  try {
    await client.connect();
    // `channel` is one of our constants, never input: an identifier cannot be a bound parameter.
    await client.query(`LISTEN ${channel}`);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  connected = true;
  return {
    connected: () => connected,
    close: async () => {
      connected = false;
      await client.end();
    },
  };
}
