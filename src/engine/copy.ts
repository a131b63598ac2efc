/**
 * What the engine itself says: replies that belong to no flow (help, about, pauses, nudges
 * after an unexpected answer, outages). Content designers edit the words here; the logic
 * lives in turn.ts.
 */
export const engineCopy = {
  menuPrompt: 'What would you like to work on?',
  menuHelpNow: 'Get help now',
  menuSetup: 'Set up my coaching',
  about: [
    "I'm Kintsugi, an automated coach — a computer program, not a person, a therapist or an emergency service.",
    'I help people rebuild trust once it has been broken: with a partner, a friend, family or someone at work. I can walk you through steps, exercises and practice conversations.',
    "I can't diagnose anything, and I can't keep a secret the way a person might. What you share is stored only to coach you, and /forget erases it.",
    'If you are ever in danger, type /help now and I will show you people who can help straight away.',
  ],
  help: [
    'Here is what you can type at any time:\n/menu — the main menu\n/back — one step back\n/help now — crisis lines, right away\n/about — what I am\n/stop — pause reminders\n/forget — erase everything about you',
  ],
  helpCommandsExtra: (commands: string[]) => (commands.length ? `Also: ${commands.map((c) => `/${c}`).join(', ')}` : ''),
  stopped: [
    "Okay, I've paused. I won't send you any reminders or check-ins.",
    'Nothing is deleted. Whenever you want to carry on, send /start. If you want everything erased, send /forget.',
  ],
  pausedReminder: 'Reminders are paused. Send /start if you would like them back.',
  unpaused: "Welcome back — reminders are on again. You can /stop them any time.",
  welcomeBack: 'Welcome back. Good to see you again.',
  setupFirst: "Let's start with a few questions so I can tailor things to you.",
  nudgeButtons: "I work best with the buttons here. Tap one, or type its number — or /menu to go elsewhere.",
  nudgeAtMenu: "I didn't quite follow that. Pick something from the menu, or type /help to see what I can do.",
  staleButton: 'That button belongs to an earlier question. Here is where we are now:',
  nothingToGoBack: "There's no earlier step here, so here's the menu.",
  unknownCommand: (word: string) => `I don't know the command ${word}. Type /help to see the ones I understand.`,
  media: {
    photo: "I can't see photos, I'm afraid — I only read text.",
    sticker: 'Thanks for the sticker! I can only read text, though.',
    voice: "I can't listen to voice notes yet. Could you type what you wanted to say?",
    video: "I can't watch videos. Could you tell me in words?",
    file: "I can't open files. If there's something in it you'd like to talk about, could you type it?",
    location: "I don't use locations. If you need help where you are, type /help now.",
    contact: "I don't use contacts. If you want to reach someone, that's a good instinct — tell me about it in words.",
    other: "I can't read that kind of message. Could you type it instead?",
  },
  empty: "I didn't catch any words there. Could you try again?",
  truncated: (limit: number) => `That was a long message — I've kept the first ${limit.toLocaleString('en')} characters.`,
  edited: "I noticed you edited a message. I only answer new messages, so if the change matters, please send it again.",
  storeDown: "I can't reach my memory right now, so I can't carry on where we were. Please try again in a minute. If you need help urgently, type /help now.",
  flowBroke: "Something went wrong on my side with that step, sorry. I've taken you back to the menu.",
  restarted: (title: string) => `I've been updated since we last talked, so "${title}" starts again from the beginning. Your journal and progress are still here.`,
  resumed: "Let's pick up where we were.",
  erased: [
    "Done. I've erased everything I had stored about you.",
    'If you ever want to start again, just send /start.',
  ],
} as const;
