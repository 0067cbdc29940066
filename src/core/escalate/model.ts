import type { Platform } from '../inbound.js';

export const URGENCIES = ['normaal', 'hoog', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type EscalationStatus = 'open' | 'claimed' | 'resolved';
export type EscalationAction = 'claim' | 'unclaim' | 'resolve' | 'reopen';
export const ESCALATION_ACTIONS: readonly EscalationAction[] = ['claim', 'unclaim', 'resolve', 'reopen'];

/** Someone on a platform: enough to notify them privately and to name them on a card. */
export interface PersonRef {
  platform: Platform;
  id: string;
  name?: string | undefined;
  /** What the platform needs to reach this person privately later (Teams: serviceUrl, tenant). */
  address?: Readonly<Record<string, string>> | undefined;
}

/** A derailing discussion reported under rule 7, from report to resolution. */
export interface Escalation {
  /** The reference the reporter and the department see, e.g. "E-7K3QX". */
  id: string;
  department: string;
  category: string;
  urgency: Urgency;
  link: string | undefined;
  description: string;
  reporter: PersonRef;
  status: EscalationStatus;
  claimedBy: PersonRef | undefined;
  claimedAt: Date | undefined;
  resolvedBy: PersonRef | undefined;
  resolvedAt: Date | undefined;
  outcome: string | undefined;
  createdAt: Date;
  /** When the department was last told about it (the report, or a reminder). */
  announcedAt: Date;
  reminders: number;
}

/** What a report needs; the store adds the id, the status and the times. */
export interface NewEscalation {
  department: string;
  category: string;
  urgency: Urgency;
  link: string | undefined;
  description: string;
  reporter: PersonRef;
  at: Date;
}

/** The state an action needs and the state it leads to (a pure transition table). */
export const TRANSITIONS: Record<EscalationAction, { from: EscalationStatus; to: EscalationStatus }> = {
  claim: { from: 'open', to: 'claimed' },
  unclaim: { from: 'claimed', to: 'open' },
  resolve: { from: 'claimed', to: 'resolved' },
  reopen: { from: 'resolved', to: 'open' },
};

/** Resolving an open escalation directly is allowed too: whoever resolves it, handled it. */
export function allowedFrom(action: EscalationAction): readonly EscalationStatus[] {
  return action === 'resolve' ? ['open', 'claimed'] : [TRANSITIONS[action].from];
}

/** The outcome of an action, as a value: "someone else was first" is not an exception. */
export type ActResult =
  | { kind: 'done'; escalation: Escalation }
  | { kind: 'already-claimed'; escalation: Escalation }
  | { kind: 'wrong-state'; escalation: Escalation }
  | { kind: 'not-found' };

/** A department's channel on one platform. */
export interface Binding {
  department: string;
  platform: 'slack' | 'teams';
  channelId: string;
}

/** Longest description and outcome kept; a discussion is summarised, not copied. */
export const MAX_DESCRIPTION = 1_000;
export const MAX_OUTCOME = 500;
/** Longest link to a discussion accepted from a form (real post links are far shorter). */
export const MAX_LINK = 500;
