import type { MessageId } from './nl.js';

/** Every UI string in English, by the ids of the Dutch; the type makes sure none is missing. */
export const en: Record<MessageId, string> = {
  'help.title': 'Richtlijnenbot: how it works',
  'help.body':
    'I help you with the social media guidelines of {org}.\n' +
    '- **Ask a question**, for example: _may I post a photo of a colleague?_\n' +
    '- {cmd:check} _<your draft>_: I review your post before you publish it (only you see it)\n' +
    '- {cmd:rule} _<1-8>_: read a rule; {cmd:rules} gives the overview\n' +
    '- {cmd:tip}: a tip from the guidelines\n' +
    '- {cmd:disclaimer} _<your name>_: a disclaimer for your personal blog\n' +
    '- {cmd:escalate} _<link> <description>_: an online discussion is getting out of hand (rule 7)\n' +
    '- {cmd:language nl}: answers in Dutch from now on (_antwoorden in het Nederlands_)\n' +
    '- {cmd:help}: this overview',
  'answer.source': 'From the guidelines, translated',
  'answer.see-also': 'See also',
  'answer.more': 'More about {topic}',
  'fallback.title': 'I have no rule for that',
  'fallback.body':
    'I cannot find anything in the social media guidelines that fits this well. When in doubt: ' +
    'check with your manager or the responsible department (rule 8).',
  'fallback.rephrase': 'Was your question about social media? Try other words, or type {cmd:help}.',
  'followup.help': 'What can I ask?',
  'followup.rules': 'All rules',
  'followup.tip': 'Another tip',
  'followup.check': 'Check a draft',
  'rules.title': 'The guidelines in short',
  'rule.unknown': 'There is no rule {number}. The guidelines have rules {range}.',
  'rule.missing-number': 'Which rule would you like to read? Type for example {cmd:rule 7}.',
  'tip.title': 'Tip of the day',
  'tip.subscribed':
    'From now on this channel gets a tip from the guidelines every working day. To stop: ' +
    '{cmd:daily tip off}.',
  'tip.not-here': 'A daily tip works in a Slack or Teams channel. Here you can ask for a tip with {cmd:tip}.',
  'tip.unsubscribed': 'This channel no longer gets a daily tip.',
  'tip.subscribe-personal':
    'Turn the daily tip on in a channel, not in a personal chat. Want a tip now? Type {cmd:tip}.',
  'disclaimer.title': 'Disclaimer for your personal blog',
  'disclaimer.intro':
    'Put this text on your personal blog or profile when you write about your work there:',
  'disclaimer.copy': 'Copy this text',
  'disclaimer.name-placeholder': '(your name)',
  'disclaimer.no-name':
    'Tip: type {cmd:disclaimer} _<your name>_ to fill in your name straight away.',
  'disclaimer.name-too-long':
    'That name is too long for a disclaimer (at most {max} characters). I left it out.',
  'input.too-long':
    'Your message is very long ({chars} characters). I only read the first {max} characters.',
  'reply.shortened': '… (shortened)',
  'check.title': 'Check of your draft',
  'check.groen': 'Green: I see no problems with the guidelines. Go ahead and post it.',
  'check.oranje': 'Orange: mind the points below before you post this.',
  'check.rood': 'Red: do not post this as it is. Fix the points below first.',
  'check.doubt': 'In doubt? Check with your manager or the responsible department (rule 8).',
  'check.improved': 'Improved version to copy',
  'check.improved-partial':
    'This version only fixes what can be fixed mechanically; the other points are yours to ' +
    'change.',
  'check.groen-note':
    '_I look at the guidelines, not at spelling or tone. Only you see this check; I do not keep ' +
    'your text._',
  'check.private': '_Only you see this check; I do not keep your text._',
  'check.empty':
    'Put your draft after {cmd:check}, for example: {cmd:check} _Proud of our team today!_',
  'check.truncated':
    'Your draft is very long ({chars} characters); I checked the first {max} characters.',
  'check.how-to':
    'Want me to review your post? Type {cmd:check} with your text after it: {cmd:check} _<your ' +
    'text>_',
  'finding.rule': 'Rule',
  'finding.fix': 'Fix',
  'slack.shared-by': 'Shared by {user}',
  'slack.share': 'Share in channel',
  'feedback.thanks-up': 'Thanks, glad it helped!',
  'feedback.thanks-down':
    'Thanks for your feedback. The communications department will look at it. Still in doubt? ' +
    'Check with your manager (rule 8).',
  'feedback.prompt': 'Was this helpful?',
  'feedback.up': 'Yes, this helped',
  'feedback.down': 'No, this did not help',
  'home.title': 'Richtlijnenbot',
  'home.rules': 'The rules',
  'home.expand': 'Read more',
  'home.fold': 'Fold',
  'home.tip': 'Tip of the day',
  'home.disclaimer': 'Your personal disclaimer',
  'teams.replied-privately':
    'I replied to you privately, in your chat with me: I never show a draft to others.',
  'teams.replied-privately-other': 'I replied to you privately, in your chat with me.',
  'welcome.title': 'Welcome to Richtlijnenbot',
  'error.generic':
    'Something went wrong on my side. Please try again shortly. In doubt about a post? Check ' +
    'with your manager (rule 8).',
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
    'This channel is not bound to a department. A department binds its channel with ' +
    '{cmd:department bind} _<department>_ ({departments}).',
  'esc.bound': 'From now on this channel receives the escalations of **{department}**.',
  'esc.bind-unknown': 'I do not know that department. Choose from: {departments}.',
  'esc.bind-personal': 'Bind a department in its own channel, not in a personal chat.',
  'esc.form.title': 'Escalate discussion',
  'esc.form.submit': 'Report',
  'esc.form.intro':
    'Is an online discussion getting out of hand? The responsible department gets your report at ' +
    'once (rule 7).',
  'esc.form.placeholder': 'What is going on?',
  'slack.send': 'Send',
  'slack.cancel': 'Cancel',
  'stats.title': 'Social media in figures: {from} – {to}',
  'stats.questions': 'Questions',
  'stats.questions-value': '{n} asked, {answered} answered ({pct})',
  'stats.checks': 'Drafts checked',
  'stats.findings': 'Most found',
  'stats.escalations': 'Escalations',
  'stats.escalations-value': '{n} reported · median to pick up {claim} · to resolve {resolve}',
  'stats.stale': 'Open for more than a day',
  'stats.unhelpful': 'Least helpful (👎)',
  'stats.unanswered': 'Questions the guidelines had no answer for',
  'stats.unanswered-none': 'Every question found an answer in the guidelines.',
  'stats.make-example': 'Question {n} as an example',
  'console.refused':
    'The web console is for the communication department and the departments that handle ' +
    'escalations. Are you one of them? Ask to be added to your department\'s channel.',
  'console.unavailable.no-server':
    'The web console is not running: the bot\'s HTTP server could not start (is the port in use? ' +
    'Set PORT to a free port and start again).',
  'console.unavailable.no-public-url':
    'The web console cannot be reached from here yet: the administrator must set PUBLIC_URL (the ' +
    'address at which the bot is opened from a browser).',
  'console.link.title': 'Your sign-in link for the web console',
  'console.link.body':
    'This link is for you alone, works once and expires in {minutes} minutes. Do not share it.',
  'console.link.open': 'Open the web console',
  'stats.refused':
    'Figures and exports are for the department that owns the guidelines: ask for them in a ' +
    'department channel (see {cmd:department bind}).',
  'stats.export-ready': 'The export of the last {days} days is above: {file}.',
  'suggest.title': 'Suggestion for the knowledge base',
  'suggest.body':
    'This question is closest to **{label}**. Put this under "examples: {lang}" in ' +
    'knowledge/items/{item}.yaml and check it with npm run knowledge:check:',
  'suggest.none':
    'This question resembles no rule. If it belongs in the guidelines, add a new item (see ' +
    'knowledge/README.md).',
  'followup.disclaimer': 'Make a disclaimer',
  'escalate.coming':
    'Escalating through the bot is not available here. Is a discussion getting out of hand? ' +
    'Contact the responsible department straight away (rule 7).',
  'terminal.banner':
    'Richtlijnenbot for {org}, here in the terminal. Type your question or help; Ctrl+D quits. To ' +
    'connect Slack or Teams: see the README.',
  'terminal.emulator': 'Teams emulator (from this machine only): {url}/api/messages',
  'terminal.follow-up': '→ {label} (type: {command})',
  'contact.line': 'Reach {department} via {ways}.',
  'lang.set': 'Agreed: from now on I will answer you in English. Ask in Dutch and you get a Dutch answer.',
  'lang.usage':
    'I answer in the language of your question. Otherwise choose {cmd:language en} for English or ' +
    '{cmd:language nl} for Dutch.',
};
