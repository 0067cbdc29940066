import { cronOf, httpUrl, list, timeZone, value, type Env } from './fields.js';
import { TEAMS_APP_TYPES, type Config, type SlackConfig, type TeamsConfig } from './types.js';

/** The readers of the platform and escalation settings: which Slack and Teams modes, which channels. */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function teams(env: Env, problems: string[]): TeamsConfig {
  const appId = value(env, 'MicrosoftAppId');
  const appPassword = value(env, 'MicrosoftAppPassword');
  const rawType = value(env, 'MicrosoftAppType');
  const tenantId = value(env, 'MicrosoftAppTenantId');
  if (appId === undefined) {
    if (appPassword !== undefined || tenantId !== undefined) {
      problems.push('MicrosoftAppId is missing: copy the Microsoft App ID of your Azure Bot, or remove MicrosoftAppPassword and MicrosoftAppTenantId');
    }
    return { mode: 'emulator' };
  }
  if (!GUID.test(appId))
    problems.push("MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000: copy it from the Azure Bot's Configuration page");
  const appType = TEAMS_APP_TYPES.find((t) => t.toLowerCase() === (rawType ?? 'MultiTenant').toLowerCase());
  if (appType === undefined) problems.push(`MicrosoftAppType is not valid: use one of ${TEAMS_APP_TYPES.join(', ')}`);
  if (appType !== 'UserAssignedMSI' && appPassword === undefined) {
    problems.push('MicrosoftAppPassword is missing: create a client secret for the app registration (Certificates & secrets)');
  }
  if (appType === 'SingleTenant' && tenantId === undefined)
    problems.push('MicrosoftAppTenantId is missing: a SingleTenant bot needs the Directory (tenant) ID');
  if (tenantId !== undefined && !GUID.test(tenantId))
    problems.push('MicrosoftAppTenantId must be a GUID: copy the Directory (tenant) ID from the app registration');
  return { mode: 'authenticated', appId, appPassword, appType: appType ?? 'MultiTenant', tenantId };
}

export function slack(env: Env, problems: string[]): SlackConfig | undefined {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  const apiUrl = httpUrl(env, 'SLACK_API_URL', problems);
  if (botToken === undefined && appToken === undefined && signingSecret === undefined) return undefined;
  if (botToken === undefined) {
    problems.push('SLACK_BOT_TOKEN is missing: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, or remove the other SLACK_ variables');
  } else if (!botToken.startsWith('xoxb-')) {
    problems.push('SLACK_BOT_TOKEN must start with "xoxb-": copy the Bot User OAuth Token from OAuth & Permissions');
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN must start with "xapp-": create an app-level token with connections:write under Basic Information');
  }
  if (signingSecret !== undefined && !/^[0-9a-f]{32}$/i.test(signingSecret)) {
    problems.push('SLACK_SIGNING_SECRET must be 32 hexadecimal characters: copy the Signing Secret from Basic Information');
  }
  if (botToken !== undefined && appToken === undefined && signingSecret === undefined) {
    problems.push('SLACK_BOT_TOKEN needs SLACK_APP_TOKEN (Socket Mode, no public URL) or SLACK_SIGNING_SECRET (HTTP mode on /slack/events)');
  }
  return {
    mode: appToken !== undefined ? 'socket' : 'http',
    botToken: botToken ?? '',
    appToken,
    signingSecret,
    apiUrl,
  };
}

export function escalation(env: Env, problems: string[]): Config['escalation'] {
  const slackChannel = value(env, 'ESCALATION_SLACK_CHANNEL');
  if (slackChannel !== undefined && !/^[CG][A-Z0-9]{6,}$/.test(slackChannel)) {
    problems.push('ESCALATION_SLACK_CHANNEL must be a Slack channel ID such as C0123ABCDEF (channel details → About → Channel ID), not its name');
  }
  const teamsChannel = value(env, 'ESCALATION_TEAMS_CHANNEL');
  if (teamsChannel !== undefined && !/^19:[^\s;]+@thread\.(tacv2|skype)$/.test(teamsChannel)) {
    problems.push(
      'ESCALATION_TEAMS_CHANNEL must be a Teams channel ID such as 19:abc…@thread.tacv2 (channel → Get link to channel, the part after /channel/, URL-decoded)',
    );
  }
  const rawMinutes = value(env, 'ESCALATION_REMIND_MINUTES') ?? '15';
  const remindMinutes = Number(rawMinutes);
  if (!/^\d+$/.test(rawMinutes) || remindMinutes < 1 || remindMinutes > 24 * 60) {
    problems.push(`ESCALATION_REMIND_MINUTES is not valid: use a whole number of minutes from 1 to 1440 (default 15)`);
  }
  return { slackChannel, teamsChannel, remindMinutes: Number.isFinite(remindMinutes) && remindMinutes >= 1 ? remindMinutes : 15 };
}

export function tips(env: Env, zone: string, problems: string[]): Config['tips'] {
  const cron = cronOf(env, 'TIP_CRON', '0 9 * * 1-5', '"0 9 * * 1-5" for weekdays at 09:00', problems);
  return {
    cron,
    timeZone: timeZone(env, 'TIP_TIMEZONE', zone, problems),
    slackChannels: list(env, 'TIP_SLACK_CHANNELS', /^[CG][A-Z0-9]{6,}$/, 'C0123ABCDEF,C0456GHIJKL', problems),
    teamsChannels: list(env, 'TIP_TEAMS_CHANNELS', /^19:[^\s;,]+@thread\.(tacv2|skype)$/, '19:abc…@thread.tacv2', problems),
  };
}

const SLACK_USER = /^[UW][A-Z0-9]{6,}$/;
const TEAMS_USER = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|29:[A-Za-z0-9_-]{10,400})$/i;

/** A comma-separated list of user ids; a wrong entry is named by its position, never echoed. */
function users(env: Env, name: string, pattern: RegExp, fix: string, problems: string[]): string[] {
  const items = (value(env, name) ?? '').split(',').map((x) => x.trim());
  if (items.length === 1 && items[0] === '') return [];
  const wrong = items.flatMap((item, i) => (pattern.test(item) ? [] : [i + 1]));
  if (wrong.length > 0) problems.push(`${name}: entry ${wrong.join(', ')} is not a user id: ${fix}, separated by commas`);
  return items.filter((x) => pattern.test(x));
}

/** The people who may manage the bot besides the owners department's channel members. */
export function admins(env: Env, problems: string[]): Config['admins'] {
  return {
    slack: users(env, 'ADMIN_SLACK_USERS', SLACK_USER, 'list Slack member IDs such as U0123ABCDEF (profile → ⋮ → Copy member ID)', problems),
    teams: users(
      env,
      'ADMIN_TEAMS_USERS',
      TEAMS_USER,
      'list Microsoft Entra object IDs such as 00000000-0000-0000-0000-000000000000 (Entra admin center → Users → the person → Object ID)',
      problems,
    ),
  };
}
