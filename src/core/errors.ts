/** Stable codes for real failures; expected outcomes ("no rule fits") are values, not errors. */
export type BotErrorCode = 'config_invalid' | 'knowledge_invalid' | 'store_unavailable' | 'platform_rejected';

/** A failure with a stable code; `problems` lists every cause, one line each, ready to print. */
export class BotError extends Error {
  constructor(
    readonly code: BotErrorCode,
    message: string,
    readonly problems: readonly string[] = [],
    options?: ErrorOptions,
  ) {
    super(problems.length > 0 ? `${message}\n${problems.map((p) => `  - ${p}`).join('\n')}` : message, options);
    this.name = 'BotError';
  }
}
