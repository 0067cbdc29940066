import type { App, BlockButtonAction } from '@slack/bolt';
import { overview } from '../../../core/overview.js';
import { callSlack } from '../slack-api.js';
import type { SlackDeps } from '../deps.js';
import { HOME_TOGGLE, renderHome } from '../render-home.js';
import type { SlackListeners } from '../listener-routes.js';

/** Publishes the App Home when it is opened, and again when a rule is expanded or folded. */
export function registerAppHome(app: SlackListeners, deps: SlackDeps, lang: 'nl' | 'en'): void {
  const publish = async (client: App['client'], userId: string, expanded: string | undefined) => {
    const view = renderHome(overview(deps.kb, lang, deps.clock.now()), expanded);
    await callSlack(deps, 'views.publish', () => client.views.publish({ user_id: userId, view }));
  };
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await publish(client, event.user, undefined);
  });
  app.action<BlockButtonAction>(new RegExp(`^${HOME_TOGGLE}_`), async ({ ack, action, body, client }) => {
    await ack();
    const expanded = action.value && deps.kb.has(action.value) ? action.value : undefined;
    await publish(client, body.user.id, expanded);
  });
}
