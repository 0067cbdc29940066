import type { ConsoleStore } from '../../core/console/ports.js';
import type { Lang } from '../../core/lang.js';
import { barChart } from './chart-spec.js';
import { chartPng } from './render-chart.js';

/** A chart as an image for Slack and Teams: the PNG and the words that stand in for it. */
export interface ChartImage {
  png: Buffer;
  filename: string;
  title: string;
  alt: string;
}

const LABELS = {
  nl: { title: 'Vragen per dag: beantwoord en zonder antwoord', answered: 'beantwoord', fallback: 'zonder antwoord', day: 'dag', count: 'aantal' },
  en: { title: 'Questions per day: answered and without an answer', answered: 'answered', fallback: 'without an answer', day: 'day', count: 'count' },
};

/**
 * The console's "questions per day" chart for a period, as a PNG for the weekly digest: the
 * same Vega-Lite spec (barChart) over the same figures. Undefined when nobody asked anything.
 */
export async function questionsChartImage(source: Pick<ConsoleStore, 'insights'>, from: Date, to: Date, lang: Lang): Promise<ChartImage | undefined> {
  const { questions } = await source.insights(from, to);
  if (questions.length === 0) return undefined;
  const l = LABELS[lang];
  const rows = questions.flatMap((q) => [
    { x: q.day, series: l.answered, value: q.answered },
    { x: q.day, series: l.fallback, value: q.fallback },
  ]);
  const png = await chartPng(barChart({ title: l.title, xTitle: l.day, yTitle: l.count, series: [l.answered, l.fallback], rows }));
  const alt = `${l.title}: ${questions.map((q) => `${q.day} ${q.answered}/${q.fallback}`).join(', ')}`;
  return { png, filename: `vragen-${to.toISOString().slice(0, 10)}.png`, title: l.title, alt: alt.slice(0, 1000) };
}
