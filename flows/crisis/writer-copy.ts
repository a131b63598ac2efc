/**
 * What the crisis flow says to someone who says they hurt a person, or fear they will ("I slapped
 * her during the fight", "I'm scared of what I'll do to him"). The one in danger is the other
 * person: the flow neither thanks the writer for looking out for them nor treats them as the one
 * being hurt. It is plain about safety first, does not shame, and does not offer couples work.
 * Content designers edit this file alongside copy.ts.
 */
import type { ResourceNeed } from '../../src/safety/resources.ts';

/** The first thing said. */
export const acknowledge = 'Thank you for being straight with me about it. What matters most right now is that nobody gets hurt.';

/** The first question. Its answers are copy.thirdPartyChoices. */
export const question = 'Is anyone in danger right now?';

/** Danger now: the emergency number, help for anyone hurt, and distance. */
export function emergency(number: string | null): string {
  const call = number ? `call ${number}` : 'call your local emergency number';
  return `Please ${call} now. If someone is hurt, say what happened so help gets to them quickly. If you feel you could hurt someone, leave the room or the house until you're calm.`;
}

/** Introduces the list of lines. */
export function servicesIntro(regionName: string, international: boolean): string {
  if (international) return 'To find a helpline where you are:';
  return `In ${regionName}, these lines support people who have been hurt. You can pass them on:`;
}

/** What to do next, by category. */
export const nextStep: Record<ResourceNeed, string> = {
  suicide: "Ask them plainly whether they're safe, and listen without arguing.",
  self_harm: 'Ask them gently how they are really doing, and listen without arguing.',
  emergency: "Keep your distance until help arrives, and let them leave if they want to.",
  partner_violence:
    "Working on the relationship together isn't advised while there is violence or fear, so I won't suggest exercises to do as a pair. Stopping is possible with help: your doctor or a counsellor can point you to a programme for people who want to stop hurting a partner.",
  sexual_violence:
    'What happens next is their choice, and they may not want contact. Your doctor or a counsellor can help you understand what you did and make sure it never happens again.',
  child_abuse: 'A child-abuse line can tell you how to keep the child safe now, and where you can get support to stop.',
  any: 'Keep your distance if you might hurt someone, and talk to someone you trust today.',
};

/** For an ambiguous message: one direct question about their own actions. */
export const clarify: Record<ResourceNeed, string> = {
  suicide: "you've hurt someone, or you're afraid you might?",
  self_harm: "you've hurt someone, or you're afraid you might?",
  emergency: 'someone could get hurt right now?',
  partner_violence: "you've hurt your partner, or you're afraid you might?",
  sexual_violence: "you did something sexual that someone didn't agree to?",
  child_abuse: "you've hurt a child, or you're afraid you might?",
  any: "you've hurt someone, or you're afraid you might?",
};

/** When they are okay. */
export const done = 'Facing this is where change starts. /help now brings these numbers back at any time.';

/** When it is a lot for them. */
export const struggling =
  "That makes sense — this is a lot to face. A crisis line will talk with you too, whatever has happened: /help now shows one.";
