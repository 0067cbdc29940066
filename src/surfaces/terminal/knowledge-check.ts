import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Bot } from '../../core/bot.js';

/** The evaluation questions: the held-out sets in tests/fixtures/eval and the shared dev set beside the repository. */
function questionFiles(root: string): string[] {
  const own = join(root, 'tests/fixtures/eval');
  const files = existsSync(own)
    ? readdirSync(own)
        .filter((f) => /^questions\..+\.jsonl$/.test(f))
        .map((f) => join(own, f))
    : [];
  const shared = resolve(root, '../shared/eval/questions.dev.jsonl');
  return existsSync(shared) ? [...files, shared] : files;
}

/**
 * `npm run knowledge:check`: the knowledge already loaded (so it is valid), then every
 * evaluation question answered and compared with the answers recorded last time. Prints what
 * changed; `--update` records the new answers.
 */
export function knowledgeCheck(bot: Bot, root: string, update: boolean, out: NodeJS.WritableStream): number {
  const baselineFile = join(root, 'knowledge/answers-baseline.json');
  const baseline: Record<string, string> = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Record<string, string>) : {};
  const current: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const file of questionFiles(root)) {
    for (const line of readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      const result = bot.engine.answer(text);
      current[id] = result.kind === 'answer' ? (result.matches[0]?.id ?? '(regel 8: geen antwoord)') : '(regel 8: geen antwoord)';
      texts[id] = text;
    }
  }
  const changed = Object.keys(current).filter((id) => baseline[id] !== undefined && baseline[id] !== current[id]);
  const added = Object.keys(current).filter((id) => baseline[id] === undefined);
  out.write(`De kennisbank is geldig. / The knowledge is valid. ${Object.keys(current).length} evaluatievragen / evaluation questions.\n`);
  if (changed.length === 0) out.write('Geen antwoorden veranderd. / No answers changed.\n');
  for (const id of changed) out.write(`  ${id}: ${baseline[id]} → ${current[id]}   "${texts[id]}"\n`);
  if (added.length > 0 && Object.keys(baseline).length > 0) out.write(`${added.length} nieuwe vragen / new questions.\n`);
  if (update || Object.keys(baseline).length === 0) {
    writeFileSync(baselineFile, `${JSON.stringify(Object.fromEntries(Object.entries(current).sort()), null, 1)}\n`);
    out.write(`Vastgelegd in / recorded in knowledge/answers-baseline.json\n`);
  }
  return 0;
}
