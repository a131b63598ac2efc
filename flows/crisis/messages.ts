/**
 * The crisis flow's messages, step by step, built from the copy and the person's region.
 * Shared by the machine and by the stateless fallback, so both say the same things.
 */
import { ask, say, type Reply } from '../../src/reply.ts';
import { resourcesFor, type ResourceNeed } from '../../src/safety/resources.ts';
import * as copy from './copy.ts';
import * as writerCopy from './writer-copy.ts';
import { firstLine, resourceReplies } from './resource-replies.ts';

/** What the flow knows about the danger and where the person is. */
export interface Situation {
  /** What the danger is, or `any` for "help now" without a topic. */
  need: ResourceNeed;
  /** Country or region code for resources (see `inferRegion`). */
  region: string;
  /** The danger is to someone else. */
  thirdParty: boolean;
  /** The person says they did the harm, or fear they will (then `thirdParty` is true too). */
  byWriter?: boolean;
}

/** Categories where another person is the danger: ask "safe to talk?" first, no couples advice. */
export const ABUSE_NEEDS: ReadonlySet<ResourceNeed> = new Set(['partner_violence', 'sexual_violence', 'child_abuse']);

/** Questions asked without buttons (the stateless fallback cannot remember the answer's meaning). */
export type Asking = 'buttons' | 'plain';

function question(text: string, choices: ReadonlyArray<readonly [string, string]>, asking: Asking): Reply {
  return asking === 'buttons' ? ask(text, choices) : say(text);
}

/** The services for the situation, with texting, "not automatically police" and the emergency line. */
export function resources(s: Situation, options: { emergencySaid?: boolean } = {}): Reply[] {
  return resourceReplies(resourcesFor(s.region, s.need), { ...options, forSomeoneElse: s.thirdParty, forWriter: s.byWriter === true });
}

/** The emergency number for the situation's region, or `null` when unknown. */
export function emergencyNumber(s: Situation): string | null {
  return resourcesFor(s.region, s.need).emergency;
}

/** How an opening step is said: whether to introduce the bot (and the lines), and with buttons or not. */
export interface Opening {
  /** First time in this crisis: acknowledge, say what the bot is (and give the lines where it fits). */
  introduce: boolean;
  /** Buttons, or plain questions for the stateless fallback. */
  asking?: Asking;
}

/** Clear risk to oneself: acknowledge, say what the bot is, resources, then the direct question. */
export function askDirectly(s: Situation, opening: Opening): Reply[] {
  const text = copy.directQuestion[s.need] ?? copy.directQuestion.suicide!;
  const intro = opening.introduce ? [say(copy.acknowledge[s.need]), say(copy.automatedCoach), ...resources(s)] : [];
  return [...intro, question(text, copy.yesNoUnsure, opening.asking ?? 'buttons')];
}

/** An ambiguous message: one direct, caring question. */
export function clarify(s: Situation, asking: Asking = 'buttons'): Reply[] {
  const text = s.byWriter === true ? `${copy.clarifyLead} ${writerCopy.clarify[s.need]}` : copy.clarifyQuestion(s.need, s.thirdParty);
  return [question(text, copy.clarifyChoices, asking)];
}

/** After "yes" to thoughts of ending their life: plan and timing. */
export function askPlan(): Reply[] {
  return [ask(copy.askPlan, copy.askPlanChoices)];
}

/** Danger now: emergency number first, someone with them, distance from means, then the lines. */
export function imminent(s: Situation, options: Opening): Reply[] {
  const fromSomeone = ABUSE_NEEDS.has(s.need);
  const replies = [
    say(copy.emergencyFirst(emergencyNumber(s))),
    say(copy.beWithSomeone),
    say(fromSomeone ? copy.getToSafety : copy.distanceFromMeans),
  ];
  if (options.introduce) replies.push(say(copy.automatedCoach));
  replies.push(...resources(s, { emergencySaid: true }));
  replies.push(question(copy.imminentAsk, copy.imminentChoices, options.asking ?? 'buttons'));
  return replies;
}

/** Abuse: acknowledge and ask whether it is safe to talk, before anything else. */
export function safeToTalk(s: Situation, opening: Opening): Reply[] {
  const intro = opening.introduce ? [say(copy.acknowledge[s.need]), say(copy.automatedCoach)] : [];
  return [...intro, question(copy.safeToTalk, copy.safeToTalkChoices, opening.asking ?? 'buttons')];
}

/** Abuse, safe to talk: the abuse-specific lines, why couples work is off the table, safety planning. */
export function abuseHelp(s: Situation): Reply[] {
  const replies = resources(s);
  if (s.need === 'partner_violence') replies.push(...copy.notCouplesWork.map((text) => say(text)));
  replies.push(say(copy.safetyPlanPointer));
  return replies;
}

/** Abuse, not safe to talk: one line to keep, and a door left open. */
export function notSafeToTalk(s: Situation): Reply[] {
  const [keep, door] = copy.notSafeToTalk(firstLine(resourcesFor(s.region, s.need)));
  return [say(keep!), ask(door!, copy.canTalkNowChoices)];
}

/** Someone else is in danger (from the writer, when `byWriter`): acknowledge and ask whether the danger is now. */
export function thirdParty(s: Situation, opening: Opening): Reply[] {
  const intro = opening.introduce ? [say(copy.automatedCoach)] : [];
  const [ack, asked] = s.byWriter === true ? [writerCopy.acknowledge, writerCopy.question] : [copy.thirdPartyAck, copy.thirdPartyQuestion];
  return [say(ack), ...intro, question(asked, copy.thirdPartyChoices, opening.asking ?? 'buttons')];
}

/** Lines for helping someone else, emergency first when the danger is now, and a practical next step. */
export function thirdPartyHelp(s: Situation, dangerNow: boolean): Reply[] {
  const byWriter = s.byWriter === true;
  const replies: Reply[] = [];
  if (dangerNow) replies.push(say((byWriter ? writerCopy.emergency : copy.emergencyForThem)(emergencyNumber(s))));
  replies.push(...resources(s, { emergencySaid: dangerNow }));
  replies.push(say((byWriter ? writerCopy.nextStep : copy.helpingTip)[s.need]));
  return replies;
}

/** How the person helping (or the one who did the harm) is doing. */
export function askHelper(): Reply[] {
  return [ask(copy.helperQuestion, copy.helperChoices)];
}

/** After "I'm okay" or "it's a lot for me too", to a helper or to the one who did the harm. */
export function helperAnswer(s: Situation, answer: 'done' | 'struggling'): Reply[] {
  if (s.byWriter === true) return [say(answer === 'done' ? writerCopy.done : writerCopy.struggling)];
  return [say(answer === 'done' ? copy.helperDone : copy.helperStruggling)];
}

/** `/help now`: lines straight away, what the bot is, and what would help most. */
export function helpNow(s: Situation): Reply[] {
  return [say(copy.acknowledge.any), ...resources(s), say(copy.automatedCoach), ask(copy.helpNowQuestion, copy.helpNowChoices)];
}

/** The check that holds the floor until the person says they are safe. */
export function safeCheck(variant: 'plain' | 'moving-on' = 'plain'): Reply[] {
  return [ask(variant === 'moving-on' ? copy.safeQuestionBeforeMovingOn : copy.safeQuestion, copy.safeChoices)];
}

/** Encouragement to reach someone they trust. */
export function trustedPerson(): Reply[] {
  return [say(copy.trustedPerson)];
}
