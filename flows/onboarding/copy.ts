import type { Breach, Relationship, Role } from '../../src/profile.ts';

/** Everything the onboarding flow says. Edit the words here; the graph is in machine.ts. */
export const onboardingCopy = {
  hello: "Hi, I'm Kintsugi. 👋 I help people rebuild trust once it has been broken — with a partner, a friend, family or someone at work.",
  whatIAm: "A quick, honest note: I'm an automated coach, a computer program. I'm not a therapist and not an emergency service.",
  urgent: 'If you are in danger or thinking about harming yourself, type /help now at any moment and I will show you people who can help right away.',
  consentAsk: 'To remember your answers and your private reflections between conversations, I need to store them. Is that okay? You can erase everything later with /forget.',
  consentChoices: {
    yes: 'Yes, remember them',
    no: "No, don't keep them",
    more: 'What do you store?',
  },
  consentMore: [
    'I store your answers to these questions, where you are in the program, and the reflections you choose to write. I use them only to coach you.',
    "I'm a program, so I can't promise secrecy the way a friend might — but I never put your messages in logs, and /forget erases all of it.",
  ],
  consentNo: "That's okay. I won't keep a journal for you, and I'll hold on only to what I need to follow our conversation.",
  consentYes: 'Thank you. Let me ask three short questions so the coaching fits your situation.',
  roleAsk: 'Which of these fits best right now?',
  roles: {
    broke: "I broke someone's trust",
    hurt: 'Someone broke my trust',
    unsure: "I'm not sure / a bit of both",
  } satisfies Record<Role, string>,
  relationshipAsk: 'Who is this about?',
  relationships: {
    partner: 'My partner',
    friend: 'A friend',
    family: 'Family',
    coworker: 'Someone at work',
    other: 'Someone else',
  } satisfies Record<Relationship, string>,
  breachAsk: 'What happened? Pick the closest — you can tell me more later.',
  breaches: {
    infidelity: 'Cheating or an affair',
    lying: 'Lies or secrets',
    promises: 'Broken promises',
    neglect: 'Feeling neglected',
    other: 'Something else',
  } satisfies Record<Breach, string>,
  thanks: {
    broke: 'Thank you for being honest about that. Wanting to repair what you broke is where it starts.',
    hurt: "I'm sorry that happened to you. Whatever you decide to do next, your feelings about it make sense.",
    unsure: "That's a common place to be. Often both people have been hurt in some way — we'll find the right starting point together.",
  } satisfies Record<Role, string>,
  expectations: 'One thing to know up front: rebuilding trust usually takes months, not days. Small, steady steps count for a lot.',
} as const;
