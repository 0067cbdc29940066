/** Message metadata as Slack keeps it: an event type and a free-form payload. */
export interface SlackMetadata {
  event_type: string;
  event_payload: Record<string, unknown>;
}

/** A message in a channel, as conversations.history returns it. */
export interface SlackMessage {
  type: 'message';
  ts: string;
  text?: string;
  blocks?: unknown;
  user: string;
  bot_id: string;
  app_id: string;
  metadata?: SlackMetadata;
}

/** A stored message and the token that posted it (tests: which replica), never returned to callers. */
interface Stored {
  message: SlackMessage;
  token: string | undefined;
}

type Args = Record<string, unknown>;

const isTrue = (value: unknown) => value === true || value === 'true' || value === '1' || value === 1;

/** Slack's own limits on metadata: an alphanumeric event type (underscores allowed) and an object payload. */
function metadataOf(value: unknown): SlackMetadata | 'invalid' | undefined {
  if (value === undefined || value === '') return undefined;
  const m = value as Partial<SlackMetadata>;
  if (typeof m !== 'object' || typeof m.event_type !== 'string' || !/^[A-Za-z0-9_]{1,255}$/.test(m.event_type)) return 'invalid';
  if (typeof m.event_payload !== 'object' || m.event_payload === null || Array.isArray(m.event_payload)) return 'invalid';
  return { event_type: m.event_type, event_payload: m.event_payload };
}

/**
 * The channels' timelines behind the fake Slack API: chat.postMessage adds a message (with its
 * metadata), chat.update changes one, conversations.history reads them newest first, within
 * `oldest`/`latest`, paged with a cursor, and with metadata only when `include_all_metadata` is set.
 */
export class FakeSlackChannels {
  private readonly byChannel = new Map<string, Stored[]>();
  /** Microseconds of the last ts handed out: every message gets a later, unique one. */
  private lastMicros = 0;

  constructor(private readonly now: () => number = Date.now) {}

  private nextTs(): string {
    this.lastMicros = Math.max(this.lastMicros + 1, this.now() * 1000);
    const micros = String(this.lastMicros).padStart(7, '0');
    return `${micros.slice(0, -6)}.${micros.slice(-6)}`;
  }

  /** chat.postMessage: the answer Slack gives, the message stored first. */
  post(args: Args, token: string | undefined): Args {
    const metadata = metadataOf(args.metadata);
    if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
    const channel = String(args.channel ?? '');
    if (channel === '') return { ok: false, error: 'channel_not_found' };
    const message: SlackMessage = {
      type: 'message',
      ts: this.nextTs(),
      ...(typeof args.text === 'string' ? { text: args.text } : {}),
      ...(args.blocks !== undefined ? { blocks: args.blocks } : {}),
      user: 'UBOT',
      bot_id: 'BBOT',
      app_id: 'A0001',
      ...(metadata ? { metadata } : {}),
    };
    const list = this.byChannel.get(channel) ?? [];
    list.push({ message, token });
    this.byChannel.set(channel, list);
    return { ok: true, channel, ts: message.ts, message: withoutMetadata(message) };
  }

  /** chat.update: replaces text, blocks and (when given) metadata of a message. */
  update(args: Args): Args {
    const channel = String(args.channel ?? '');
    const stored = this.byChannel.get(channel)?.find((s) => s.message.ts === args.ts);
    if (!stored) return { ok: false, error: 'message_not_found' };
    const metadata = metadataOf(args.metadata);
    if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
    if (typeof args.text === 'string') stored.message.text = args.text;
    if (args.blocks !== undefined) stored.message.blocks = args.blocks;
    if (metadata) stored.message.metadata = metadata;
    return { ok: true, channel, ts: stored.message.ts };
  }

  /** conversations.history, newest first. */
  history(args: Args): Args {
    const channel = String(args.channel ?? '');
    // The fake does not model which channels exist: one nobody posted in is empty.
    const all = this.byChannel.get(channel) ?? [];
    const inclusive = isTrue(args.inclusive);
    const oldest = args.oldest === undefined ? 0 : Number(args.oldest);
    const latest = args.latest === undefined ? Number.POSITIVE_INFINITY : Number(args.latest);
    const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
    const inRange = all
      .map((s) => s.message)
      .filter((m) => {
        const ts = Number(m.ts);
        return (inclusive ? ts >= oldest : ts > oldest) && (inclusive ? ts <= latest : ts < latest);
      })
      .reverse();
    const start = typeof args.cursor === 'string' && args.cursor !== '' ? Number(Buffer.from(args.cursor, 'base64').toString()) : 0;
    const page = inRange.slice(start, start + limit).map((m) => (isTrue(args.include_all_metadata) ? { ...m } : withoutMetadata(m)));
    const hasMore = start + limit < inRange.length;
    return {
      ok: true,
      messages: page,
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? Buffer.from(String(start + limit)).toString('base64') : '' },
    };
  }

  /** How many messages a channel holds. */
  count(channel: string): number {
    return this.byChannel.get(channel)?.length ?? 0;
  }

  /** Every message in a channel, oldest first, with the token that posted it. */
  messages(channel: string): Array<SlackMessage & { postedWith: string | undefined }> {
    return (this.byChannel.get(channel) ?? []).map((s) => ({ ...s.message, postedWith: s.token }));
  }
}

function withoutMetadata(message: SlackMessage): SlackMessage {
  const { metadata: _metadata, ...rest } = message;
  return rest;
}
