import type { Config } from '../config.js';
import { Roles } from '../core/access/roles.js';
import { ConsoleAccess } from '../core/console/access.js';
import type { Binding } from '../core/escalate/model.js';
import { EscalationService } from '../core/escalate/service.js';
import type { KnowledgeBase } from '../core/knowledge/knowledge-base.js';
import type { ChannelDirectory, Clock, Logger, Membership } from '../core/ports.js';
import { TipService } from '../core/tips/tip-service.js';
import { SqlConsoleStore } from '../store/console-store.js';
import { SqlConversationStore } from '../store/conversation-store.js';
import type { Db } from '../store/db.js';
import { SqlEscalationStore } from '../store/escalation-store.js';
import { SqlFeedbackStore } from '../store/feedback-store.js';
import { SqlKeyring } from '../store/keyring.js';
import { SqlLanguageChoices } from '../store/language-store.js';
import { SqlOutbox } from '../store/outbox-store.js';
import { SqlSignalStore } from '../store/signal-store.js';
import { SqlTipStore } from '../store/tip-store.js';

/** The default department's channels as configured (ESCALATION_SLACK_CHANNEL, ESCALATION_TEAMS_CHANNEL). */
function configuredBindings(config: Config, kb: KnowledgeBase): Binding[] {
  const department = kb.departments.default;
  const slack = config.escalation.slackChannel;
  const teams = config.escalation.teamsChannel;
  return [
    ...(slack ? [{ department, platform: 'slack' as const, channelId: slack }] : []),
    ...(teams ? [{ department, platform: 'teams' as const, channelId: teams }] : []),
  ];
}

/** The stores over one database and the core's services over them; nothing runs yet. */
export function buildCore(config: Config, kb: KnowledgeBase, db: Db, deps: { logger: Logger; clock: Clock; directory: Membership & ChannelDirectory }) {
  const { logger, clock, directory } = deps;
  const store = new SqlEscalationStore(db);
  const signals = new SqlSignalStore(db, {
    onFlushError: (error, waiting) =>
      logger.warn({
        event: 'signals.flush-failed',
        waiting,
        error: error instanceof Error ? error.message : String(error),
      }),
  });
  const configured = configuredBindings(config, kb);
  const escalations = new EscalationService({
    kb,
    store,
    membership: directory,
    channels: directory,
    clock,
    logger,
    configured,
    remindMinutes: config.escalation.remindMinutes,
    timeZone: config.timeZone,
  });
  const configuredTips = [
    ...config.tips.slackChannels.map((channelId) => ({ platform: 'slack' as const, channelId })),
    ...config.tips.teamsChannels.map((channelId) => ({ platform: 'teams' as const, channelId })),
  ];
  const tips = new TipService({
    kb,
    store: new SqlTipStore(db),
    clock,
    random: Math.random,
    logger,
    configured: configuredTips,
  });
  const roles = new Roles({
    membership: directory,
    admins: config.admins,
    ownersDepartment: kb.departments.default,
    ownersChannels: configured,
    logger,
  });
  // The web console: the same role check, and for other departments the same membership port.
  const departments = kb.departments.departments.map((d) => d.id);
  const access = new ConsoleAccess({
    authority: roles,
    membership: directory,
    channelsOf: (d) => escalations.channelsOf(d),
    departments,
    logger,
  });
  const consoleStore = new SqlConsoleStore(db, () => signals.flush());
  // Votes and language choices are kept under keyed hashes of the person, never their id.
  const keyring = new SqlKeyring(db, config.retentionDays, clock);
  return {
    store,
    outbox: new SqlOutbox(db),
    signals,
    escalations,
    tips,
    roles,
    access,
    consoleStore,
    keyring,
    feedback: new SqlFeedbackStore(db, keyring),
    languages: new SqlLanguageChoices(db, keyring),
    conversations: new SqlConversationStore(db),
  };
}
