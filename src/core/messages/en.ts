import { enAccess } from './en-access.js';
import { enEscalate } from './en-escalate.js';
import type { MessageId } from './nl.js';

/** Every UI string in English, by the ids of the Dutch; the type makes sure none is missing. */
export const en: Record<MessageId, string> = {
  ...enAccess,
  ...enEscalate,
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
  'tip.subscribed': 'From now on this channel gets a tip from the guidelines every working day. To stop: ' + '{cmd:daily tip off}.',
  'tip.not-here': 'A daily tip works in a Slack or Teams channel. Here you can ask for a tip with {cmd:tip}.',
  'tip.unsubscribed': 'This channel no longer gets a daily tip.',
  'tip.subscribe-personal': 'Turn the daily tip on in a channel, not in a personal chat. Want a tip now? Type {cmd:tip}.',
  'disclaimer.title': 'Disclaimer for your personal blog',
  'disclaimer.intro': 'Put this text on your personal blog or profile when you write about your work there:',
  'disclaimer.copy': 'Copy this text',
  'disclaimer.name-placeholder': '(your name)',
  'disclaimer.no-name': 'Tip: type {cmd:disclaimer} _<your name>_ to fill in your name straight away.',
  'disclaimer.name-too-long': 'That name is too long for a disclaimer (at most {max} characters). I left it out.',
  'input.too-long': 'Your message is very long ({chars} characters). I only read the first {max} characters.',
  'reply.shortened': '… (shortened)',
  'check.title': 'Check of your draft',
  'check.groen': 'Green: I found no points. That is not an approval: you remain responsible for what you post.',
  'check.oranje': 'Orange: mind the points below before you post this.',
  'check.rood': 'Red: do not post this as it is. Fix the points below first.',
  'check.doubt': 'In doubt? Check with your manager or the responsible department (rule 8).',
  'check.improved': 'Improved version to copy',
  'check.improved-partial': 'This version only fixes what can be fixed mechanically; the other points are yours to ' + 'change.',
  'check.groen-note': '_I look at the guidelines, not at spelling or tone. Only you see this check; I do not keep ' + 'your text._',
  'check.private': '_Only you see this check; I do not keep your text._',
  'check.empty': 'Put your draft after {cmd:check}, for example: {cmd:check} _Proud of our team today!_',
  'check.truncated': 'Your draft is very long ({chars} characters); I checked the first {max} characters.',
  'check.how-to': 'Want me to review your post? Type {cmd:check} with your text after it: {cmd:check} _<your ' + 'text>_',
  'finding.rule': 'Rule',
  'finding.fix': 'Fix',
  'share.shared-by': 'Shared by {user}',
  'share.shared-by-label': 'Shared by',
  'share.button': 'Share in channel',
  'share.done': 'Shared.',
  'share.not-member': 'You can only share in a channel or chat you are in yourself.',
  'feedback.thanks-up': 'Thanks, glad it helped!',
  'feedback.thanks-down': 'Thanks for your feedback. The communications department will look at it. Still in doubt? ' + 'Check with your manager (rule 8).',
  'feedback.prompt': 'Was this helpful?',
  'feedback.up': 'Yes, this helped',
  'feedback.down': 'No, this did not help',
  'home.title': 'Richtlijnenbot',
  'home.rules': 'The rules',
  'home.expand': 'Read more',
  'home.fold': 'Fold',
  'home.tip': 'Tip of the day',
  'home.disclaimer': 'Your personal disclaimer',
  'teams.replied-privately': 'I replied to you privately, in your chat with me: I never show a draft to others.',
  'teams.replied-privately-other': 'I replied to you privately, in your chat with me.',
  'welcome.title': 'Welcome to Richtlijnenbot',
  'error.generic': 'Something went wrong on my side. Please try again shortly. In doubt about a post? Check ' + 'with your manager (rule 8).',
  'share.refused': 'I cannot share that: only an answer, a rule, a tip or the overview from the guidelines.',
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
  'stats.refused':
    'Figures and exports are for the department that owns the guidelines: ask for them in a ' + 'department channel (see {cmd:department bind}).',
  'stats.export-ready': 'The export of the last {days} days is above: {file}.',
  'suggest.title': 'Suggestion for the knowledge base',
  'suggest.body':
    'This question is closest to **{label}**. Put this under "examples: {lang}" in ' + 'knowledge/items/{item}.yaml and check it with npm run knowledge:check:',
  'suggest.none': 'This question resembles no rule. If it belongs in the guidelines, add a new item (see ' + 'knowledge/README.md).',
  'followup.disclaimer': 'Make a disclaimer',
  'escalate.coming':
    'Escalating through the bot is not available here. Is a discussion getting out of hand? ' + 'Contact the responsible department straight away (rule 7).',
  'terminal.banner':
    'Richtlijnenbot for {org}, here in the terminal. Type your question or help; exit or Ctrl+D quits. To ' + 'connect Slack or Teams: see the README.',
  'terminal.emulator': 'Teams emulator (from this machine only): {url}/api/messages',
  'terminal.follow-up': '→ {label} (type: {command})',
  'contact.line': 'Reach {department} via {ways}.',
  'lang.set': 'Agreed: from now on I will answer you in English. Ask in Dutch and you get a Dutch answer.',
  'lang.usage': 'I answer in the language of your question. Otherwise choose {cmd:language en} for English or ' + '{cmd:language nl} for Dutch.',
  'smalltalk.hello':
    'Hi! I am Richtlijnenbot. I answer questions about the social media guidelines of {org} and ' +
    'check your post before you publish it. Ask for example: _may I post a photo of a colleague?_ or ' +
    'type {cmd:check} _<your text>_.',
  'smalltalk.thanks': 'You are welcome! Any other question about social media, or a post you would like me to check? Just ask.',
  'smalltalk.bye': 'Bye! You can always come back with a question or a post to check.',
  'donts.title': 'What not to post',
  'donts.intro': 'These are the things the guidelines advise against, with their rule. In doubt? Have your post ' + 'checked with {cmd:check} _<your text>_.',
  'donts.line': '- {dont} ({rule})',
  'check.checked': 'I looked at: {checked}.',
  'check.no-safe-version': 'I cannot make a safe version of this: the problem is the heart of your post. Leave it out or ' + 'ask first.',
};
