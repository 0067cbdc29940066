import type { nlAccess } from './nl-access.js';

/** The English of `nlAccess`, by the same ids. Part of `en`. */
export const enAccess: Record<keyof typeof nlAccess, string> = {
  'access.owners-only':
    'This is only for the department that manages the guidelines: the members of the ' +
    "**{department}** channel and the bot's administrators. Ask one of them.",
  'access.console-only':
    'The web console is only for the department that manages the guidelines (the members of the ' +
    "**{department}** channel and the bot's administrators) and for the members of a channel " +
    "that receives a department's escalations. Is that you? Ask one of them to add you to that channel.",
  'console.unavailable.no-server':
    "The web console is not running: the bot's HTTP server could not start (is the port in use? " + 'Set PORT to a free port and start again).',
  'console.unavailable.no-public-url':
    'The web console cannot be reached from here yet: the administrator must set PUBLIC_URL (the ' + 'address at which the bot is opened from a browser).',
  'console.link.title': 'Your sign-in link for the web console',
  'console.link.body': 'This link is for you alone, works once and expires in {minutes} minutes. Do not share it.',
  'console.link.open': 'Open the web console',
};
