import type { Db } from './db.js';

/** Rows per read: a page is a few hundred kilobytes at most, whatever the period. */
const PAGE = 1_000;

/**
 * The escalations opened in a period, oldest first, one page at a time (keyset on
 * created_at and id): memory stays flat however long the period, and between pages other
 * statements get their turn.
 */
export async function* exportEscalations(db: Db, from: Date, to: Date): AsyncIterable<Record<string, string>> {
  let after: { at: string; id: string } | undefined;
  for (;;) {
    let query = db.kysely
      .selectFrom('escalations')
      .select(['id', 'created_at', 'department', 'category', 'urgency', 'status', 'claimed_at', 'resolved_at', 'outcome', 'link'])
      .where('created_at', '>=', after?.at ?? from.toISOString())
      .where('created_at', '<=', to.toISOString())
      .orderBy('created_at')
      .orderBy('id')
      .limit(PAGE);
    const cursor = after;
    if (cursor) query = query.where((eb) => eb.or([eb('created_at', '>', cursor.at), eb('id', '>', cursor.id)]));
    const rows = await query.execute();
    for (const e of rows) {
      yield {
        id: e.id,
        opened: e.created_at,
        department: e.department,
        category: e.category,
        urgency: e.urgency,
        status: e.status,
        claimed: e.claimed_at ?? '',
        resolved: e.resolved_at ?? '',
        outcome: e.outcome ?? '',
        link: e.link ?? '',
      };
    }
    const last = rows[rows.length - 1];
    if (rows.length < PAGE || !last) return;
    after = { at: last.created_at, id: last.id };
  }
}

/**
 * The unanswered questions of a period, oldest first, a page at a time. The signal tables
 * have no key, so a page ends before its last instant and the next one starts at it; a page
 * that is all one instant is read whole.
 */
export async function* exportUnanswered(db: Db, from: Date, to: Date): AsyncIterable<Record<string, string>> {
  const read = (op: '>=' | '>' | '=', at: string, limit?: number) => {
    let query = db.kysely
      .selectFrom('question_signals')
      .select(['at', 'platform', 'lang', 'masked_text'])
      .where('item_id', 'is', null)
      .where('at', op, at)
      .where('at', '<=', to.toISOString())
      .orderBy('at');
    if (limit) query = query.limit(limit);
    return query.execute();
  };
  const row = (q: { at: string; platform: string; lang: string; masked_text: string | null }) => ({
    at: q.at,
    platform: q.platform,
    lang: q.lang,
    question: q.masked_text ?? '',
  });
  let cursor = from.toISOString();
  let op: '>=' | '>' = '>=';
  for (;;) {
    const rows = await read(op, cursor, PAGE);
    const last = rows[rows.length - 1];
    if (rows.length < PAGE || !last) {
      for (const q of rows) yield row(q);
      return;
    }
    const before = rows.filter((q) => q.at < last.at);
    if (before.length === 0) {
      for (const q of await read('=', last.at)) yield row(q);
      [cursor, op] = [last.at, '>'];
      continue;
    }
    for (const q of before) yield row(q);
    [cursor, op] = [last.at, '>='];
  }
}
