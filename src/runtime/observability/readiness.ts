/** Whether one part of the bot can do its work now, and in a few words why (for `/readyz`). */
export interface Readiness {
  ready: boolean;
  /** E.g. `connected`, `off`, `not connected: auth.test failed (invalid_auth); next try in 8 s`. */
  detail: string;
}

export const ALWAYS_READY = (detail: string): Readiness => ({ ready: true, detail });
