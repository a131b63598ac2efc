/**
 * A button the person can press instead of typing. Adapters render choices in the platform's
 * idiom (inline keyboards, Block Kit buttons, numbered options on the console).
 */
export interface Choice {
  /** Stable id sent back in `Inbound.choice`; at most 48 ASCII characters so every platform fits it. */
  id: string;
  /** What the button says. */
  label: string;
}

/** A link the person can open, e.g. a crisis line's chat page. */
export interface Link {
  /** What the link says. */
  label: string;
  /** Where it goes (https:, tel: or sms:). */
  url: string;
}

/** A file the person can download, e.g. their journal as text. */
export interface Attachment {
  /** The file name shown to the person. */
  name: string;
  /** MIME type, e.g. `text/plain`. */
  mimeType: string;
  /** The file's content. */
  content: string;
}

/**
 * One message from the bot, in the neutral shape flows produce and adapters render.
 *
 * @example
 * const ask: Reply = { text: 'Who is this about?', choices: [{ id: 'partner', label: 'My partner' }] };
 */
export interface Reply {
  /** The message text; plain text, one idea per message. */
  text: string;
  /** Buttons offered with this message. */
  choices?: Choice[];
  /** Links shown with this message. */
  links?: Link[];
  /** An image shown with this message. */
  image?: { url: string; alt: string };
  /** A file offered with this message, on channels that allow files. */
  attachment?: Attachment;
}

/**
 * Builds a reply with choices from `[id, label]` pairs.
 *
 * @example ask('Ready?', [['yes', 'Yes'], ['later', 'Later']])
 */
export function ask(text: string, choices: ReadonlyArray<readonly [string, string]>): Reply {
  return { text, choices: choices.map(([id, label]) => ({ id, label })) };
}

/**
 * Builds a plain text reply.
 *
 * @example say('Thank you for telling me.')
 */
export function say(text: string): Reply {
  return { text };
}
