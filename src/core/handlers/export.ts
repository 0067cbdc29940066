import { t } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Command } from '../router.js';
import { csvChunks } from '../stats/csv.js';
import { EXPORT_COLUMNS } from '../stats/stats.js';
import type { Effect, Handler } from './handler.js';
import { ownersFigures } from './owners-only.js';

/** `export [dagen]` in a department channel: the escalations and unanswered questions as CSV files, written while read, for the content owners only. */
export const exportCsv: Handler<Extract<Command, { kind: 'export' }>> = async (command, context) => {
  const figures = await ownersFigures(command.days, context);
  if ('refusal' in figures) return { reply: figures.refusal };
  const { source, from, to } = figures;
  const { lang } = context;
  const rows = await source.exportRows(from, to);
  const stamp = to.toISOString().slice(0, 10);
  const effects: Effect[] = [
    { kind: 'upload', filename: `escalaties-${stamp}.csv`, title: 'Escalaties', content: csvChunks(EXPORT_COLUMNS.escalations, rows.escalations) },
    {
      kind: 'upload',
      filename: `onbeantwoorde-vragen-${stamp}.csv`,
      title: 'Onbeantwoorde vragen',
      content: csvChunks(EXPORT_COLUMNS.unanswered, rows.unanswered),
    },
  ];
  const files = effects.map((e) => e.filename).join(', ');
  return { reply: noteReply(t('stats.export-ready', lang, { days: command.days, file: files }), lang), effects };
};
