/** Rows for the housekeeping tests: people as the store keeps them, and an escalation in any state. */
export const person = (name: string) => JSON.stringify({ platform: 'slack', id: `U0${name.toUpperCase()}`, name });
export const removed = JSON.stringify({ platform: 'removed', id: 'removed' });

export function escalation(id: string, status: string, at: string, people: boolean) {
  const resolved = status === 'resolved';
  return {
    id,
    department: 'communicatie',
    category: 'discussie',
    urgency: 'normaal',
    link: null,
    description: 'x',
    reporter: people ? person('rita') : removed,
    status,
    claimed_by: people && status !== 'open' ? person('chris') : null,
    claimed_at: status === 'open' ? null : at,
    resolved_by: people && resolved ? person('chris') : null,
    resolved_at: resolved ? at : null,
    outcome: resolved ? 'ok' : null,
    created_at: at,
    announced_at: at,
    reminders: 0,
  };
}
