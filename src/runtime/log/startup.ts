import type { Config } from '../../config.js';
import type { EscalationService } from '../../core/escalate/service.js';
import type { KnowledgeBase } from '../../core/knowledge/knowledge-base.js';
import type { Logger } from '../../core/ports.js';

/** On Slack or Teams, a default department without a channel loses reports: say so at start-up. */
export async function warnWithoutEscalationChannel(config: Config, kb: KnowledgeBase, escalations: EscalationService, logger: Logger): Promise<void> {
  const onPlatform = config.slack !== undefined || config.teams.mode === 'authenticated';
  if (!onPlatform || (await escalations.channelsOf(kb.departments.default)).length > 0) return;
  const hint =
    'No channel receives escalations: set ESCALATION_SLACK_CHANNEL or ESCALATION_TEAMS_CHANNEL, ' +
    'or run "/socialmedia afdeling koppel <afdeling>" in the department\'s channel';
  logger.warn({ event: 'escalation.no-channel', department: kb.departments.default }, hint);
}

/**
 * The start-up line: where the bot listens, which store, and the mode of each platform; and a
 * warning for what a public address closes (the Emulator endpoint, /metrics without a token).
 */
export function logStarted(config: Config, logger: Logger, url: string, store: string): void {
  const slack = config.slack ? (config.slack.mode === 'socket' ? 'Socket Mode' : `HTTP mode on ${url}/slack/events`) : 'off';
  const teams =
    config.teams.mode === 'authenticated'
      ? `authenticated (${config.teams.appType}) on ${url}/api/messages`
      : config.http.allowEmulator
        ? `Bot Framework Emulator only, on ${url}/api/messages (set MicrosoftAppId for Teams)`
        : `off: /api/messages refuses the Bot Framework Emulator on a public address (${config.http.host}); set MicrosoftAppId, HOST=127.0.0.1, or TEAMS_EMULATOR=1`;
  logger.info({ event: 'started', url, store, slack, teams }, 'Richtlijnenbot is running');
  if (config.teams.mode === 'emulator' && !config.http.allowEmulator) logger.warn({ event: 'teams.emulator-off', host: config.http.host }, `Teams: ${teams}`);
  if (!config.http.loopback && config.http.metricsToken === undefined) {
    logger.warn(
      { event: 'metrics.closed', host: config.http.host },
      '/metrics is refused on a public address without METRICS_TOKEN; /readyz shows only ready or not ready',
    );
  }
}
