import type { HomeView, KnownBlock } from '@slack/types';
import { t } from '../../core/messages.js';
import type { Overview } from '../../core/overview.js';
import { codeToMrkdwn, plainTextSafe, plainToMrkdwn, richToMrkdwn, truncateMrkdwn, truncatePlain } from './mrkdwn.js';
import type { RichText } from '../../core/reply-model.js';

/** The App Home's action: expand or fold a rule; the value is the rule id, or "" to fold. */
export const HOME_TOGGLE = 'home_toggle_rule';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncateMrkdwn(text, 3000) } });
const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text: truncatePlain(plainTextSafe(text), 150), emoji: true } });

/**
 * The App Home tab: what the bot does, the rules (one expanded at a time), today's tip and the
 * personal disclaimer ready to copy.
 */
export function renderHome(view: Overview, expanded: string | undefined): HomeView {
  const { lang } = view;
  const blocks: KnownBlock[] = [
    header(t('home.title', lang)),
    section(richToMrkdwn(view.intro as RichText)),
    { type: 'divider' },
    header(t('home.rules', lang)),
  ];
  for (const rule of view.rules) {
    const open = rule.id === expanded;
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `*${plainToMrkdwn(rule.label)}*: ${plainToMrkdwn(rule.title)}` },
      accessory: {
        type: 'button',
        action_id: `${HOME_TOGGLE}_${rule.id}`,
        value: open ? '' : rule.id,
        text: { type: 'plain_text', text: t(open ? 'home.fold' : 'home.expand', lang) },
      },
    });
    if (open) {
      blocks.push(section(plainToMrkdwn(rule.answer)));
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncateMrkdwn(`> ${plainToMrkdwn(rule.source)}`, 3000) }] });
    }
  }
  if (view.tip) {
    blocks.push({ type: 'divider' }, header(t('home.tip', lang)), section(`*${plainToMrkdwn(view.tip.title)}*\n${plainToMrkdwn(view.tip.answer)}`));
  }
  blocks.push({ type: 'divider' }, header(t('home.disclaimer', lang)), section(t('disclaimer.intro', lang)), section(codeToMrkdwn(view.disclaimer)));
  return { type: 'home', blocks: blocks.slice(0, 100) };
}
