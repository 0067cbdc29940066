import { WebSocketServer, type WebSocket } from 'ws';
import type { AddressInfo } from 'node:net';

/**
 * Slack's Socket Mode endpoint on 127.0.0.1: says hello to each connection, delivers envelopes
 * and records the acknowledgements the app sends back.
 */
export class FakeSocketMode {
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  url = '';

  async start(): Promise<this> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server?.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    this.server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id) this.acks.push({ envelope_id: message.envelope_id, payload: message.payload });
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
    });
    return this;
  }

  /** Waits for the app to connect. */
  async connected(timeoutMs = 5_000): Promise<void> {
    const started = Date.now();
    while (!this.socket) {
      if (Date.now() - started > timeoutMs) throw new Error('the app never connected over Socket Mode');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Delivers an envelope as Slack does, e.g. a slash command. */
  deliver(type: 'slash_commands' | 'events_api' | 'interactive', payload: Record<string, unknown>, envelopeId: string): void {
    this.socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
  }

  /** Waits for the acknowledgement of an envelope and returns its payload. */
  async ackOf(envelopeId: string, timeoutMs = 5_000): Promise<unknown> {
    const started = Date.now();
    for (;;) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack.payload;
      if (Date.now() - started > timeoutMs) throw new Error(`no acknowledgement of ${envelopeId}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
