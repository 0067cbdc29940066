import type { nlEscalate } from './nl-escalate.js';

/** The English of `nlEscalate`, by the same ids. Part of `en`. */
export const enEscalate: Record<keyof typeof nlEscalate, string> = {
  'esc.confirm.title': 'Reported: {ref}',
  'esc.confirm.body':
    'Thank you. **{department}** sees your report now and will agree on an approach (rule 7). I ' +
    'will tell you as soon as someone picks it up. Until then, better not reply further in the ' +
    'discussion.',
  'esc.confirm.no-channel':
    'Note: **{department}** has no channel yet. I kept your report and will pass it on as soon ' +
    'as there is one, but please contact the department yourself right now (rule 7).',
  'esc.usage':
    'Report a derailing discussion with {cmd:escalate} _<link> <what is going on>_, for example: ' +
    '{cmd:escalate} _https://x.com/… angry replies to our post about the strike_',
  'esc.card.title': 'Escalation {ref}: {category}',
  'esc.card.reminder': '⏰ Reminder: this escalation has been waiting for {minutes} minutes.',
  'esc.card.backup': 'Passed on as backup for {department}: nobody there has picked it up yet.',
  'esc.field.reporter': 'Reported by',
  'esc.field.when': 'When',
  'esc.field.link': 'Discussion',
  'esc.field.category': 'Category',
  'esc.field.urgency': 'Urgency',
  'esc.field.status': 'Status',
  'esc.field.outcome': 'Outcome',
  'esc.field.description': 'Description',
  'esc.no-link': '(no link)',
  'esc.someone': 'someone',
  'esc.status.open': 'Open: nobody has picked this up yet',
  'esc.status.claimed': 'Picked up by {name} ({at})',
  'esc.status.resolved': 'Resolved by {name} ({at})',
  'esc.urgency.normaal': 'Normal',
  'esc.urgency.hoog': 'High',
  'esc.urgency.urgent': 'Urgent',
  'esc.button.claim': 'I will take this',
  'esc.button.unclaim': 'Release',
  'esc.button.resolve': 'Resolved',
  'esc.button.reopen': 'Reopen',
  'esc.outcome.label': 'How was it resolved? (briefly)',
  'esc.done.claim': 'You picked up {ref}. The reporter has been told.',
  'esc.done.unclaim': 'You released {ref}; it is open again.',
  'esc.done.resolve': '{ref} is resolved. The reporter has been told.',
  'esc.done.reopen': '{ref} has been reopened.',
  'esc.already-claimed': '{name} was first: {ref} has already been picked up.',
  'esc.wrong-state': 'That is not possible now: {ref} is {status}.',
  'esc.state-word.open': 'open',
  'esc.state-word.claimed': 'already picked up',
  'esc.state-word.resolved': 'already resolved',
  'esc.not-found': 'I know no escalation {ref}.',
  'esc.not-member': 'Sorry, only members of the {department} channel can change this escalation.',
  'esc.notice.claimed': 'Your report {ref} was picked up by {name} ({department}).',
  'esc.notice.unclaimed': 'Your report {ref} was released; {department} will pick it up again.',
  'esc.notice.resolved': 'Your report {ref} was resolved by {department}. Outcome: {outcome}',
  'esc.notice.resolved-plain': 'Your report {ref} was resolved by {department}.',
  'esc.notice.reopened': 'Your report {ref} was reopened by {department}.',
  'esc.list.title': 'Open escalations of {department}',
  'esc.list.empty': 'Nothing is open. 🎉',
  'esc.list.line': '**{ref}** ({urgency}) {category}: {status}, since {at}',
  'esc.not-department':
    'This channel is not bound to a department. The communication department binds a channel ' +
    'with {cmd:department bind} _<department>_ ({departments}).',
  'esc.bound': 'From now on this channel receives the escalations of **{department}**.',
  'esc.bind-unknown': 'I do not know that department. Choose from: {departments}.',
  'esc.bind-personal': 'Bind a department in its own channel, not in a personal chat.',
  'esc.bind-not-channel':
    'Only a channel can receive a department\'s escalations, not a personal or group chat. Type ' +
    'this in the department\'s channel.',
  'esc.bind-not-member':
    'I am not in this channel. Invite me to this channel first, then ' +
    'bind it.',
  'esc.unbound': 'This channel no longer receives the escalations of **{department}**.',
  'esc.unbind-none': 'This channel is not bound to a department; there is nothing to unbind.',
  'esc.unbind-configured':
    'This channel is bound in the bot\'s settings (ESCALATION_SLACK_CHANNEL or ' +
    'ESCALATION_TEAMS_CHANNEL); ask the bot\'s administrator to change that.',
  'esc.not-card-channel':
    'Change {ref} in the channel where the escalation\'s card is, with the buttons on the card.',
  'esc.form.link-invalid': 'Paste a link that starts with https:// (at most {max} characters).',
  'esc.form.too-long': 'That is too long: at most {max} characters. Please summarise.',
  'esc.form.required': 'Briefly say what is going on.',
  'esc.form.choose': 'Pick one of the options.',
  'esc.form.title': 'Escalate discussion',
  'esc.form.submit': 'Report',
  'esc.form.intro':
    'Is an online discussion getting out of hand? The responsible department gets your report at ' +
    'once (rule 7).',
  'esc.form.placeholder': 'What is going on?',
};
