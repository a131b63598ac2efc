/**
 * What the Telegram channel itself says. Everything else comes from the engine; these few
 * sentences cover what only the channel can notice (a group chat, an old button, a failure
 * before the engine could answer).
 */
export const telegramCopy = {
  /** Sent once in a while to a group or supergroup, instead of coaching there. */
  groupNotice:
    "Hi! I'm Kintsugi, an automated coach for rebuilding trust. What people bring to me is personal, " +
    'so I only talk one to one. Tap below to message me in a private chat.',
  /** The button under {@link telegramCopy.groupNotice}. */
  openPrivateChat: 'Open a private chat',
  /** Callback answer when someone presses a button in a group. */
  groupButton: 'I only talk in private chats — message me directly.',
  /** Callback answer for a button whose question was already answered. */
  staleButtonResent: "That question has moved on — here's where we are.",
  /** Callback answer for an old button when there is nothing to show again. */
  staleButton: 'That question has moved on.',
  /** Sent when the engine failed unexpectedly, so the person is not left in silence. */
  somethingWentWrong: 'Sorry, something went wrong on my side. Please try again in a moment.',
  /** Text for a reply that only has buttons (Telegram cannot send an empty message). */
  chooseBelow: 'Please choose below.',
  /** How a link that cannot be a button (a phone number, a text line) is written out. */
  linkLine: (label: string, target: string): string => (label.includes(target) ? label : `${label}: ${target}`),
  /** Added to an answered question, in place of its buttons, so the chat shows what was picked. */
  picked: (label: string): string => `→ ${label}`,
} as const;
