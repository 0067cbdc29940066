import { SLACK_ACTIONS } from './render-blocks.js';
import { HOME_TOGGLE } from './render-home.js';

/**
 * Every id Slack and this app share: the slash command, shortcuts, actions and events. A test
 * checks these against manifests/slack/manifest.yml, both ways.
 */
export const SLACK_IDS = {
  command: '/socialmedia',
  shortcuts: { checkMessage: 'check_message', escalateMessage: 'escalate_message' },
  actions: { ...SLACK_ACTIONS, homeToggleRule: HOME_TOGGLE },
  events: ['app_mention', 'message.im', 'app_home_opened'],
} as const;
