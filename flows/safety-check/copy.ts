import type { Relationship } from '../../src/profile.ts';

/** How the other person is named in questions, by who they are to the person. */
export function them(relationship: Relationship | undefined): string {
  switch (relationship) {
    case 'partner':
      return 'your partner';
    case 'friend':
      return 'your friend';
    case 'family':
      return 'this family member';
    case 'coworker':
      return 'your coworker';
    default:
      return 'the other person';
  }
}

/** What the safety check says. Gentle, plain, never diagnostic. */
export const safetyCopy = {
  why: 'Some of what I suggest means doing things together with the other person, so I check one thing first.',
  askSafe: (who: string) => `Do you feel safe with ${who}?`,
  safeChoices: [
    ['yes', 'Yes'],
    ['not_always', 'Not always'],
    ['no', 'No'],
    ['rather_not', "I'd rather not say"],
  ] as const,

  clear: ["Thank you. I'm glad you feel safe.", 'If that ever changes, /help now shows people you can talk to, at any hour.'],
  ratherNot: [
    "That's completely fine.",
    "If you ever don't feel safe, /help now shows people you can talk to, at any hour — and only do exercises together when you feel safe doing them.",
  ],

  intro: 'Thank you for telling me. May I ask four quick questions about how often some things happen? They help me point you to the right support.',
  introChoices: [
    ['ok', 'Okay'],
    ['skip', "I'd rather not"],
  ] as const,
  skipped: [
    "That's okay.",
    "Because you don't always feel safe, I'll leave out exercises to do together. You can still work on your own side with me.",
  ],

  items: [
    (who: string) => `How often does ${who} physically hurt you?`,
    (who: string) => `How often does ${who} insult you or talk down to you?`,
    (who: string) => `How often does ${who} threaten to harm you?`,
    (who: string) => `How often does ${who} scream or curse at you?`,
  ],
  frequencies: [
    ['never', 'Never'],
    ['rarely', 'Rarely'],
    ['sometimes', 'Sometimes'],
    ['fairly_often', 'Fairly often'],
    ['frequently', 'Frequently'],
  ] as const,

  notPositive: [
    'Thank you for answering. Not always feeling safe matters, even when these things are rare.',
    'Please only do exercises together when you feel safe doing them.',
  ],
  talkItThrough: (line: string) => `If you'd ever like to talk it through with someone: ${line}`,

  positive: [
    'Thank you for answering. That took courage.',
    "Being hurt, put down, threatened or screamed at by someone close to you is not okay — and it isn't your fault.",
  ],
  safeToTalk: 'Are you safe to talk right now?',
  safeToTalkChoices: [
    ['yes', 'Yes, I can talk'],
    ['later', 'Not right now'],
  ] as const,
  later: (line: string | undefined) => [
    line ? `Okay. One to keep, just in case: ${line}` : 'Okay.',
    "Come back whenever it's safe. /help now brings help up at once.",
  ],

  notJoint: [
    "While someone is hurting, threatening or frightening you, working on the relationship together isn't advised. Joint exercises and couples-style talks can make things more dangerous, and real repair can't grow where there's fear.",
    "So I won't suggest things to do together. I can still help with your side: your feelings, your boundaries and your own safety.",
  ],
  offerPlan: 'Would some practical safety-planning ideas help?',
  offerPlanChoices: [
    ['plan', 'Yes, show me'],
    ['menu', 'Not now'],
  ] as const,
  plan: [
    'Some practical ideas, to use as they fit:\n' +
      "• Think of a place you could go at short notice — a friend's, a relative's, a shelter — and how you'd get there, day or night.\n" +
      '• Keep a few essentials where you can grab them fast, or with someone you trust: ID, keys, money or a card, medicines, a phone charger, copies of important papers.\n' +
      '• Agree a code word with someone you trust that means "please call for help".\n' +
      '• Learn one or two numbers by heart, in case your phone is taken or broken.\n' +
      "• If things start to heat up, try to stay in a room with a way out, away from places like the kitchen.",
    "Think about who can see your phone, messages and accounts. If it's safer, use a device they can't check — and /forget erases everything I've stored about you.",
    "A helpline advocate can make a plan with you that fits your situation. You don't have to do it alone.",
  ],
  toMenu: 'Whenever you are ready:',
  toMenuChoices: [['menu', 'Back to the menu']] as const,
};
