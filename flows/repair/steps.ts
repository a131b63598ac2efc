/**
 * The repair program's steps, as copy. Each step has one short explanation, one concrete
 * example, one reflection question, one small action for today and, where it fits, an
 * exercise to suggest. Content designers edit this file; the machine walks the steps in order.
 */
import type { Breach, Relationship } from '../../src/profile.ts';
import type { ExerciseId } from '../exercises/catalog.ts';
import type { Track } from './progress.ts';

/** What the copy may use to personalise a step lightly. */
export interface Persona {
  /** Who the other person is, e.g. `your partner`. */
  who: string;
  /** What broke the trust, if they said. */
  breach?: Breach;
}

/** One step of the program. */
export interface Step {
  /** Stable id, stored in progress and journal topics (`repair:<id>`). */
  id: string;
  /** A short title, e.g. `Own it`. */
  title: string;
  /** One or two short messages explaining the idea. */
  explain: (p: Persona) => string[];
  /** One concrete example. */
  example: (p: Persona) => string;
  /** A reflection question; the answer goes to the journal. */
  question: (p: Persona) => string;
  /** One small action for today. */
  action: (p: Persona) => string;
  /** An exercise that fits this step. */
  exercise?: ExerciseId;
}

/**
 * Describes the other person for the copy.
 *
 * @example whoFor('partner') // 'your partner'
 */
export function whoFor(relationship: Relationship | undefined): string {
  switch (relationship) {
    case 'partner':
      return 'your partner';
    case 'friend':
      return 'your friend';
    case 'family':
      return 'your family member';
    case 'coworker':
      return 'your coworker';
    default:
      return 'the other person';
  }
}

const owningIt: Record<Breach, string> = {
  infidelity: "Instead of \"Things got complicated with someone\", try \"I was unfaithful to you.\"",
  lying: "Instead of \"I maybe wasn't totally upfront\", try \"I lied to you about where I was, more than once.\"",
  promises: "Instead of \"I've just been really busy\", try \"I said I'd be there, and again I wasn't.\"",
  neglect: "Instead of \"I've had a lot on\", try \"I stopped paying attention to you when you needed me.\"",
  other: "Instead of \"Mistakes were made\", try \"I did this, and it hurt you.\"",
};

const agreement: Record<Breach, string> = {
  infidelity: 'For example: "I end all contact with the other person, and I tell you straight away if they get in touch."',
  lying: 'For example: "We tell each other our plans, and any changes, before they happen — not after."',
  promises: 'For example: "I only promise what I can keep, and I say so early if something changes."',
  neglect: 'For example: "We keep twenty phone-free minutes for each other every evening."',
  other: 'For example: "We agree how we will tell each other about plans and changes."',
};

const needing: Record<Breach, string> = {
  infidelity: 'For example: "I need you to end contact with them completely. If that doesn\'t happen, I\'ll need space to decide what comes next."',
  lying: 'For example: "I need honest answers, even when they\'re uncomfortable. If I find another lie, I\'ll step back for a while."',
  promises: 'For example: "I need you to only promise what you can keep. If plans change, tell me before, not after."',
  neglect: 'For example: "I need some time each week that is just for us. If it keeps getting cancelled, I\'ll say so."',
  other: 'For example: "I need honesty about where we stand. If that stops, I\'ll take some space."',
};

/** Steps for the person who broke trust. */
export const BROKE_STEPS: readonly Step[] = [
  {
    id: 'acknowledge',
    title: 'Name what you did',
    explain: () => [
      "Repair starts with saying plainly what happened — no softening, no \"it wasn't that bad\".",
      "Playing it down tells the other person their pain doesn't count, even when you don't mean it to.",
    ],
    example: (p) => owningIt[p.breach ?? 'other'],
    question: () => 'In one or two plain sentences: what did you do?',
    action: () => "Notice one moment when you're tempted to soften the story, and tell it straight to yourself instead.",
  },
  {
    id: 'responsibility',
    title: 'Own it, without excuses',
    explain: () => [
      'Taking responsibility means keeping the reasons out of it. Stress, the past, what they did — those may be real, but attached to your mistake they turn into a defence.',
    ],
    example: () => "\"I did it because you'd been so distant\" hands the weight back. \"I chose to do it, and that choice was mine\" carries it.",
    question: () => 'Which excuse are you most tempted to reach for? Write it down, so you can set it aside.',
    action: () => 'When that excuse shows up in your head, name it quietly — "there\'s the excuse" — and let it pass.',
  },
  {
    id: 'apology',
    title: 'A sincere apology',
    explain: (p) => [
      `A real apology has three parts: what you did, that you understand how it hurt ${p.who}, and what you will do differently.`,
      "It may need saying more than once, over weeks or months. That's normal, not a sign it failed.",
    ],
    example: () => "\"I hid those messages from you. I can see it made you doubt everything I said. From now on my phone is open to you whenever you ask.\"",
    question: () => 'Draft your apology in your own words: what you did, how it hurt, and what will change.',
    action: () => 'Read your draft aloud once. Cut every "but" and every "if you felt". Share it only when it feels true.',
    exercise: 'apology-practice',
  },
  {
    id: 'communication',
    title: 'Listen without defending',
    explain: (p) => [
      `Let ${p.who} ask what they need to ask. Your part is to listen all the way to the end, then check you understood — before you explain anything.`,
    ],
    example: () => "Ask \"What would help you feel a little safer with me right now?\" — and then just listen.",
    question: () => 'What is the hardest thing for you to hear from them, and how could you stay with it instead of defending yourself?',
    action: () => 'Have one short conversation where you mostly listen. Say back what you heard before you answer.',
    exercise: 'trust-talk',
  },
  {
    id: 'boundaries',
    title: 'Agree on boundaries',
    explain: () => [
      "Boundaries are agreements that make the relationship feel predictable again. They aren't a punishment; they help you both feel safe.",
    ],
    example: (p) => agreement[p.breach ?? 'other'],
    question: () => 'Which one agreement would help them feel safer — and can you truly keep it?',
    action: (p) => `Suggest one boundary to ${p.who}, and ask what they would add.`,
    exercise: 'values',
  },
  {
    id: 'consistency',
    title: 'One small promise, kept daily',
    explain: () => [
      'Trust comes back through many small promises kept, not one grand gesture. Patterns count more than moments.',
    ],
    example: () => 'Say you will text when you leave work — and do it every single day, even on the days it feels unnecessary.',
    question: () => 'What small promise could you keep every day this week?',
    action: () => 'Make that promise, and keep it.',
    exercise: 'checkin-plan',
  },
  {
    id: 'patience',
    title: 'Give it time',
    explain: (p) => [
      'Healing usually takes months, sometimes longer. Doubt will come back now and then.',
      `${capitalise(p.who)} may need the same reassurance again and again. That is part of healing, not a sign it isn't working.`,
    ],
    example: () => "When they ask the same question for the fifth time, answer calmly, as if it were the first: \"I understand why you're asking. Yes, I was at home.\"",
    question: () => 'What helps you stay steady when progress feels slow?',
    action: () => "Write down one sign of progress you've noticed since you began, however small.",
    exercise: 'breathing',
  },
];

/** Steps for the person whose trust was broken. */
export const HURT_STEPS: readonly Step[] = [
  {
    id: 'name',
    title: 'Name the hurt',
    explain: () => [
      'Before deciding anything, it helps to name what happened and how it has touched your life: your sleep, your confidence, how safe you feel.',
    ],
    example: () => "\"Since I found out about the lies, I can't believe what they say — and I've started doubting myself too.\"",
    question: () => 'What has this changed for you, day to day?',
    action: () => 'Give one of those feelings a few minutes, without judging it. It makes sense that you feel it.',
  },
  {
    id: 'decide',
    title: 'Should I try to rebuild?',
    explain: () => [
      'Four things are worth weighing. Was this a one-off or part of a pattern? Are they truly sorry and changing? Do you both want to repair this? Do you feel safe with them?',
      "Ending the relationship can be the healthy choice. Deciding to leave is not a failure. Only you can make this call, and you don't have to make it today.",
    ],
    example: () => "One person decides: \"It happened once, they told me themselves, and they're doing the work — I'll try.\" Another: \"This is the fourth time. I'm done.\" Both can be right.",
    question: () => 'Looking at those four questions, what does your gut tell you?',
    action: () => 'Talk it over with someone you trust, or sit quietly with the question for ten minutes.',
  },
  {
    id: 'i-statements',
    title: 'Say what you need',
    explain: () => [
      'An "I" statement describes your experience instead of accusing. It is easier to hear, and harder to argue with.',
    ],
    example: () => "Instead of \"You never tell me anything\", try \"I feel uneasy when I only hear about changes afterwards. I need a message when your plans shift.\"",
    question: () => 'Finish this sentence: "I feel … when … I need …"',
    action: (p) => `Share one I-statement with ${p.who}, or say it aloud to yourself to practise.`,
    exercise: 'vulnerability',
  },
  {
    id: 'boundaries',
    title: 'Set your boundaries',
    explain: () => [
      "A boundary says what you need to feel safe and what you won't accept. It protects you; it isn't a punishment.",
    ],
    example: (p) => needing[p.breach ?? 'other'],
    question: () => 'What is one boundary you need, and what will you do if it is crossed?',
    action: () => 'Write that boundary in one sentence. Share it when you feel ready.',
    exercise: 'trust-talk',
  },
  {
    id: 'watch',
    title: 'Watch for consistency',
    explain: () => [
      'Words are a start; patterns are the proof. Four signs suggest trust is returning: their words and actions match, you both open up more, disagreements get calmer, and you feel safe and respected.',
    ],
    example: () => 'They said they would call when running late — and for three weeks now, they have.',
    question: () => 'Which of those four signs have you noticed, even a little?',
    action: () => 'Notice one moment when their actions matched their words. Each week, /checkin helps you track the four signs.',
    exercise: 'checkin-plan',
  },
  {
    id: 'forgive',
    title: 'Forgiveness, at your pace',
    explain: () => [
      "Forgiving is not forgetting, and it doesn't say what happened was OK. It means slowly loosening the grip resentment has on you.",
      "It is not required, and it can't be rushed. Some people rebuild trust without ever calling it forgiveness.",
    ],
    example: () => "\"I haven't forgiven them yet. But I've stopped replaying it every night, and that's enough for now.\"",
    question: () => 'What would loosening your resentment a little give back to you?',
    action: () => 'Spend five minutes on something that is only for you.',
    exercise: 'breathing',
  },
  {
    id: 'self-trust',
    title: 'Trust yourself again',
    explain: () => [
      'Betrayal can make you doubt your own judgement. Rebuilding self-trust means being gentle with yourself, noticing what you need, and knowing you can say no.',
    ],
    example: () => "Speak to yourself as you would to a friend: \"You didn't miss it because you're foolish. You trusted someone you loved.\"",
    question: () => 'What would you say to a good friend who had been through what you have?',
    action: () => 'Say that same thing to yourself — out loud if you can.',
  },
];

/**
 * The steps of a track.
 *
 * @example stepsFor('hurt')[1]?.id // 'decide'
 */
export function stepsFor(track: Track): readonly Step[] {
  return track === 'broke' ? BROKE_STEPS : HURT_STEPS;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
