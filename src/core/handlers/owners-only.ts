import { isOwner, type Person, type Role } from '../access/roles.js';
import { departmentName } from '../escalate/escalation-replies.js';
import type { Inbound } from '../inbound.js';
import { t, type MessageId } from '../messages.js';
import { noteReply } from '../reply-builders.js';
import type { Reply } from '../reply-model.js';
import type { StatsSource } from '../stats/stats.js';
import { literal } from '../text.js';
import { channelPlatform, type HandlerContext, type Services } from './handler.js';

/** The person who sent a message, as the role check knows them. */
export function personOf(inbound: Inbound): Person {
  const teamsId = inbound.user.address?.teamsId;
  return { platform: inbound.platform, id: inbound.user.id, aliases: teamsId && teamsId !== inbound.user.id ? [teamsId] : [] };
}

/**
 * For what only the department that owns the guidelines may do (bind channels, figures,
 * exports, the digest's actions): undefined when the sender may, else a refusal that says who can.
 */
export async function refuseUnlessOwner({ inbound, lang, services }: HandlerContext): Promise<Reply | undefined> {
  const owners = services.roles?.ownersDepartment ?? services.kb.departments.default;
  const local = inbound.platform === 'terminal' || inbound.platform === 'cli';
  const role: Role = services.roles ? await services.roles.roleOf(personOf(inbound)) : { kind: local ? 'admin' : 'employee' };
  if (isOwner(role, owners)) return undefined;
  return refusal({ inbound, lang, services }, 'access.owners-only', role.kind);
}

/**
 * Every refusal for lack of a role speaks with one voice: what it is for, naming the department
 * that owns the guidelines and the bot's administrators, and whom to ask. Logged without the person.
 */
export function refusal({ inbound, lang, services }: HandlerContext, id: Extract<MessageId, `access.${string}`>, role: Role['kind']): Reply {
  const owners = services.roles?.ownersDepartment ?? services.kb.departments.default;
  services.logger.info({ event: 'access.refused', platform: inbound.platform, role, what: id });
  return noteReply(t(id, lang, { department: literal(departmentName(services.kb, owners, lang)) }), lang);
}

/**
 * `stats [dagen]` and `export [dagen]`: the figures of the last `days` days, for the department that
 * owns the guidelines in a department's channel (bound or configured); anyone else, or anywhere
 * else, gets a polite refusal to reply with.
 */
export async function ownersFigures(days: number, context: HandlerContext): Promise<{ refusal: Reply } | { source: StatsSource; from: Date; to: Date }> {
  const refusal = await refuseUnlessOwner(context);
  if (refusal) return { refusal };
  const { inbound, lang, services } = context;
  const source = await departmentFigures(inbound, services);
  if (!source) return { refusal: noteReply(t('stats.refused', lang), lang) };
  const to = services.clock.now();
  return { source, from: new Date(to.getTime() - days * 86_400_000), to };
}

/** The figures, when the message comes from a department's channel; undefined elsewhere. */
async function departmentFigures(inbound: Inbound, services: Services): Promise<StatsSource | undefined> {
  const platform = channelPlatform(inbound);
  const { stats, escalations } = services;
  if (!stats || !platform || !escalations) return undefined;
  return (await escalations.isDepartmentChannel(platform, inbound.conversation.id)) ? stats : undefined;
}
