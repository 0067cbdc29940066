import { WebSocketServer, type WebSocket } from 'ws';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { until } from './until.js';

/**
 * Slack's Socket Mode endpoint on 127.0.0.1: says hello to each connection, delivers envelopes
 * and records the acknowledgements the app sends back.
 */
export class FakeSocketMode {
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  /** How many times the app connected. */
  connections = 0;
  /** Emits 'change' when the app connects or acknowledges. */
  private readonly events = new EventEmitter();
  url = '';

  async start(): Promise<this> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.server?.once('listening', () => resolve()));
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    this.server.on('connection', (socket) => {
      this.socket = socket;
      this.connections++;
      this.events.emit('change');
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id) this.acks.push({ envelope_id: message.envelope_id, payload: message.payload });
        this.events.emit('change');
      });
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0001' } }));
    });
    return this;
  }

  /** Waits for the app to have connected `times` times. */
  async connected(timeoutMs = 5_000, times = 1): Promise<void> {
    await until(
      this.events,
      () => this.connections >= times,
      timeoutMs,
      () => `the app connected ${this.connections} times over Socket Mode, not ${times}`,
    );
  }

  /** Slack drops the connection (as when it recycles a server). */
  drop(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  /** Delivers an envelope as Slack does, e.g. a slash command. */
  deliver(type: 'slash_commands' | 'events_api' | 'interactive', payload: Record<string, unknown>, envelopeId: string): void {
    this.socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
  }

  /** Waits for the acknowledgement of an envelope and returns its payload. */
  async ackOf(envelopeId: string, timeoutMs = 5_000): Promise<unknown> {
    const ackOf = () => this.acks.find((a) => a.envelope_id === envelopeId);
    await until(
      this.events,
      () => ackOf() !== undefined,
      timeoutMs,
      () => `no acknowledgement of ${envelopeId}`,
    );
    return ackOf()?.payload;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
