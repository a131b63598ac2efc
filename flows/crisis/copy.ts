/**
 * What the crisis flow says. Written to safe-messaging guidance: acknowledge, ask plainly,
 * never lead towards "no", never promise secrecy, never diagnose, never describe methods.
 * Content designers edit this file; the machine only picks which line to send.
 */
import type { ResourceNeed } from '../../src/safety/resources.ts';

/** First words after a disclosure, by what was disclosed. */
export const acknowledge: Record<ResourceNeed, string> = {
  suicide: "Thank you for telling me. I'm really glad you did — that sounds so heavy to carry.",
  self_harm: "Thank you for telling me. It sounds like you're in a lot of pain right now.",
  emergency: 'I hear you, and I want to help you get safe.',
  partner_violence: 'Thank you for telling me. No one deserves to be hurt or frightened by someone close to them.',
  sexual_violence: 'Thank you for telling me. What happened is not your fault.',
  child_abuse: 'Thank you for telling me. Every child deserves to be safe, and you were right to say something.',
  any: "Here's help, right now.",
};

/** Said once in every crisis response, so no one mistakes the bot for a person. */
export const automatedCoach = "I'm an automated coach, not a person or a counsellor. I want you to have real people on your side too.";

/** The direct question for each category that gets one. */
export const directQuestion: Partial<Record<ResourceNeed, string>> = {
  suicide: 'Are you having thoughts of ending your life?',
  self_harm: 'Are you having thoughts of hurting yourself, or of ending your life?',
  emergency: 'Are you in danger right now?',
  any: 'Are you having thoughts of ending your life?',
};

/** Answers to a direct yes/no question. "Yes" comes first: nothing nudges towards "no". */
export const yesNoUnsure = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['unsure', "I'm not sure"],
] as const;

/** How every clarifying question begins. */
export const clarifyLead = 'I want to be sure I understand. When you say that, do you mean';

/** For an ambiguous message: one direct, caring question, by category and whose danger it is. */
export function clarifyQuestion(need: ResourceNeed, thirdParty: boolean): string {
  const lead = clarifyLead;
  const self: Record<ResourceNeed, string> = {
    suicide: "you're having thoughts of ending your life?",
    self_harm: "you're thinking about hurting yourself?",
    emergency: "you're in danger right now?",
    partner_violence: "someone is hurting you, or you're afraid of what they might do?",
    sexual_violence: "someone did something sexual to you that you didn't agree to?",
    child_abuse: "a child is being hurt or isn't safe?",
    any: "you're having thoughts of ending your life?",
  };
  const other: Record<ResourceNeed, string> = {
    suicide: 'someone you know is thinking of ending their life?',
    self_harm: 'someone you know is hurting themselves?',
    emergency: 'someone is in danger right now?',
    partner_violence: 'someone you know is being hurt by a partner?',
    sexual_violence: "someone you know was made to do something sexual they didn't agree to?",
    child_abuse: "a child is being hurt or isn't safe?",
    any: 'someone you know is in danger?',
  };
  return `${lead} ${(thirdParty ? other : self)[need]}`;
}

/** Choices for the clarifying question. */
export const clarifyChoices = [
  ['yes', 'Yes'],
  ['no', "No, that's not what I meant"],
  ['unsure', "I'm not sure"],
] as const;

/** When the clarifying question gets a "no". */
export const clarifyNo = [
  "Thank you for telling me — I'm glad I asked.",
  "Let's carry on. If that ever changes, /help now shows people you can reach at any hour.",
];

/** When the direct question gets a "no". */
export const directNo = 'Thank you for answering me. Those lines are there whenever you want them.';
/** When the direct question gets "not sure". */
export const directUnsure = "That's okay — it can be hard to know. You don't have to be sure to reach out.";
/** When there is no plan. */
export const planNo = "Thank you for telling me. I'm still right here with you.";

/** After a "yes" to thoughts of ending their life. */
export const askPlan = 'Thank you for being honest with me. Do you have a plan, or a time in mind?';
/** Answers to {@link askPlan}. */
export const askPlanChoices = [
  ['yes', 'Yes'],
  ['no', 'No'],
  ['skip', "I'd rather not say"],
] as const;

/** When danger is now: the emergency number comes first. */
export function emergencyFirst(number: string | null): string {
  return number
    ? `Please call ${number} now. They can get help to you quickly.`
    : 'Please call your local emergency number now. They can get help to you quickly.';
}

/** Being with someone, for imminent danger. */
export const beWithSomeone = 'If you can, go to where other people are, or ask someone to come and stay with you.';
/** Distance from means, without naming any. */
export const distanceFromMeans =
  "If there's anything near you that you could hurt yourself with, put distance between you and it — another room, or someone else's hands.";
/** For danger from another person. */
export const getToSafety = 'If you can, move somewhere safer — away from the person who is hurting you, near other people.';
/** Keeping the person company while they act. */
export const imminentAsk = "I'm staying right here. Can you call, or is someone with you?";
/** Answers to {@link imminentAsk}. */
export const imminentChoices = [
  ['called', "I've called for help"],
  ['with', 'Someone is with me'],
  ['cant', "I can't call"],
  ['talk', 'Keep talking with me'],
] as const;
/** Replies to the answers above. */
export const imminentReply = {
  called: "That took strength. I'm glad help is on the way.",
  with: "I'm really glad you're not alone right now.",
  cant: "That's okay. You can text one of these lines instead, or ask someone near you to call for you.",
  talk: "I'm here. Let's keep going, one moment at a time.",
};

/** Heading for a list of services in a region. */
export function servicesIntro(regionName: string, forSomeoneElse: boolean, international: boolean): string {
  if (international) return forSomeoneElse ? 'To find a helpline where you both are:' : 'To find a helpline where you are:';
  return forSomeoneElse
    ? `In ${regionName}, these lines talk with people who are worried about someone else, too:`
    : `People you can reach in ${regionName}:`;
}
/** Said when text is one of the ways in. */
export const textInstead = "You can text instead of calling, if that's easier.";
/** Said with every list of crisis lines. */
export const notPolice = "Reaching out to a crisis line doesn't automatically mean the police get involved.";
/** The standing line about emergencies, when danger isn't immediate. */
export function emergencyLine(number: string | null): string {
  return number ? `If you're in danger right now, call ${number}.` : "If you're in danger right now, call your local emergency number.";
}

/** Words used to list the ways to reach a service. */
export const ways = {
  call: (n: string) => `call ${n}`,
  callOrText: (n: string) => `call or text ${n}`,
  text: (n: string, keyword?: string) => (keyword ? `text ${keyword} to ${n}` : `text ${n}`),
  tty: (n: string) => `TTY ${n}`,
  chat: (host: string) => `chat at ${host}`,
  web: (host: string) => host,
  email: (address: string) => `email ${address}`,
  or: 'or',
  free247: 'Free, 24/7.',
  free: 'Free.',
  open247: '24/7.',
};

/** Encouragement to reach a trusted person. */
export const trustedPerson =
  "Is there someone you trust you could reach out to today — a friend, a relative, a neighbour? You don't have to explain everything. \"I'm having a hard time, can you be with me?\" is enough.";

/** The check that holds the floor until the person says they are safe. */
export const safeQuestion = 'Are you safe right now?';
/** The same check when they try to move on. */
export const safeQuestionBeforeMovingOn = 'Before we go on: are you safe right now?';
/** When a reminder fires while the check is open. */
export const nudge = 'Just checking in on you.';
/** Answers to the safety check. */
export const safeChoices = [
  ['safe', "I'm safe right now"],
  ['unsafe', "I'm not safe"],
  ['again', 'Show the numbers again'],
  ['region', "I'm in a different country"],
] as const;
/** When free text doesn't answer the check. */
export const stillHere = "I'm here with you.";
/** When they say they are safe: coaching resumes. */
export const safeRelease = [
  "I'm really glad you're safe right now.",
  'Whenever you need them, /help now brings these numbers back — at any hour.',
];

/** Abuse: asked before anything else. */
export const safeToTalk = 'Are you safe to talk right now?';
/** Answers to {@link safeToTalk}. */
export const safeToTalkChoices = [
  ['yes', 'Yes, I can talk'],
  ['later', 'Not right now'],
  ['danger', "I'm in danger now"],
] as const;
/** When it isn't safe to talk. */
export function notSafeToTalk(oneLine: string | undefined): string[] {
  return [
    oneLine ? `Okay. One to keep, just in case: ${oneLine}` : 'Okay.',
    "Come back whenever it's safe. I'll be here, and /help now brings help up at once.",
  ];
}
/** The one button left while waiting: quiet, and easy to press later. */
export const canTalkNowChoices = [['back', 'I can talk now']] as const;
/** When they come back after "not right now". */
export const welcomeBack = "Welcome back. I'm glad you're here.";
/** Why couples work is off the table while there is abuse. */
export const notCouplesWork = [
  "When someone is hurting or frightening you, working on the relationship together isn't advised — it can make things more dangerous.",
  "So I won't suggest exercises to do as a pair. What they do is their choice, and it isn't something you caused.",
];
/** Pointer to safety planning. */
export const safetyPlanPointer = 'A helpline advocate can help you make a safety plan that fits your situation, in confidence.';

/** Someone else is in danger. */
export const thirdPartyAck = "It's good of you to look out for them.";
/** The first question when someone else is in danger. */
export const thirdPartyQuestion = 'Is the person in danger right now?';
/** Answers to {@link thirdPartyQuestion}. */
export const thirdPartyChoices = [
  ['yes', 'Yes, right now'],
  ['no', 'Not right now'],
  ['unsure', "I'm not sure"],
] as const;
/** Emergency for someone else. */
export function emergencyForThem(number: string | null): string {
  const call = number ? `call ${number}` : 'call your local emergency number';
  return `Please ${call} now. If it's safe for you, stay with them until help arrives.`;
}
/** A practical tip for helping, by category. */
export const helpingTip: Record<ResourceNeed, string> = {
  suicide: "If you talk with them, ask plainly whether they're thinking about suicide, and listen without judging. Asking doesn't put the idea in their head.",
  self_harm: 'If you talk with them, ask gently how they are really doing and listen without judging.',
  emergency: 'Stay calm and keep yourself safe, too.',
  partner_violence: "Let them know you believe them and that it isn't their fault. Let them choose their next step — pushing can make things riskier for them.",
  sexual_violence: "Let them know you believe them and that it isn't their fault. Let them decide what happens next.",
  child_abuse: 'A child-abuse line can tell you what to do next and who to tell.',
  any: 'Listen without judging, and let them know they are not alone.',
};
/** How the person helping is doing. */
export const helperQuestion = 'And how are you doing with all this?';
/** Answers to {@link helperQuestion}. */
export const helperChoices = [
  ['ok', "I'm okay"],
  ['notok', "It's a lot for me too"],
  ['again', 'Show the numbers again'],
  ['region', "We're in a different country"],
] as const;
/** When the helper is okay. */
export const helperDone = 'Thank you for caring for them. /help now brings these numbers back at any time.';
/** When the helper is struggling too. */
export const helperStruggling = "That makes sense — it's a lot to carry. These lines are there for you, too.";

/** The "help now" menu. */
export const helpNowQuestion = 'What would help most right now?';
/** Answers to {@link helpNowQuestion}. */
export const helpNowChoices = [
  ['safe', "I'm safe, I just wanted the numbers"],
  ['unsafe', "I'm not safe"],
  ['hurt', 'Someone is hurting me'],
  ['other', "I'm worried about someone else"],
  ['region', "I'm in a different country"],
] as const;

/** Choosing a region. */
export const regionQuestion = "Which country are you in? I'll show the help that's there.";
/** After a region is chosen. */
export function regionSet(name: string): string {
  return `Okay — here's help for ${name}.`;
}
